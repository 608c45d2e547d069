"""The structure of the note as the editor shows it, derived from its blocks: the label
drawn beside each block, footnote numbers, and the agenda with its paragraph ranges.

Recomputed in one pass whenever the blocks' kinds or footnote markers change; typing inside
a paragraph does not change it.
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


def compute_structure(document: QTextDocument) -> NoteStructure:
    """One pass over the blocks. Written for speed: it runs after every change of structure,
    over notes of thousands of paragraphs."""
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
    block = document.begin()
    index = 0
    while block.isValid():
        fmt = block.blockFormat()
        kind = stored_kind = _KINDS.get(fmt.intProperty(KIND_PROPERTY), PARAGRAPH)
        entity_id = fmt.stringProperty(ID_PROPERTY)
        text = block.text()
        markers = text.count(MARKER_CHARACTER) if MARKER_CHARACTER in text else 0
        label = title = agenda_label = ""
        if kind in _HEADINGS:
            if kind is SUB_HEADING and not has_level_one:
                kind = HEADING
            has_level_one = has_level_one or kind is HEADING
            title = text.replace(MARKER_CHARACTER, "").strip()
            agenda_label = fmt.stringProperty(LABEL_PROPERTY)
            section = _Section(entity_id, title, agenda_label, 1 if kind is HEADING else 2)
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
            if markers:
                _number_footnotes(block, footnotes)
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
                markers,
                title,
                agenda_label,
            )
        )
        block = block.next()
        index += 1
    structure.agenda = [_entry(s) for s in sections]
    return structure


def _number_footnotes(block: QTextBlock, numbers: dict[str, int]) -> None:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if is_marker(fragment.charFormat()):
            numbers.setdefault(marker_id(fragment.charFormat()), len(numbers) + 1)
        iterator += 1


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
