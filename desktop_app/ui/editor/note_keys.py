"""What Enter, Backspace and Delete do in the note: numbered paragraphs, sub-items and
headings follow the rules of `core.editing`, and a heading never swallows a paragraph."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop_app.core import editing
from desktop_app.core.ids import new_id
from desktop_app.ui.editor.block_kinds import block_kind, text_format
from desktop_app.ui.editor.note_document import NoteDocument


def is_key(event: QKeyEvent, sequence: str) -> bool:
    """Whether the key pressed is `sequence` ("Ctrl+Alt+F"), whatever the platform's names."""
    combined = event.keyCombination().toCombined()
    return QKeySequence(combined) == QKeySequence(sequence)


def enter(editor: QTextEdit, note: NoteDocument) -> None:
    """A new paragraph or sub-item, by the rules of `editing.split_at`."""
    cursor = editor.textCursor()
    number = note.findBlock(cursor.selectionStart()).blockNumber()
    rows = note.structure().rows
    kind = rows[number].kind  # as it counts, which only the blocks above it decide
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    block = cursor.block()
    empty = block.length() == 1
    if kind.is_sub_item and empty:
        kinds = editing.levels_after([p.kind for p in rows], number, number, deeper=False)
        note.set_block_kind(cursor, block, kinds[number])
    elif cursor.positionInBlock() == 0 and not empty:
        # A new empty block above: this block keeps its id, and what points at it.
        cursor.insertBlock(block.blockFormat(), cursor.charFormat())
        new_kind = editing.kind_above(kind)
        above = QTextCursor(cursor.block().previous())
        above.setBlockFormat(note.new_block_format(new_kind, new_id()))
        above.setBlockCharFormat(text_format(new_kind, note.defaultFont()))
    else:
        new_kind = editing.kind_after(kind)
        char_format = text_format(new_kind, note.defaultFont())
        cursor.insertBlock(note.new_block_format(new_kind, new_id()), char_format)
        if kind.is_heading and cursor.block().length() > 1:
            tail = QTextCursor(cursor.block())
            tail.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            tail.setCharFormat(char_format)
        cursor.setCharFormat(char_format)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def backspace(editor: QTextEdit, outdent: Callable[[], None]) -> bool:
    """At the start of a block: a sub-item goes up a level (`outdent`); an empty block
    goes; a paragraph joins the one above, but never a heading. False elsewhere: the usual
    Backspace."""
    cursor = editor.textCursor()
    if cursor.positionInBlock() != 0:
        return False
    block = cursor.block()
    kind = block_kind(block)
    if kind.is_sub_item:
        outdent()
        return True
    previous = block.previous()
    if not previous.isValid():
        return True
    if kind.is_heading and block.length() > 1:
        return True
    if block.length() > 1 and block_kind(previous).is_heading:
        if previous.length() == 1:
            cursor.setPosition(previous.position())
            cursor.setPosition(block.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            editor.setTextCursor(cursor)
        return True
    cursor.deletePreviousChar()
    editor.setTextCursor(cursor)
    return True


def delete(editor: QTextEdit) -> bool:
    """At the end of a block: the next paragraph joins this one, never a heading; an
    empty block goes. False elsewhere: the usual Delete."""
    cursor = editor.textCursor()
    block = cursor.block()
    if cursor.positionInBlock() != block.length() - 1:
        return False
    following = block.next()
    if not following.isValid():
        return True
    if block.length() == 1:
        cursor.setPosition(block.position())
        cursor.setPosition(following.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        editor.setTextCursor(cursor)
        return True
    if block_kind(following).is_heading or block_kind(block).is_heading:
        return True
    cursor.deleteChar()
    return True
