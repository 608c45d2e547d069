"""The note editor: the note as the user edits it, keyboard first.

Enter starts the next numbered paragraph, Tab and Shift+Tab make a paragraph a lettered
sub-item and back, Ctrl+Alt+F inserts a footnote, Alt+Shift+Up/Down move a paragraph. Every
change is one step of Qt's undo. The window asks for the edits of the agenda and the
footnotes here, in the user's words, and never touches the document itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from desktop_app.core import editing
from desktop_app.core.editing import EditError
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting
from desktop_app.ui.common.inline_formats import is_strong, set_strong
from desktop_app.ui.editor.block_kinds import BlockKind, block_kind
from desktop_app.ui.editor.clipboard import (
    NOTE_MIME_TYPE,
    PastedBlock,
    PasteTooLarge,
    blocks_from_mime,
    insert_blocks,
    note_mime,
    selected_blocks,
)
from desktop_app.ui.editor.commands import EditorCommands
from desktop_app.ui.editor.cursor_place import cursor_place, put_cursor_back
from desktop_app.ui.editor.find_replace import NoteFinder
from desktop_app.ui.editor.note_document import NoteDocument
from desktop_app.ui.editor.note_keys import backspace, delete, enter, is_key
from desktop_app.ui.editor.note_view import NoteView
from desktop_app.ui.editor.structure_edits import carry_out, set_kinds

T = TypeVar("T")

_MODIFIER = Qt.KeyboardModifier
# The note's own keys, beside its shortcuts with Ctrl or Alt: a key pressed with no more
# than these modifiers and not one of these keys is plain typing.
_TYPING_MODIFIERS = frozenset(
    {
        _MODIFIER.NoModifier,
        _MODIFIER.ShiftModifier,
        _MODIFIER.KeypadModifier,
        _MODIFIER.ShiftModifier | _MODIFIER.KeypadModifier,
    }
)
_NOTE_KEYS = frozenset(
    {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Undo,  # the keyboard's own Undo and Redo keys
        Qt.Key.Key_Redo,
    }
)


class NoteEditor(NoteView):
    """Signals (beside the view's): a footnote just inserted, and a short message when a
    keystroke cannot do what it usually does."""

    footnote_inserted = Signal(str)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName("Note")
        self.setAccessibleDescription(
            "The note: numbered paragraphs under the agenda headings. Enter starts the next "
            "paragraph; Tab makes it a sub-item; Ctrl+Alt+F adds a footnote."
        )
        self.setTabChangesFocus(False)
        self.setAcceptRichText(True)
        self.finder = NoteFinder(self.note)

    def bring_commands(self, window: QWidget) -> EditorCommands:
        """The editor's commands, their shortcuts working anywhere in `window`."""
        commands = EditorCommands(window)
        for action, slot in (
            (commands.cut, self.cut), (commands.copy, self.copy), (commands.paste, self.paste),
            (commands.select_all, self.selectAll), (commands.bold, self.toggle_strong),
            (commands.italic, self.toggle_emphasis), (commands.footnote, self.insert_footnote),
            (commands.indent, self.indent), (commands.outdent, self.outdent),
            (commands.numbered, self.toggle_numbered),
            (commands.move_up, lambda: self.move_paragraph(-1)),
            (commands.move_down, lambda: self.move_paragraph(1)),
            (commands.delete_paragraph, self.delete_paragraph),
        ):  # fmt: skip
            action.triggered.connect(slot)

        def show_kind() -> None:
            commands.numbered.setChecked(self.current_kind() is BlockKind.PARAGRAPH)

        self.place_changed.connect(show_kind)
        return commands

    # The note as the saving session and the export see it

    def note_for_saving(self) -> NoteDocument:
        """What the saving session loads, reads back and watches: the note's document."""
        return self.note

    def meeting(self, template: Meeting) -> Meeting:
        """The note as it stands, as a meeting: `template`'s id, details and action items."""
        return self.note.to_meeting(template)

    def can_undo(self) -> bool:
        return self.note.isUndoAvailable()

    def can_redo(self) -> bool:
        return self.note.isRedoAvailable()

    # The agenda and the footnotes, edited in the note

    def move_agenda_item(self, item_id: str, parent_id: str | None, index: int) -> None:
        """Move a section (raises EditError); the cursor goes with it, to its end."""
        self.edit_meeting(lambda m: editing.move_agenda_item(m, item_id, parent_id, index))
        self.go_to_section(item_id)

    def rename_agenda_item(self, item_id: str, title: str) -> None:
        self.edit_meeting(lambda m: editing.rename_agenda_item(m, item_id, title))

    def add_agenda_item(self, parent_id: str | None, after_id: str | None) -> str:
        """A new agenda item, its title selected to be typed over; its id. An empty
        paragraph at the cursor, left by Enter, goes in the same step."""
        empty = self.empty_paragraph_at_cursor()

        def add(meeting: Meeting) -> str:
            if empty:
                editing.delete_paragraph(meeting, empty)
            return editing.add_agenda_item(meeting, parent_id, after_id).id

        item_id = self.edit_meeting(add)
        self.select_heading_title(item_id)
        return item_id

    def deletion_outcome(self, item_id: str) -> str:
        """What deleting an agenda item would do to its paragraphs, in a sentence."""
        return editing.deletion_outcome(self.note_as_meeting(), item_id)

    def delete_agenda_item(self, item_id: str) -> None:
        self.edit_meeting(lambda meeting: editing.delete_agenda_item(meeting, item_id))

    def set_footnote_text(self, footnote_id: str, text: Inline) -> None:
        """A footnote's text, edited in the footnotes pane, as one undo step."""
        self.note.set_footnote_text(footnote_id, text)

    # Reading where the cursor is

    def empty_paragraph_at_cursor(self) -> str | None:
        """The id of the paragraph at the cursor when it is empty, with no sub-items."""
        number = self.current_block().blockNumber()
        rows = self.note.structure().rows
        place = rows[number]
        following = rows[number + 1] if number + 1 < len(rows) else None
        if not place.kind.is_paragraph or self.current_block().length() > 1:
            return None
        return None if following and following.kind.is_sub_item else place.id

    def note_as_meeting(self) -> Meeting:
        """The note as it stands, as a meeting (with no details and no action items)."""
        return self.note.to_meeting(Meeting())

    # Editing commands (menus call these too)

    def undo_change(self) -> None:
        self.note.undo_step()
        self.ensureCursorVisible()

    def redo_change(self) -> None:
        self.note.redo_step()
        self.ensureCursorVisible()

    def insert_footnote(self) -> str | None:
        """Ctrl+Alt+F: a new footnote at the cursor; its id, or None where none can go."""
        if self.isReadOnly():
            return None
        if block_kind(self.current_block()).is_heading:
            self.message.emit("A footnote goes in a paragraph or a sub-item, not in a heading.")
            return None
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.setPosition(cursor.selectionEnd())
        footnote_id = self.note.insert_footnote(cursor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.footnote_inserted.emit(footnote_id)
        return footnote_id

    def toggle_strong(self) -> None:
        self._toggle_format(strong=True)

    def toggle_emphasis(self) -> None:
        self._toggle_format(strong=False)

    def indent(self) -> None:
        """Tab: a paragraph becomes a sub-item of the one above, a sub-item goes one deeper."""
        self._change_level(deeper=True)

    def outdent(self) -> None:
        """Shift+Tab: back one level."""
        self._change_level(deeper=False)

    def toggle_numbered(self) -> None:
        kind = self.current_kind()
        if self.isReadOnly() or not kind.is_paragraph:
            return
        cursor = QTextCursor(self.note)
        cursor.beginEditBlock()
        other = BlockKind.UNNUMBERED if kind is BlockKind.PARAGRAPH else BlockKind.PARAGRAPH
        self.note.set_block_kind(cursor, self.current_block(), other)
        cursor.endEditBlock()

    def edit_meeting(self, edit: Callable[[Meeting], T]) -> T:
        """Carry out a structural edit of `core.editing` on the note, as one undo step, the
        cursor kept where it was in its block; raises EditError when it cannot be made."""
        if self.isReadOnly():
            raise EditError("This meeting is open read-only.")
        where = cursor_place(self, self.note)
        result = carry_out(self.note, edit)
        put_cursor_back(self, self.note, where)
        return result

    def move_paragraph(self, step: int) -> None:
        """Alt+Shift+Up/Down: move the paragraph at the cursor, with its sub-items."""
        paragraph_id = self.current_paragraph_id()
        if self.isReadOnly() or paragraph_id is None:
            return
        self.edit_meeting(lambda meeting: editing.move_paragraph_step(meeting, paragraph_id, step))
        self.ensureCursorVisible()

    def delete_paragraph(self) -> None:
        """Delete the paragraph at the cursor, with its sub-items and footnotes."""
        paragraph_id = self.current_paragraph_id()
        if self.isReadOnly():
            return
        if paragraph_id is None:
            self.message.emit("Put the cursor in the paragraph to delete.")
            return
        number = self.note.structure().paragraph_numbers.get(paragraph_id)
        self.edit_meeting(lambda meeting: editing.delete_paragraph(meeting, paragraph_id))
        what = f"Paragraph {number}" if number else "The paragraph"
        self.message.emit(f"{what} deleted. Ctrl+Z brings it back.")

    # Keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A character typed (Shift at most) is Qt's to insert: the note's keys are not asked.
        if event.modifiers() in _TYPING_MODIFIERS and event.key() not in _NOTE_KEYS:
            super().keyPressEvent(event)
            return
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_change()
            return True
        if event.matches(QKeySequence.StandardKey.Redo) or is_key(event, "Ctrl+Shift+Z"):
            self.redo_change()
            return True
        if self.isReadOnly():
            return False
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (plain or shift):
            enter(self, self.note)
        elif key == Qt.Key.Key_Tab and plain:
            self.indent()
        elif key == Qt.Key.Key_Backtab:
            self.outdent()
        elif key == Qt.Key.Key_Backspace and plain and not self.textCursor().hasSelection():
            return backspace(self, self.outdent)
        elif key == Qt.Key.Key_Delete and plain and not self.textCursor().hasSelection():
            return delete(self)
        elif is_key(event, "Ctrl+Alt+F"):
            self.insert_footnote()
        elif is_key(event, "Alt+Shift+Up"):
            self.move_paragraph(-1)
        elif is_key(event, "Alt+Shift+Down"):
            self.move_paragraph(1)
        elif event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_strong()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_emphasis()
        else:
            return False
        return True

    def _toggle_format(self, strong: bool) -> None:
        if self.isReadOnly() or block_kind(self.current_block()).is_heading:
            return
        current = self.textCursor().charFormat()
        fmt = QTextCharFormat()
        if strong:
            set_strong(fmt, not is_strong(current))
        else:
            fmt.setFontItalic(not current.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def _change_level(self, deeper: bool) -> None:
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        first = self.note.findBlock(cursor.selectionStart()).blockNumber()
        last = self.note.findBlock(cursor.selectionEnd()).blockNumber()
        kinds = [place.kind for place in self.note.structure().rows]
        try:
            set_kinds(self.note, editing.levels_after(kinds, first, last, deeper))
        except EditError as problem:
            self.message.emit(str(problem))

    # Clipboard

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own mime data, not one made here: a QMimeData made in Python, left on the
        # clipboard when the application ends, is destroyed after the interpreter and
        # crashes the process. It fills itself in when first read, dropping what was added
        # before: so it is read first.
        mime = super().createMimeDataFromSelection()
        mime.text()
        blocks = selected_blocks(self.note, self.textCursor())
        if blocks:
            mime.setData(NOTE_MIME_TYPE, note_mime(blocks))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasFormat(NOTE_MIME_TYPE)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        try:
            blocks = blocks_from_mime(source)
        except PasteTooLarge as error:
            self.message.emit(str(error))
            return
        if blocks:
            self._insert_blocks(blocks)

    def _insert_blocks(self, blocks: list[PastedBlock]) -> None:
        cursor = self.textCursor()
        insert_blocks(self.note, cursor, blocks)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
