"""The structure of the note as the editor shows it, derived from its blocks: the label
drawn beside each block, footnote numbers, and the agenda with its paragraph ranges.

Recomputed in one pass whenever the blocks' kinds or footnote markers change; typing inside
a paragraph does not change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock, QTextDocument

from desktop_app.core.numbering import sub_item_label
from desktop_app.ui.editor.block_kinds import BlockKind, block_id, block_kind, block_label
from desktop_app.ui.editor.footnote_marker import MARKER_CHARACTER, is_marker, marker_id
from desktop_app.ui.editor.inline_text import plain_heading
from desktop_app.ui.views import AgendaEntry


@dataclass(frozen=True)
class BlockInfo:
    kind: BlockKind  # as it counts: a sub-item with no paragraph above counts as a paragraph
    stored_kind: BlockKind  # as its block format says
    id: str
    label: str  # drawn in the margin: "12.", "(a)", "(iv)" or ""
    section_id: str | None  # the agenda item whose section holds it; None: the opening
    paragraph_id: str | None  # a paragraph's own id, a sub-item's paragraph; None: heading
    markers: int  # footnote markers in it


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
    structure = NoteStructure()
    sections: list[_Section] = []
    section: _Section | None = None
    has_level_one = False
    paragraph_id: str | None = None  # the paragraph sub-items attach to
    sub_item_index = -1
    sub_sub_index = -1
    number = 0
    block = document.begin()
    while block.isValid():
        kind = stored_kind = block_kind(block)
        entity_id = block_id(block)
        text = block.text()
        markers = text.count(MARKER_CHARACTER)
        label = ""
        if kind.is_heading:
            if kind is BlockKind.SUB_HEADING and not has_level_one:
                kind = BlockKind.HEADING
            has_level_one = has_level_one or kind is BlockKind.HEADING
            level = 1 if kind is BlockKind.HEADING else 2
            section = _Section(entity_id, plain_heading(block), block_label(block), level)
            sections.append(section)
            paragraph_id = None
        else:
            if kind is BlockKind.SUB_SUB_ITEM and sub_item_index < 0:
                kind = BlockKind.SUB_ITEM
            if kind.is_sub_item and paragraph_id is None:
                kind = BlockKind.PARAGRAPH
            if kind.is_paragraph:
                paragraph_id = entity_id
                sub_item_index = sub_sub_index = -1
                if section:
                    section.count += 1
                if kind is BlockKind.PARAGRAPH:
                    number += 1
                    label = f"{number}."
                    structure.paragraph_numbers[entity_id] = number
                    if section:
                        section.first = section.first or number
                        section.last = number
            elif kind is BlockKind.SUB_ITEM:
                sub_item_index += 1
                sub_sub_index = -1
                label = sub_item_label(sub_item_index, 1)
            else:
                sub_sub_index += 1
                label = sub_item_label(sub_sub_index, 2)
            if markers:
                _number_footnotes(block, structure.footnote_numbers)
        structure.block_numbers.setdefault(entity_id, block.blockNumber())
        structure.blocks.append(
            BlockInfo(
                kind,
                stored_kind,
                entity_id,
                label,
                section.id if section else None,
                None if kind.is_heading else paragraph_id,
                markers,
            )
        )
        block = block.next()
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
