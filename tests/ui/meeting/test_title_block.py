"""One title block (core's MeetingDetails), shown alike everywhere: the Meeting details
dialog, the header above the note and every writer's output, each file opened again.

Every field of MeetingDetails is looked for in each of them, so that a field added to it and
not shown somewhere fails here (unless the output says below why it leaves it out). It lives
with the ui tests because two of the places are widgets; the writers are run from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop_app.core.dates import long_date, read_date
from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails, apply_details
from desktop_app.core.model import Meeting, MeetingStatus, Paragraph
from desktop_app.formats.docx_writer import (
    DRAFT_MARK,
    NOTE_BODY,
    NOTE_DATE,
    NOTE_SYMBOL,
    NOTE_TITLE,
)
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.plain_text import meeting_to_plain_text
from desktop_app.formats.wording import wording
from desktop_app.ui.meeting.date_field import DateField
from desktop_app.ui.meeting.details_dialogs import LANGUAGES, MeetingDetailsDialog
from desktop_app.ui.meeting.header import MeetingHeader

# Every field filled, none of them English or the default, so that each is seen to arrive.
DETAILS = MeetingDetails(
    body="Comité contre la torture",
    title="Compte rendu analytique de la 229e séance",
    date=dt.date(2017, 5, 3),
    symbol="CAT/C/SR.229",
    place="Genève",
    language="fr",
    status=MeetingStatus.DRAFT,
)
BACKGROUND = ["CAT/C/60/2", "CAT/C/SR.228"]
DRAFT_WORD = wording(DETAILS.language).draft  # "Projet"

Shown = dict[str, object]  # field name → the value read back from what the user sees

# Fields an output leaves out on purpose, and why.
LEFT_OUT = {
    "plain text": {
        "place": "`rapporteur show` prints the body, symbol, date and title, as before",
        "status": "the same: no draft mark in the printed text",
    },
}

# The body and the title as an issued note heads its first page: in capitals.
IN_CAPITALS = {ExportFormat.PDF.value: ("body", "title"), "plain text": ("body", "title")}


def meeting() -> Meeting:
    note = Meeting(opening=[Paragraph(Inline.plain("La séance est ouverte à 10 h 5."))])
    apply_details(note, DETAILS)
    note.background_documents = list(BACKGROUND)
    return note


def language_of_date(words: str, date: dt.date) -> str | None:
    """The language a date is written in, among those the dialog offers."""
    return next((code for _, code in LANGUAGES if long_date(date, code) == words), None)


def place_and_date(line: str) -> Shown:
    """ "Genève, 3 mai 2017", as the issued note writes them."""
    place, _, date = line.rpartition(", ")
    return {"place": place, "date": read_date(date)}


def expected() -> Shown:
    return {field.name: getattr(DETAILS, field.name) for field in dataclasses.fields(DETAILS)}


# The two widgets


def in_dialog(qtbot) -> Shown:
    dialog = MeetingDetailsDialog.for_existing(None, DETAILS, [DETAILS.body])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def text(name: str) -> str:
        [widget] = [
            w
            for w in dialog.findChildren(QWidget)
            if w.accessibleName() == name and w.parentWidget().accessibleName() != name
        ]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        assert isinstance(widget, QLineEdit | DateField)
        return widget.text()

    language = re.fullmatch(r".*\((\w+)\)", text("Language"))
    return {
        "body": text("Body"),
        "title": text("Title"),
        "date": read_date(text("Date")),
        "symbol": text("Document symbol"),
        "place": text("Place"),
        "language": language.group(1) if language else text("Language"),
        "status": MeetingStatus(text("Status").lower()),
    }


def in_header(qtbot) -> Shown:
    header = MeetingHeader()
    qtbot.addWidget(header)
    header.show_details(DETAILS)
    header.show()
    qtbot.waitExposed(header)
    symbol, date, place = header.symbol.text().split(" · ")
    return {
        "body": header.body.text(),
        "title": header.title.text(),
        "date": read_date(date),
        "symbol": symbol,
        "place": place,
        "language": language_of_date(date, DETAILS.date),
        "status": MeetingStatus.DRAFT if header.draft.isVisible() else MeetingStatus.FINAL,
    }


# The writers' files, opened again


def in_docx(path: Path) -> Shown:
    document = docx.Document(str(path))
    by_style = {p.style.style_id: p.text for p in document.paragraphs if p.text}
    return {
        "body": by_style[NOTE_BODY],
        "title": by_style[NOTE_TITLE],
        **place_and_date(by_style[NOTE_DATE]),
        "symbol": by_style[NOTE_SYMBOL],
        "language": document.core_properties.language.split("-")[0],
        "status": MeetingStatus.DRAFT
        if by_style.get(DRAFT_MARK) == DRAFT_WORD
        else MeetingStatus.FINAL,
    }


def in_pdf(path: Path) -> Shown:
    reader = PdfReader(path)  # the title block is all on the first page
    masthead, when, body, title = reader.pages[0].extract_text().splitlines()[:4]
    draft, _, symbol = masthead.rpartition(" ")
    return {
        "body": body,
        "title": title,
        **place_and_date(when),
        "symbol": symbol,
        "language": str(reader.trailer["/Root"]["/Lang"]).split("-")[0],
        "status": MeetingStatus.DRAFT if draft == DRAFT_WORD else MeetingStatus.FINAL,
    }


class _TitleBlock(HTMLParser):
    """The texts of the elements of the HTML's title block, by class, and the page's lang."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        self.lang = ""
        self._class: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang") or ""
        self._class = values.get("class")

    def handle_data(self, data: str) -> None:
        if self._class and self._class not in self.texts and data.strip():
            self.texts[self._class] = data.strip()

    def handle_endtag(self, tag: str) -> None:
        self._class = None


