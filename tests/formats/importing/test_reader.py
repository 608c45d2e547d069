"""read_import tells a file's format by its content, whatever its name; text in UTF-8,
UTF-16 or Windows-1252 reads; what is no note is refused within seconds, saying why."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.importing import (
    MAX_IMPORT_BYTES,
    ImportRefused,
    read_import,
    read_pasted_text,
)
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import REAL_NOTE, SAMPLE_NOTE
from tests.formats.text_import.corpus import corpus_file, numbered
from tests.formats.text_import.test_corpus import PARAGRAPHS

SECONDS = 5


def refused(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refusal:
        read_import(path)
    assert time.monotonic() - started < SECONDS
    return str(refusal.value)


@pytest.mark.parametrize("name", ["note.md", "note.txt", "note"])
def test_rapporteur_markdown_keeps_its_exact_reader_whatever_the_name(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(SAMPLE_NOTE.read_bytes())
    note = read_import(path)
    assert note.format == "rapporteur markdown"
    assert note.meeting.symbol == "WG/REL/2017/7"
    assert (note.paragraphs, note.headings, note.footnotes) == (29, 2, 1)
    assert len(note.meeting.action_items) == 5  # only Rapporteur Markdown carries them


@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf"])
def test_a_word_file_is_read_as_word_whatever_its_name(tmp_path: Path, suffix: str) -> None:
    sample = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    path = export_meeting(sample, ExportFormat.DOCX, tmp_path / f"exported{suffix}")
    note = read_import(path)
    assert (note.format, note.paragraphs, note.footnotes) == ("docx", 29, 1)


def test_the_seed_text_note_reads_as_text() -> None:
    note = read_import(REAL_NOTE)
    assert note.format == "text"
    assert (note.paragraphs, note.headings, note.footnotes) == (29, 2, 1)
    assert note.meeting.date is not None and note.meeting.date.isoformat() == "2017-08-28"


def test_markdown_without_front_matter_goes_to_the_markdown_reader(tmp_path: Path) -> None:
    path = tmp_path / "zettlr.md"
    path.write_text(
        "# Note on the meeting of 2 May 2023\n\n## Opening\n\n1. The Chair opened it.[^1]\n\n"
        "2. The agenda was adopted.\n\n[^1]: At 10 a.m.\n",
        encoding="utf-8",
    )
    note = read_import(path)
    assert note.format == "markdown"
    assert note.paragraphs == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_text_with_a_byte_order_mark_reads_without_a_warning(tmp_path: Path, encoding: str):
    path = tmp_path / "note.txt"
    path.write_bytes(REAL_NOTE.read_text(encoding="utf-8").encode(encoding))
    note = read_import(path)
    assert (note.format, note.paragraphs, note.warnings) == ("text", 29, [])


def test_text_in_windows_1252_reads_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "réunion.txt"
    text = "Comité des essais\n\n1. Le Comité a adopté l'ordre du jour – à l'unanimité.\n"
    path.write_bytes(text.encode("cp1252"))
    note = read_import(path)
    assert (
        note.warnings[0]
        == "réunion.txt is not UTF-8: read as Windows-1252; check its accented letters"
    )
    (paragraph,) = note.meeting.paragraphs()
    assert paragraph.text.plain_text() == "Le Comité a adopté l'ordre du jour – à l'unanimité."


def test_pasted_text_reads_as_text() -> None:
    note = read_pasted_text(REAL_NOTE.read_text(encoding="utf-8"))
    assert (note.file, note.format, note.paragraphs) == (None, "text", 29)


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(random.Random(7).randbytes(200_000))
    assert (
        refused(junk) == f"{junk} is not a note: it holds binary data, not text, Word (DOCX) or PDF"
    )


def test_an_old_word_file_is_refused_with_the_advice_to_save_it_as_docx(tmp_path: Path) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert "save it as .docx" in refused(old)


def test_a_50_mb_text_file_is_refused_naming_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        line = b"1. The Committee took note of the report and thanked the secretariat.\n"
        file.write(line * (50 * 2**20 // len(line)))
    assert big.stat().st_size > 49 * 2**20
    assert (
        refused(big) == f"{big} is larger than {MAX_IMPORT_BYTES // 2**20} MB; is it really a note?"
    )


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path) == f"{tmp_path} is a folder, not a note"
    assert refused(tmp_path / "nowhere.txt") == f"{tmp_path / 'nowhere.txt'}: no such file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_that_may_not_be_read_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("1. Secret.\n", encoding="utf-8")
    locked.chmod(0)
    assert "cannot be read" in refused(locked)


def test_malformed_rapporteur_markdown_is_refused_naming_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: T\ndate: soon\n---\n\n1. Text.\n", encoding="utf-8")
    assert refused(bad).startswith(f"{bad}, line 3: 'soon' is not a date")


@pytest.mark.parametrize(("prefix", "count"), sorted(PARAGRAPHS.items()))
def test_every_corpus_file_read_by_its_content_gives_its_numbered_paragraphs(
    prefix: str, count: int
) -> None:
    # 06 (an OCR) holds two "# " lines: it must still read as the text it is.
    note = read_import(corpus_file(prefix))
    assert note.format == "text"
    assert len(numbered(note.meeting)) == count
