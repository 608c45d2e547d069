"""The note as an outline: one row per heading, paragraph and sub-item, in reading order.

This is the order in which a note is read, typed and numbered. `number_rows` computes in one
pass every number the note shows: paragraph numbers, sub-item letters, footnote numbers and
the paragraphs of each agenda item. It reads each row as the note shows it: a sub-item with
no paragraph above it in its section counts as a paragraph, an (i) with no (a) above it as an
(a), and an agenda sub-item before any agenda item as an agenda item. `rows_of` flattens a
meeting into rows and `build` makes a meeting's tree from rows again, by that same reading.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Protocol

from desktop_app.core.inline import Inline
from desktop_app.core.labels import sub_item_label
from desktop_app.core.model import AgendaItem, Meeting, Paragraph, SubItem


class Kind(IntEnum):
    """What a row is. The values are stored in the editor's block formats: never renumber."""

    PARAGRAPH = 1
    UNNUMBERED = 2
    SUB_ITEM = 3  # (a), (b) …
    SUB_SUB_ITEM = 4  # (i), (ii) …
    HEADING = 5  # an agenda item
    SUB_HEADING = 6  # a sub-item of an agenda item

    @property
    def is_heading(self) -> bool:
        return self in (Kind.HEADING, Kind.SUB_HEADING)

    @property
    def is_sub_item(self) -> bool:
        return self in (Kind.SUB_ITEM, Kind.SUB_SUB_ITEM)

    @property
    def is_paragraph(self) -> bool:
        return self in (Kind.PARAGRAPH, Kind.UNNUMBERED)


class Row(Protocol):
    """What the numbering needs of a row (the editor reads these from its blocks)."""

    @property
    def kind(self) -> Kind: ...
    @property
    def id(self) -> str: ...
    @property
    def footnote_ids(self) -> tuple[str, ...]: ...
    @property
    def title(self) -> str: ...
    @property
    def label(self) -> str: ...


EMPTY = Inline()


@dataclass(frozen=True, slots=True)
class OutlineRow:
    """A row with its content: a heading's title and label, or a paragraph's or sub-item's
    text."""

    kind: Kind
    id: str
    text: Inline = EMPTY
    title: str = ""
    label: str = ""

    @property
    def footnote_ids(self) -> tuple[str, ...]:
        return tuple(self.text.footnote_ids())


