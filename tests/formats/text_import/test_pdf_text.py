"""The sample note exported to PDF by Rapporteur, its text taken out by poppler's pdftotext
(with and without -layout), comes back as the same paragraphs, sub-items and footnote."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.model import Meeting
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.text_import import read_text
from tests.conftest import SAMPLE_NOTE
from tests.formats.text_import.texts import note

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def shape(meeting: Meeting) -> list[tuple[bool, str, list[str]]]:
    return [
        (
            p.numbered,
            p.text.plain_text(lambda fid: note(meeting, fid)),
            [item.text.plain_text() for item, _ in p.all_sub_items()],
        )
        for p in meeting.paragraphs()
    ]


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Meeting, Path]:
    meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    return meeting, export_meeting(meeting, ExportFormat.PDF, path)


@pytest.mark.parametrize("options", [["-layout"], []], ids=["layout", "reading order"])
def test_the_sample_pdfs_text_reads_back_as_the_sample(
    sample_pdf: tuple[Meeting, Path], options: list[str]
) -> None:
    meeting, pdf = sample_pdf
    text = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    result = read_text(text)
    assert shape(result.meeting) == shape(meeting)
    assert [item.title for item, _ in result.meeting.agenda_items()] == [
        item.title for item, _ in meeting.agenda_items()
    ]
    assert (result.meeting.symbol, result.meeting.date) == (meeting.symbol, meeting.date)
    assert [(f.marker, f.place) for f in result.footnotes] == [("1", "paragraph 4")]
