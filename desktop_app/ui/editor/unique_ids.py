"""Every block and footnote marker of the note with an id of its own: Enter in the middle
of a paragraph gives both halves the block's id, a pasted marker repeats the copied one's."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from desktop_app.core.ids import new_id
from desktop_app.ui.editor.block_kinds import ID_PROPERTY, KIND_PROPERTY, BlockKind, block_id
from desktop_app.ui.editor.footnote_marker import (
    MARKER_CHARACTER,
    marker_format,
    marker_id,
    marker_text,
    markers_in,
)


def repeated_ids(note: QTextDocument) -> list[tuple[str, int]]:
    """Each block ("block") and marker ("marker") whose id is missing or already taken
    above it, with its position, in reading order."""
    seen_blocks: set[str] = set()
    seen_markers: set[str] = set()
    repeated: list[tuple[str, int]] = []
    block = note.begin()
    while block.isValid():
        entity_id = block_id(block)
        if not entity_id or entity_id in seen_blocks:
            repeated.append(("block", block.position()))
        seen_blocks.add(entity_id)
        if MARKER_CHARACTER in block.text():
            for position, fmt in markers_in(block):
                if marker_id(fmt) in seen_markers:
                    repeated.append(("marker", position))
                seen_markers.add(marker_id(fmt))
        block = block.next()
    return repeated


def give_fresh_ids(note: QTextDocument) -> bool:
    """A fresh id for each repeated one, joined to the last undo step; True if any."""
    repeated = repeated_ids(note)
    if not repeated:
        return False
    cursor = QTextCursor(note)
    cursor.joinPreviousEditBlock()
    for what, position in repeated:
        cursor.setPosition(position)
        if what == "block":
            fmt = QTextBlockFormat()
            fmt.setProperty(ID_PROPERTY, new_id())
            if not cursor.block().blockFormat().hasProperty(KIND_PROPERTY):
                fmt.setProperty(KIND_PROPERTY, int(BlockKind.PARAGRAPH))
            cursor.mergeBlockFormat(fmt)
        else:
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            text = marker_text(cursor.charFormat())
            cursor.setCharFormat(marker_format(new_id(), text))
    cursor.endEditBlock()
    return True