@dataclass(slots=True)
class Place:
    """Where a row stands in the note, and the label drawn beside it."""

    kind: Kind  # as it counts: a sub-item with no paragraph above counts as a paragraph
    stored_kind: Kind  # as the row says
    id: str
    label: str  # "12.", "(a)", "(iv)" or ""
    section_id: str | None  # the agenda item whose section holds it; None: the opening
    paragraph_id: str | None  # a paragraph's own id, a sub-item's paragraph; None: a heading
    markers: int  # footnote markers in it
    title: str = ""  # a heading's title
    agenda_label: str = ""  # a heading's label, such as "(a)"


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item as the agenda shows it."""

    id: str
    title: str
    label: str  # "(a)", "2." or ""
    level: int  # 1: an agenda item; 2: a sub-item of the entry above at level 1
    paragraph_range: str  # "3–10", "11", or "" when no numbered paragraph is under it
    paragraph_count: int  # paragraphs in its own section (numbered or not)


@dataclass
class Outline:
    """Every number of the note, by row and by id."""

    rows: list[Place] = field(default_factory=list)
    footnote_numbers: dict[str, int] = field(default_factory=dict)
    paragraph_numbers: dict[str, int] = field(default_factory=dict)
    agenda: list[AgendaEntry] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)  # id → row number
    opening_range: str = ""  # the paragraph numbers before the first agenda item

    def section_at(self, row: int) -> str | None:
        """The agenda item whose section holds a row (None: the opening, or no such row)."""
        if 0 <= row < len(self.rows):
            return self.rows[row].section_id
        return None

    def paragraph_number(self, place_id: str | None) -> int | None:
        """The number of the paragraph that holds a paragraph or sub-item (None: none)."""
        row = self.positions.get(place_id or "")
        if row is None:
            return None
        return self.paragraph_numbers.get(self.rows[row].paragraph_id or "")

    def section_end(self, heading: int, with_sub_items: bool = True) -> int:
        """The last row of the section a heading starts (with its sub-items' sections)."""
        rows = self.rows
        level_one = rows[heading].kind is Kind.HEADING
        last = heading
        for number in range(heading + 1, len(rows)):
            kind = rows[number].kind
            if kind is Kind.HEADING or (kind.is_heading and not (level_one and with_sub_items)):
                break
            last = number
        return last


PARAGRAPH, UNNUMBERED = Kind.PARAGRAPH, Kind.UNNUMBERED
SUB_ITEM, SUB_SUB_ITEM = Kind.SUB_ITEM, Kind.SUB_SUB_ITEM
HEADING, SUB_HEADING = Kind.HEADING, Kind.SUB_HEADING
_HEADINGS = frozenset((HEADING, SUB_HEADING))
_SUB_ITEMS = frozenset((SUB_ITEM, SUB_SUB_ITEM))


@dataclass
class _Section:
    id: str
    title: str
    label: str
    level: int
    first: int | None = None
    last: int | None = None
    count: int = 0

    def counts(self, number: int) -> None:
        self.first = self.first or number
        self.last = number


def number_rows(rows: Sequence[Row]) -> Outline:
    """One pass over the rows. Written for speed: the editor runs it after every change of
    structure, over notes of thousands of paragraphs."""
    walk = _Walk()
    places, positions = walk.outline.rows, walk.outline.positions
    for index, row in enumerate(rows):
        if row.kind in _HEADINGS:
            kind, label = walk.heading(row), ""
        else:
            kind, label = walk.item(row)
        if row.id not in positions:
            positions[row.id] = index
        places.append(
            Place(
                kind,
                row.kind,
                row.id,
                label,
                walk.section_id,
                walk.paragraph_id,
                len(row.footnote_ids),
                row.title,
                row.label,
            )
        )
    return walk.finished()


class _Walk:
    """Where the numbering stands, row after row: the section, the paragraph that sub-items
    attach to, the last number given."""

    def __init__(self) -> None:
        self.outline = Outline()
        self.sections: list[_Section] = []
        self.section: _Section | None = None
        self.top: _Section | None = None  # the agenda item a sub-item's paragraphs count for
        self.section_id: str | None = None
        self.opening: list[int] = []
        self.paragraph_id: str | None = None  # the paragraph sub-items attach to
        self.sub_item_index = self.sub_sub_index = -1
        self.number = 0

    def heading(self, row: Row) -> Kind:
        """A heading opens a section; a sub-heading with no agenda item above is a heading."""
        kind = HEADING if row.kind is SUB_HEADING and self.top is None else row.kind
        section = _Section(row.id, row.title, row.label, 1 if kind is HEADING else 2)
        if kind is HEADING:
            self.top = section
        self.section = section
        self.section_id = row.id
        self.sections.append(section)
        self.paragraph_id = None
        return kind

    def item(self, row: Row) -> tuple[Kind, str]:
        """A paragraph or sub-item, its kind as it counts (a sub-item with nothing to attach
        to is a paragraph) and its label."""
        kind = row.kind
        if kind is SUB_SUB_ITEM and self.sub_item_index < 0:
            kind = SUB_ITEM
        if kind in _SUB_ITEMS and self.paragraph_id is None:
            kind = PARAGRAPH
        label = ""
        if kind is PARAGRAPH or kind is UNNUMBERED:
            label = self._paragraph(row.id, kind is PARAGRAPH)
        elif kind is SUB_ITEM:
            self.sub_item_index += 1
            self.sub_sub_index = -1
            label = sub_item_label(self.sub_item_index, 1)
        else:
            self.sub_sub_index += 1
            label = sub_item_label(self.sub_sub_index, 2)
        footnotes = self.outline.footnote_numbers
        for marker in row.footnote_ids:
            footnotes.setdefault(marker, len(footnotes) + 1)
        return kind, label

    def _paragraph(self, paragraph_id: str, numbered: bool) -> str:
        self.paragraph_id = paragraph_id
        self.sub_item_index = self.sub_sub_index = -1
        section = self.section
        if section:
            section.count += 1
        if not numbered:
            return ""
        self.number += 1
        number = self.number
        self.outline.paragraph_numbers[paragraph_id] = number
        if section is None:
            self.opening.append(number)
        else:
            section.counts(number)
            if section is not self.top and self.top is not None:
                self.top.counts(number)
        return f"{number}."

    def finished(self) -> Outline:
        self.outline.agenda = [_entry(s) for s in self.sections]
        if self.opening:
            self.outline.opening_range = _span(self.opening[0], self.opening[-1])
        return self.outline


def _span(first: int | None, last: int | None) -> str:
    if first is None or last is None:
        return ""
    return str(first) if first == last else f"{first}–{last}"


def _entry(section: _Section) -> AgendaEntry:
    return AgendaEntry(
        id=section.id,
        title=section.title,
        label=section.label,
        level=section.level,
        paragraph_range=_span(section.first, section.last),
        paragraph_count=section.count,
    )


def rows_of(meeting: Meeting) -> list[OutlineRow]:
    """The meeting's note as rows, in reading order."""
    return list(_rows_of(meeting))


def _rows_of(meeting: Meeting) -> Iterator[OutlineRow]:
    for section in meeting.sections():
        item = section.agenda_item
        if item is not None:
            kind = HEADING if section.depth == 1 else SUB_HEADING
            yield OutlineRow(kind, item.id, title=item.title, label=item.label)
        for paragraph in section.paragraphs:
            yield OutlineRow(
                PARAGRAPH if paragraph.numbered else UNNUMBERED, paragraph.id, paragraph.text
            )
            for sub_item, depth in paragraph.all_sub_items():
                yield OutlineRow(
                    SUB_ITEM if depth == 1 else SUB_SUB_ITEM, sub_item.id, sub_item.text
                )


def build(
    rows: Sequence[OutlineRow], outline: Outline | None = None, known: Known | None = None
) -> tuple[list[Paragraph], list[AgendaItem]]:
    """The opening paragraphs and the agenda that rows make, each row read as the numbering
    reads it (`outline`: the rows' numbering, when already at hand). An entity in `known`
    whose row keeps its kind is reused, given its row's content."""
    places = (outline or number_rows(rows)).rows
    known = known or {}
    opening: list[Paragraph] = []
    agenda: list[AgendaItem] = []
    paragraphs = opening
    top: AgendaItem | None = None
    paragraph: Paragraph | None = None
    for row, place in zip(rows, places, strict=True):
        kind = place.kind
        if kind.is_heading:
            item = _agenda_item(row, known.get(row.id))
            if kind is HEADING or top is None:
                agenda.append(item)
                top = item
            else:
                top.sub_items.append(item)
            paragraphs = item.paragraphs
            paragraph = None
        elif kind.is_paragraph or paragraph is None:
            paragraph = _paragraph(row, kind is not UNNUMBERED, known.get(row.id))
            paragraphs.append(paragraph)
        elif kind is SUB_ITEM or not paragraph.sub_items:
            paragraph.sub_items.append(_sub_item(row, known.get(row.id)))
        else:
            paragraph.sub_items[-1].sub_items.append(_sub_item(row, known.get(row.id)))
    return opening, agenda


Known = Mapping[str, AgendaItem | Paragraph | SubItem]


def _agenda_item(row: OutlineRow, known: object) -> AgendaItem:
    if not isinstance(known, AgendaItem):
        return AgendaItem(row.title, row.label, id=row.id)
    known.title, known.label, known.paragraphs, known.sub_items = row.title, row.label, [], []
    return known


def _paragraph(row: OutlineRow, numbered: bool, known: object) -> Paragraph:
    if not isinstance(known, Paragraph):
        return Paragraph(row.text, numbered, id=row.id)
    known.text, known.numbered, known.sub_items = row.text, numbered, []
    return known


def _sub_item(row: OutlineRow, known: object) -> SubItem:
    if not isinstance(known, SubItem):
        return SubItem(row.text, id=row.id)
    known.text, known.sub_items = row.text, []
    return known


def rebuild(meeting: Meeting, rows: Sequence[OutlineRow]) -> None:
    """Give the meeting the note these rows make. Its agenda items, paragraphs and sub-items
    stay the same objects where their rows keep their kind."""
    known: dict[str, AgendaItem | Paragraph | SubItem] = {}
    for item, _ in meeting.agenda_items():
        known[item.id] = item
    for paragraph in meeting.paragraphs():
        known[paragraph.id] = paragraph
        known.update((sub_item.id, sub_item) for sub_item, _ in paragraph.all_sub_items())
    meeting.opening, meeting.agenda = build(rows, known=known)
