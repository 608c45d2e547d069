"""rapporteur import with Word, PDF and text files: format by content, --dry-run, --json,
and a bad file among good ones reported while the good ones come in."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from tests.conftest import REAL_NOTE, SAMPLE_NOTE
from tests.support.command_line import Result, assert_one_line_error, run_rapporteur

JSON_KEYS = [
    "file",
    "format",
    "title",
    "symbol",
    "date",
    "paragraphs",
    "headings",
    "footnotes",
    "warnings",
]


Run = Callable[..., Result]


@pytest.fixture
def rapporteur(capsys: pytest.CaptureFixture[str]) -> Run:
    return lambda *args: run_rapporteur(capsys, *args)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """The sample as Word and PDF files (with misleading names), and the seed note's text."""
    sample = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    word = export_meeting(sample, ExportFormat.DOCX, tmp_path / "note-from-word.bin")
    sample.symbol = "WG/REL/2017/7/PDF"  # another symbol: both can come into one library
    pdf = export_meeting(sample, ExportFormat.PDF, tmp_path / "circulated.docx")
    text = tmp_path / "seed.txt"
    text.write_bytes(REAL_NOTE.read_bytes())
    return {"docx": word, "pdf": pdf, "text": text}


def test_word_pdf_and_text_files_import_as_meetings(
    rapporteur: Run, files: dict[str, Path], library_path: Path
) -> None:
    result = rapporteur("import", files["docx"], files["pdf"], files["text"])
    assert result.code == 0, result
    assert len(result.out.splitlines()) == 3
    assert "Chairperson's note on the meeting held on 28 August 2017" in result.out
    with Library.open(library_path, read_only=True) as library:
        meetings = {m.symbol: m for m in library.meetings()}
        word = library.load_meeting(meetings["WG/REL/2017/7"].id)
    assert sum(p.numbered for p in word.paragraphs()) == 29
    assert len(word.footnotes) == 1


def test_dry_run_shows_what_each_file_holds_and_saves_nothing(
    rapporteur: Run, files: dict[str, Path], library_path: Path
) -> None:
    result = rapporteur("import", "--dry-run", files["docx"], files["text"])
    assert result.code == 0, result
    assert result.out.splitlines()[:9] == [
        str(files["docx"]),
        "  format: docx",
        "  title: Chairperson's note on the meeting held on 28 August 2017",
        "  symbol: WG/REL/2017/7",
        "  date: 2017-08-28",
        "  paragraphs: 29",
        "  headings: 2",
        "  footnotes: 1",
        "",
    ]
    assert f"\n{files['text']}\n  format: text\n" in result.out
    assert not library_path.exists()


def test_json_reports_each_file_with_its_id_and_a_failure_with_why(
    rapporteur: Run, files: dict[str, Path], tmp_path: Path, library_path: Path
) -> None:
    junk = tmp_path / "junk.docx"
    junk.write_bytes(random.Random(3).randbytes(50_000))
    result = rapporteur("import", "--json", files["pdf"], junk, files["text"])
    assert result.code == 1
    assert (
        result.err
        == f"rapporteur: {junk} is not a note: it holds binary data, not text, Word (DOCX) or PDF\n"
    )
    report = json.loads(result.out)
    pdf, failed, text = report["files"]
    assert list(pdf) == [*JSON_KEYS, "id"]
    assert (pdf["format"], pdf["symbol"], pdf["date"], pdf["paragraphs"], pdf["footnotes"]) == (
        "pdf",
        "WG/REL/2017/7/PDF",
        "2017-08-28",
        29,
        1,
    )
    assert isinstance(pdf["warnings"], list)
    assert failed["file"] == str(junk) and "binary data" in failed["error"] and "id" not in failed
    assert (text["format"], text["paragraphs"], text["headings"]) == ("text", 29, 2)
    with Library.open(library_path, read_only=True) as library:
        assert sorted(m.id for m in library.meetings()) == sorted([pdf["id"], text["id"]])


def test_json_dry_run_prints_one_document_and_no_ids(
    rapporteur: Run, files: dict[str, Path], library_path: Path
) -> None:
    result = rapporteur("import", "--json", "--dry-run", files["docx"])
    assert (result.code, result.err) == (0, "")
    (only,) = json.loads(result.out)["files"]
    assert list(only) == JSON_KEYS
    assert not library_path.exists()


def test_a_file_that_is_no_note_imports_nothing_and_says_why(
    rapporteur: Run, tmp_path: Path, library_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleagues,\n\nsee you on Monday.\n", encoding="utf-8")
    assert_one_line_error(
        rapporteur("import", letter), f"{letter} is not a note: no numbered paragraph"
    )
    assert not library_path.exists()
