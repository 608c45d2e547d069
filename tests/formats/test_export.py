"""The export dispatcher and `rapporteur export`: every format, written whole or not at all."""

import zipfile

import pytest

from desktop_app.cli import main
from desktop_app.formats.errors import ExportFailed
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from tests.conftest import SAMPLE_NOTE
from tests.formats.docx_validation import assert_valid_docx

SAMPLE = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


@pytest.fixture
def out(tmp_path):
    """A folder for the exported files, apart from the library's."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def library_with_sample(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(SAMPLE)
    return library_path


@pytest.mark.parametrize(
    ("export_format", "opening"),
    [
        (ExportFormat.DOCX, b"PK"),
        (ExportFormat.PDF, b"%PDF"),
        (ExportFormat.HTML, b"<!DOCTYPE html>"),
        (ExportFormat.MD, b"---\nbody: "),
    ],
)
def test_the_command_line_exports_every_format(library_with_sample, out, export_format, opening):
    target = out / f"note{export_format.suffix}"
    arguments = ["export", "WG/REL/2017/7", "--format", export_format.value, "-o", str(target)]
    assert main(arguments) == 0
    assert target.read_bytes().startswith(opening)
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left
    if export_format is ExportFormat.DOCX:
        assert_valid_docx(target)


def test_the_format_follows_the_file_name_when_not_given(library_with_sample, tmp_path):
    target = tmp_path / "note.docx"
    assert main(["export", "WG/REL/2017/7", "--output", str(target)]) == 0
    assert "word/footnotes.xml" in zipfile.ZipFile(target).namelist()
    assert_valid_docx(target)


def test_an_unwritable_path_gets_one_line(library_with_sample, tmp_path, capsys):
    assert main(["export", "WG/REL/2017/7", "-o", str(tmp_path / "no" / "such" / "x.pdf")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "there is no folder" in error


def test_an_export_onto_a_folder_is_refused(tmp_path):
    with pytest.raises(ExportFailed, match="it is a folder"):
        export_meeting(SAMPLE, ExportFormat.HTML, tmp_path)
