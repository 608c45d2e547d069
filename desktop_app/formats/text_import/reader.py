"""From text to a meeting: lines, footnote texts, title block, the walk, the markers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph, SubItem
from desktop_app.formats.text_import.footnotes import take_note_texts
from desktop_app.formats.text_import.lines import join_pieces, prepare, vocabulary
from desktop_app.formats.text_import.markers import Markers
from desktop_app.formats.text_import.structure import (
    HeadingDraft,
    ParagraphDraft,
    SubItemDraft,
    first_paragraph,
    heading_start,
)
from desktop_app.formats.text_import.title_block import read_title_block
from desktop_app.formats.text_import.walk import Walk

_LETTERS = re.compile(r"[^\W\d_]+")
_LANGUAGE_SAMPLE = 50_000
_FRENCH = re.compile(r"\b(le|la|les|des|est|du|et)\b")
_ENGLISH = re.compile(r"\b(the|of|and|is|was)\b")


@dataclass
class FoundFootnote:
    marker: str
    text: str
    place: str  # "title", "paragraph 3", "an unnumbered paragraph"


@dataclass
class TextImport:
    meeting: Meeting
    warnings: list[str] = field(default_factory=list)
    footnotes: list[FoundFootnote] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # lines of the front not imported


def language_of(text: str) -> str:
    """ "fr" when French words outnumber English ones (in the first pages), else "en"."""
    sample = text[:_LANGUAGE_SAMPLE]
    return "fr" if len(_FRENCH.findall(sample)) > len(_ENGLISH.findall(sample)) else "en"


def read_text(text: str) -> TextImport:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return read_lines(text.split("\n"))


def read_lines(raw_lines: list[str]) -> TextImport:
    """The meeting that lines of plain text (a .txt, a PDF's or a Word file's text) describe."""
    whole = "\n".join(raw_lines)
    words = vocabulary(whole)
    lines, notes = take_note_texts(prepare(raw_lines))
    first = first_paragraph(lines)
    block = read_title_block(lines, first if first < len(lines) else 0)
    start = heading_start(lines, first, block.used) if first < len(lines) else 0
    body = [line for i, line in enumerate(lines) if i >= start and i not in block.used]
    outline = Walk(body, numbered=first < len(lines)).run()
    warnings = list(outline.warnings)
    if first == len(lines):
        warnings.append("no paragraph numbered 1: the text comes in as unnumbered paragraphs")
    left = [i for i in range(start) if lines[i].text and i not in block.used]
    if left:
        warnings.append(f"{len(left)} lines before the note (title page, contents) were left out")
    texts = {note.marker: join_pieces(note.pieces, words) for note in notes}
    counts = Counter(_LETTERS.findall(whole.casefold()))
    markers = Markers(texts, counts)
    meeting = Meeting(
        body=block.body, title=block.title, symbol=block.symbol, date=block.date, place=block.place
    )
    meeting.language = language_of(whole)
    build = _Build(words, markers)
    if block.title_star and "*" in texts:
        meeting.opening.append(Paragraph(Inline.plain(f"* {texts['*']}"), numbered=False))
        markers.found.append(("*", texts["*"], "title"))
        warnings.append("the title's footnote * is kept as an unnumbered paragraph at the top")
    meeting.opening += [build.paragraph(p) for p in outline.opening]
    meeting.agenda = [build.heading(h) for h in outline.headings]
    for marker, note in markers.unmatched():
        warnings.append(f"footnote {marker}'s text has no marker: kept as a paragraph at the end")
        where = meeting.agenda[-1].paragraphs if meeting.agenda else meeting.opening
        where.append(Paragraph(Inline.plain(f"{marker} {note}"), numbered=False))
    meeting.footnotes = markers.footnotes
    found = [FoundFootnote(*f) for f in markers.found]
    left_out = [lines[i].text for i in left]
    return TextImport(meeting, warnings + markers.warnings, found, left_out)


class _Build:
    def __init__(self, words: set[str], markers: Markers) -> None:
        self.words = words
        self.markers = markers

    def inline(self, pieces: list[str], place: str) -> Inline:
        return self.markers.inline(join_pieces(pieces, self.words), place)

    def paragraph(self, draft: ParagraphDraft) -> Paragraph:
        place = f"paragraph {draft.number}" if draft.number else "an unnumbered paragraph"
        return Paragraph(
            self.inline(draft.pieces, place),
            numbered=draft.number is not None,
            sub_items=[self.sub_item(s, place) for s in draft.sub_items],
        )

    def sub_item(self, draft: SubItemDraft, place: str) -> SubItem:
        place = f"{place} {draft.label}"
        return SubItem(
            self.inline(draft.pieces, place),
            [self.sub_item(s, place) for s in draft.sub_items],
        )

    def heading(self, draft: HeadingDraft) -> AgendaItem:
        return AgendaItem(
            title=join_pieces(draft.pieces, self.words),
            label=draft.label,
            paragraphs=[self.paragraph(p) for p in draft.paragraphs],
            sub_items=[self.heading(h) for h in draft.sub_items],
        )
