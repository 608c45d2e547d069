"""The structure of the note as the editor shows it, read from its blocks: each block's kind,
id and footnote markers (a heading's title and label too), numbered by `core.outline`.

Typing inside a paragraph does not change it. The note keeps the rows in step with each
change, so that only the blocks a change touched are read from Qt again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument

from desktop_app.core.outline import Outline, OutlineRow, number_rows
from desktop_app.ui.editor.block_kinds import (
    ID_PROPERTY,
    LABEL_PROPERTY,
    BlockKind,
    kind_of,
)
from desktop_app.ui.editor.footnote_marker import MARKER_CHARACTER, marker_id, markers_in

NoteStructure = Outline
structure_of = number_rows


@dataclass(frozen=True, slots=True)
class BlockRow:
    """What the numbering needs of one block, read from Qt once and kept until it changes."""

    kind: BlockKind  # as its block format says
    id: str
    footnote_ids: tuple[str, ...]  # its footnote markers, in order
    title: str = ""  # a heading's title
    label: str = ""  # a heading's label


def read_block(block: QTextBlock) -> BlockRow:
    fmt = block.blockFormat()
    kind = kind_of(fmt)
    entity_id = fmt.stringProperty(ID_PROPERTY)
    text = block.text()
    markers = _marker_ids(block) if MARKER_CHARACTER in text else ()
    if kind.is_heading:
        title = text.replace(MARKER_CHARACTER, "").strip()
        return BlockRow(kind, entity_id, markers, title, fmt.stringProperty(LABEL_PROPERTY))
    return BlockRow(kind, entity_id, markers)


def block_row(row: OutlineRow) -> BlockRow:
    """What `read_block` reads of the block the note builds for `row` (at load, the rows are
    known without reading the blocks again)."""
    if row.kind.is_heading:
        title = row.title.replace(MARKER_CHARACTER, "").strip()
        return BlockRow(row.kind, row.id, (), title, row.label)
    return BlockRow(row.kind, row.id, row.footnote_ids)


def read_blocks(document: QTextDocument) -> list[BlockRow]:
    rows = []
    block = document.begin()
    while block.isValid():
        rows.append(read_block(block))
        block = block.next()
    return rows


def may_repeat_an_id(structure: NoteStructure) -> bool:
    """Whether some block or marker lacks an id or shares one (the full check reads every
    fragment of the note, so it runs only then)."""
    ids = structure.positions
    markers = sum(info.markers for info in structure.rows)
    return (
        len(ids) != len(structure.rows) or "" in ids or markers != len(structure.footnote_numbers)
    )


def _marker_ids(block: QTextBlock) -> tuple[str, ...]:
    return tuple(marker_id(fmt) for _, fmt in markers_in(block))
