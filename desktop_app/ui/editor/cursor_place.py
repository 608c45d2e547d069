"""Where the cursor is, as the note's ids see it, so that it can be put back after an edit
that rebuilds the blocks around it (moving a paragraph, an agenda item)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop_app.ui.editor.note_document import NoteDocument


@dataclass(frozen=True)
class CursorPlace:
    """The cursor and its anchor, each as a block id and a position in that block."""

    block_id: str
    offset: int
    anchor_id: str
    anchor_offset: int


def cursor_place(editor: QTextEdit, note: NoteDocument) -> CursorPlace:
    cursor = editor.textCursor()
    anchor = note.findBlock(cursor.anchor())
    rows = note.structure().rows
    return CursorPlace(
        rows[cursor.blockNumber()].id,
        cursor.positionInBlock(),
        rows[anchor.blockNumber()].id,
        cursor.anchor() - anchor.position(),
    )


def put_cursor_back(editor: QTextEdit, note: NoteDocument, where: CursorPlace) -> None:
    """The cursor where it was in its blocks; where a block went, where it stood."""

    def position_in(block_id: str, offset: int) -> int:
        block = note.block_of(block_id)
        if not block.isValid():
            return min(editor.textCursor().position(), note.characterCount() - 1)
        return block.position() + min(offset, block.length() - 1)

    cursor = QTextCursor(note)
    cursor.setPosition(position_in(where.anchor_id, where.anchor_offset))
    cursor.setPosition(position_in(where.block_id, where.offset), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