def in_html(path: Path) -> Shown:
    page = _TitleBlock()
    page.feed(path.read_text(encoding="utf-8"))
    return {
        "body": page.texts["body"],
        "title": page.texts["title"],
        **place_and_date(page.texts["date"]),
        "symbol": page.texts["symbol"],
        "language": page.lang,
        "status": MeetingStatus.DRAFT
        if page.texts.get("draft") == DRAFT_WORD
        else MeetingStatus.FINAL,
    }


def in_markdown(path: Path) -> Shown:
    text = path.read_text(encoding="utf-8")
    front_matter = text.split("---\n")[1]
    values = dict(line.split(": ", 1) for line in front_matter.splitlines())
    return {
        "body": values["body"],
        "title": values["title"],
        "date": dt.date.fromisoformat(values["date"]),
        "symbol": values["symbol"],
        "place": values["place"],
        "language": values["language"],
        "status": MeetingStatus(values["status"]),
    }


def in_plain_text(text: str) -> Shown:
    body, symbol, date, title = text.split("\n\n")[:4]
    return {
        "body": body,
        "title": title,
        "date": read_date(date),
        "symbol": symbol,
        "language": language_of_date(date, DETAILS.date),
    }


FILES: dict[ExportFormat, Callable[[Path], Shown]] = {
    ExportFormat.DOCX: in_docx,
    ExportFormat.PDF: in_pdf,
    ExportFormat.HTML: in_html,
    ExportFormat.MD: in_markdown,
}


def expected_in(where: str) -> Shown:
    """Every field of the title block, as this output shows it."""
    left_out = LEFT_OUT.get(where, {})
    fields = {k: v for k, v in expected().items() if k not in left_out}
    for name in IN_CAPITALS.get(where, ()):
        fields[name] = str(fields[name]).upper()
    return fields


def test_the_dialog_and_the_header_show_every_field_of_the_title_block(qtbot):
    assert in_dialog(qtbot) == expected()
    assert in_header(qtbot) == expected()


@pytest.mark.parametrize("export_format", list(FILES), ids=str)
def test_each_exported_file_shows_every_field_of_the_title_block(export_format, tmp_path):
    path = export_meeting(meeting(), export_format, tmp_path / f"note{export_format.suffix}")
    assert FILES[export_format](path) == expected_in(export_format)


def test_the_printed_note_shows_every_field_it_does_not_leave_out_on_purpose():
    assert in_plain_text(meeting_to_plain_text(meeting())) == expected_in("plain text")
    assert set(LEFT_OUT["plain text"]) <= set(expected())  # the reasons name real fields


def test_the_background_documents_are_in_the_markdown_front_matter(tmp_path):
    path = export_meeting(meeting(), ExportFormat.MD, tmp_path / "note.md")
    front_matter = path.read_text(encoding="utf-8").split("---\n")[1]
    assert re.findall(r"^background: (.*)$", front_matter, re.MULTILINE) == BACKGROUND
