"""What a Word file's styles say: a paragraph's style, its heading level, its list, the
document's language; and the title block read from the paragraphs before the note."""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from desktop_app.core.dates import read_date
from desktop_app.core.model import Meeting
from desktop_app.formats.importing.docx_package import Element
from desktop_app.formats.text_import.title_block import read_title_lines

# The title block's styles, Rapporteur's own (formats/docx_writer.py) and Word's.
_FIELDS = {"NoteSymbol": "symbol", "NoteBody": "body", "NoteTitle": "title", "Title": "title"}
_TITLE_BLOCK = {*_FIELDS, "NoteDate", "DraftMark", "Subtitle"}
_HEADING = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


class Styles:
    def __init__(self, root: Element | None) -> None:
        self.styles: dict[str, Element] = {}
        self.names: dict[str, str] = {}
        self.language = "en"
        if root is None:
            return
        for style in root.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId"), "")
            self.styles[style_id] = style
            name = style.find(qn("w:name"))
            self.names[style_id] = name.get(qn("w:val"), "") if name is not None else ""
        lang = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        if lang is not None and lang.get(qn("w:val")):
            self.language = lang.get(qn("w:val"), "en").split("-")[0].lower()

    def paragraph_style(self, p: Element) -> str:
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return style.get(qn("w:val"), "") if style is not None else ""

    def chain(self, style_id: str) -> list[Element]:
        """The style and those it is based on, nearest first."""
        found: list[Element] = []
        while style_id in self.styles and len(found) < 20:
            style = self.styles[style_id]
            found.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val"), "") if based is not None else ""
        return found

    def is_title_block(self, style_id: str) -> bool:
        return style_id in _TITLE_BLOCK or self.names.get(style_id) in ("Title", "Subtitle")

    def heading_level(self, style_id: str) -> int:
        """1 or 2 for a heading style (Heading 3 and below count as 2), else 0."""
        for name in (style_id, self.names.get(style_id, "")):
            if found := _HEADING.match(name.replace(" ", " ")):
                return min(int(found[1]), 2)
        for style in self.chain(style_id):
            level = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if level is not None and level.get(qn("w:val"), "9").isdigit():
                value = int(level.get(qn("w:val"), "9"))
                return min(value + 1, 2) if value < 9 else 0
        return 0

    def numbering_of(self, p: Element, style_id: str) -> tuple[int | None, int]:
        """The list (numId) and level of a paragraph, its own or its style's; numId 0 means
        the paragraph switches numbering off."""
        holders = [p.find(qn("w:pPr"))] + [s.find(qn("w:pPr")) for s in self.chain(style_id)]
        num_id: int | None = None
        ilvl: int | None = None
        for holder in holders:
            numbering = holder.find(qn("w:numPr")) if holder is not None else None
            if numbering is None:
                continue
            if num_id is None and (found := numbering.find(qn("w:numId"))) is not None:
                num_id = _number(found)
            if ilvl is None and (found := numbering.find(qn("w:ilvl"))) is not None:
                ilvl = _number(found)
        return num_id, ilvl or 0


def _number(element: Element) -> int:
    value = element.get(qn("w:val"), "0")
    return int(value) if value.isdigit() else 0


def title_block(meeting: Meeting, lines: list[tuple[str, str]], styles: Styles) -> None:
    """The body, title, symbol, date and place: from the title-block styles where the file
    has them, else as the plain-text recogniser reads the lines before the note."""
    texts = [text for style, text in lines if style != "DraftMark" and text]
    if not texts:
        return
    found = read_title_lines(texts)
    meeting.body, meeting.title, meeting.symbol = found.body, found.title, found.symbol
    meeting.date, meeting.place = found.date, found.place
    for style, text in lines:
        field = _FIELDS.get(style) or {"Title": "title"}.get(styles.names.get(style, ""))
        place, _, day = text.rpartition(", ")
        date = read_date(day) if 0 < len(place) <= 40 else None
        if date and (style == "NoteDate" or not meeting.place):
            meeting.date, meeting.place = date, place.strip()  # "Geneva, 28 August 2017"
        if field and not (field == "title" and style == "Title" and "NoteTitle" in dict(lines)):
            setattr(meeting, field, text)
