"""The structure of the note as the editor shows it, derived from its blocks: the label
drawn beside each block, footnote numbers, and the agenda with its paragraph ranges.

Recomputed in one pass over rows read from the blocks whenever their kinds or footnote
markers change; typing inside a paragraph does not change it. The note keeps the rows in step
with each change, so that only the blocks a change touched are read from Qt again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock, QTextDocument

from desktop_app.core.numbering import sub_item_label
from desktop_app.ui.editor.block_kinds import (
    ID_PROPERTY,
    KIND_PROPERTY,
    LABEL_PROPERTY,
    BlockKind,
)
from desktop_app.ui.editor.footnote_marker import MARKER_CHARACTER, is_marker, marker_id
from desktop_app.ui.views import AgendaEntry


@dataclass(slots=True)
class BlockInfo:
    kind: BlockKind  # as it counts: a sub-item with no paragraph above counts as a paragraph
    stored_kind: BlockKind  # as its block format says
    id: str
    label: str  # drawn in the margin: "12.", "(a)", "(iv)" or ""
    section_id: str | None  # the agenda item whose section holds it; None: the opening
    paragraph_id: str | None  # a paragraph's own id, a sub-item's paragraph; None: heading
    markers: int  # footnote markers in it
    title: str = ""  # a heading's title
    agenda_label: str = ""  # a heading's label, such as "(a)"


@dataclass
class NoteStructure:
    blocks: list[BlockInfo] = field(default_factory=list)  # by block number
    footnote_numbers: dict[str, int] = field(default_factory=dict)
    paragraph_numbers: dict[str, int] = field(default_factory=dict)
    agenda: list[AgendaEntry] = field(default_factory=list)
    block_numbers: dict[str, int] = field(default_factory=dict)  # entity id → block number

    def section_at(self, block_number: int) -> str | None:
        if 0 <= block_number < len(self.blocks):
            return self.blocks[block_number].section_id
        return None


PARAGRAPH, UNNUMBERED = BlockKind.PARAGRAPH, BlockKind.UNNUMBERED
SUB_ITEM, SUB_SUB_ITEM = BlockKind.SUB_ITEM, BlockKind.SUB_SUB_ITEM
HEADING, SUB_HEADING = BlockKind.HEADING, BlockKind.SUB_HEADING
_KINDS = {int(kind): kind for kind in BlockKind}
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


@dataclass(frozen=True, slots=True)
class BlockRow:
    """What the structure needs of one block, read from Qt once and kept until it changes."""

    kind: BlockKind  # as its block format says
    id: str
    marker_ids: tuple[str, ...]  # its footnote markers, in order
    title: str = ""  # a heading's title
    agenda_label: str = ""  # a heading's label


def read_block(block: QTextBlock) -> BlockRow:
    fmt = block.blockFormat()
    kind = _KINDS.get(fmt.intProperty(KIND_PROPERTY), PARAGRAPH)
    entity_id = fmt.stringProperty(ID_PROPERTY)
    text = block.text()
    markers = _marker_ids(block) if MARKER_CHARACTER in text else ()
    if kind in _HEADINGS:
        title = text.replace(MARKER_CHARACTER, "").strip()
        return BlockRow(kind, entity_id, markers, title, fmt.stringProperty(LABEL_PROPERTY))
    return BlockRow(kind, entity_id, markers)


def read_blocks(document: QTextDocument) -> list[BlockRow]:
    rows = []
    block = document.begin()
    while block.isValid():
        rows.append(read_block(block))
        block = block.next()
    return rows


def structure_of(rows: list[BlockRow]) -> NoteStructure:
    """One pass over the blocks' rows. Written for speed: it runs after every change of
    structure, over notes of thousands of paragraphs."""
    structure = NoteStructure()
    blocks, numbers, footnotes = (
        structure.blocks,
        structure.block_numbers,
        structure.footnote_numbers,
    )
    paragraph_numbers = structure.paragraph_numbers
    sections: list[_Section] = []
    section: _Section | None = None
    section_id: str | None = None
    has_level_one = False
    paragraph_id: str | None = None  # the paragraph sub-items attach to
    sub_item_index = sub_sub_index = -1
    number = 0
    for index, row in enumerate(rows):
        kind = stored_kind = row.kind
        entity_id = row.id
        label = ""
        if kind in _HEADINGS:
            if kind is SUB_HEADING and not has_level_one:
                kind = HEADING
            has_level_one = has_level_one or kind is HEADING
            section = _Section(entity_id, row.title, row.agenda_label, 1 if kind is HEADING else 2)
            section_id = entity_id
            sections.append(section)
            paragraph_id = None
        else:
            if kind is SUB_SUB_ITEM and sub_item_index < 0:
                kind = SUB_ITEM
            if kind in _SUB_ITEMS and paragraph_id is None:
                kind = PARAGRAPH
            if kind is PARAGRAPH or kind is UNNUMBERED:
                paragraph_id = entity_id
                sub_item_index = sub_sub_index = -1
                if section:
                    section.count += 1
                if kind is PARAGRAPH:
                    number += 1
                    label = f"{number}."
                    paragraph_numbers[entity_id] = number
                    if section:
                        section.first = section.first or number
                        section.last = number
            elif kind is SUB_ITEM:
                sub_item_index += 1
                sub_sub_index = -1
                label = sub_item_label(sub_item_index, 1)
            else:
                sub_sub_index += 1
                label = sub_item_label(sub_sub_index, 2)
            for marker in row.marker_ids:
                footnotes.setdefault(marker, len(footnotes) + 1)
        if entity_id not in numbers:
            numbers[entity_id] = index
        blocks.append(
            BlockInfo(
                kind,
                stored_kind,
                entity_id,
                label,
                section_id,
                paragraph_id,
                len(row.marker_ids),
                row.title,
                row.agenda_label,
            )
        )
    structure.agenda = [_entry(s) for s in sections]
    return structure


def _marker_ids(block: QTextBlock) -> tuple[str, ...]:
    ids = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        if is_marker(fmt):
            ids.extend([marker_id(fmt)] * fragment.length())
        iterator += 1
    return tuple(ids)


def _entry(section: _Section) -> AgendaEntry:
    if section.first is None or section.last is None:
        span = ""
    elif section.first == section.last:
        span = str(section.first)
    else:
        span = f"{section.first}–{section.last}"
    return AgendaEntry(
        id=section.id,
        title=section.title,
        label=section.label,
        level=section.level,
        paragraph_range=span,
        paragraph_count=section.count,
    )
