"""PDF imports: a text PDF through pdftotext, its running heads and page numbers dropped; a
PDF of pictures refused with the advice to OCR it; a machine without pdftotext told which
package to install."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.core.model import Meeting
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.importing import ImportRefused, read_import
from desktop_app.formats.importing.pdf import page_lines
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import SAMPLE_NOTE


@pytest.fixture(scope="module")
def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory, sample: Meeting) -> Path:
    return export_meeting(sample, ExportFormat.PDF, tmp_path_factory.mktemp("pdf") / "sample.pdf")


def texts(meeting: Meeting) -> list[str]:
    return [p.text.plain_text() for p in meeting.paragraphs()]


def test_the_sample_exported_to_pdf_imports_with_its_numbers_title_block_and_footnote(
    sample_pdf: Path, sample: Meeting
) -> None:
    note = read_import(sample_pdf)
    meeting = note.meeting
    assert note.format == "pdf"
    assert (meeting.symbol, meeting.date) == (sample.symbol, sample.date)
    assert meeting.title.casefold() == sample.title.casefold()  # the PDF shows it in capitals
    assert note.paragraphs == 29
    # Paragraph 12 runs over a page break: the page's foot and the next page's head
    # ("Page 2 of 5", the symbol) are not in its text.
    paragraphs = texts(meeting)
    assert all("Page " not in text and "WG/REL/2017/7" not in text for text in paragraphs[2:])
    assert paragraphs[11] == texts(sample)[11]
    assert note.footnotes == 1
    (footnote,) = meeting.footnotes.values()
    assert footnote.text.plain_text() == next(iter(sample.footnotes.values())).text.plain_text()
    items = [[s.text.plain_text() for s, _ in p.all_sub_items()] for p in meeting.paragraphs()]
    assert items == [
        [s.text.plain_text() for s, _ in p.all_sub_items()] for p in sample.paragraphs()
    ]


def test_the_sample_exported_to_pdf_imports_with_the_same_paragraph_texts(
    sample_pdf: Path, sample: Meeting
) -> None:
    assert texts(read_import(sample_pdf).meeting) == texts(sample)


def test_running_heads_and_page_numbers_are_found_by_their_repetition() -> None:
    pages = [
        "WG/REL/2017/7\n28 August 2017\nWorking Group\n\nNote\n\n1.   First paragraph.\n\n"
        "Page 1 of 3\n",
        "WG/REL/2017/7\n\n2.   Second paragraph,\n     going on.\n\nPage 2 of 3\n",
        "WG/REL/2017/7\n\n3.   Third.\n\nPage 3 of 3\n",
    ]
    lines = [line for line in page_lines(pages) if line.strip()]
    assert lines == [
        "WG/REL/2017/7",  # the top of the first page is the title block: kept
        "28 August 2017",
        "Working Group",
        "Note",
        "1.   First paragraph.",
        "\f2.   Second paragraph,",
        "     going on.",
        "\f3.   Third.",
    ]


def image_only_pdf(path: Path) -> Path:
    """A one-page PDF whose page is a picture (an 8 x 8 grey square scaled up), no text."""
    pixels = bytes([128]) * 64
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + pixels + b"\nendstream",
        b"<< /Length 35 >>\nstream\nq 500 0 0 700 47 71 cm /Im1 Do Q\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def test_a_pdf_of_pictures_only_is_refused_with_the_advice_to_ocr_it(tmp_path: Path) -> None:
    scan = image_only_pdf(tmp_path / "scan.txt")  # its name says text; its content, PDF
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refusal:
        read_import(scan)
    assert time.monotonic() - started < 5
    assert str(refusal.value).startswith(f"{scan} has no text layer")
    assert "OCR" in str(refusal.value)


def test_without_pdftotext_the_message_names_the_package(
    tmp_path: Path, sample_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where poppler is not installed
    with pytest.raises(ImportRefused) as refusal:
        read_import(sample_pdf)
    assert "pdftotext" in str(refusal.value) and "poppler-utils" in str(refusal.value)


def test_a_damaged_pdf_is_refused(tmp_path: Path, sample_pdf: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(ImportRefused) as refusal:
        read_import(damaged)
    assert str(damaged) in str(refusal.value)
