"""The note editor: the whole note as one continuous document, numbers in the margin.

Keyboard first: Enter starts the next numbered paragraph, Tab and Shift+Tab make a
paragraph a lettered sub-item and back, Ctrl+Alt+F inserts a footnote, Alt+Shift+Up/Down
move a paragraph. Every change is one step of Qt's undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QMimeData, QRect, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_app.core import editing
from desktop_app.core.editing import EditError
from desktop_app.core.ids import new_id
from desktop_app.core.model import Meeting
from desktop_app.core.outline import Place
from desktop_app.ui.common.inline_formats import is_strong, set_strong
from desktop_app.ui.editor.block_kinds import BlockKind, block_kind, text_format
from desktop_app.ui.editor.clipboard import (
    NOTE_MIME_TYPE,
    PastedBlock,
    PasteTooLarge,
    blocks_from_mime,
    note_mime,
    selected_blocks,
)
from desktop_app.ui.editor.inline_text import insert_inline
from desktop_app.ui.editor.margin import MarginLabel, labels_in
from desktop_app.ui.editor.note_document import NoteDocument
from desktop_app.ui.editor.structure_edits import carry_out, set_kinds

T = TypeVar("T")


class NoteEditor(QTextEdit):
    """Signals: the section the cursor is in, a footnote just inserted, and a short message
    when a keystroke cannot do what it usually does."""

    current_section_changed = Signal(object)  # agenda item id, or None for the opening
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
        self.note = NoteDocument(self)
        self.setDocument(self.note)
        # No layout before the editor is shown at its width (a layout at the width of an
        # editor not yet in its window is thrown away, and costs the most: a word a line).
        self.note.setPageSize(QSizeF(0, 0))
        self.note.structure_changed.connect(self._on_structure_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self._section: str | None = None

    # Reading where the cursor is

    def current_block(self) -> QTextBlock:
        return self.textCursor().block()

    def current_paragraph_id(self) -> str | None:
        """The paragraph the cursor is in (a sub-item's paragraph); None in a heading."""
        return self._place().paragraph_id

    def current_kind(self) -> BlockKind:
        """What the block at the cursor is, as the note shows it."""
        return self._place().kind

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

    def _place(self) -> Place:
        return self.note.structure().rows[self.current_block().blockNumber()]

    def selected_text_or_paragraph(self) -> str:
        cursor = self.textCursor()
        text = cursor.selectedText() if cursor.hasSelection() else self.current_block().text()
        return " ".join(text.replace("\u2029", " ").replace("\ufffc", "").split())

    # Going places

    def go_to_block(self, block: QTextBlock, at_end: bool = False) -> None:
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        if at_end:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        self._scroll_block_to_top(block)

    def go_to_entity(self, entity_id: str) -> None:
        """Bring a heading or paragraph into view and put the cursor at its start."""
        self.go_to_block(self.note.block_of(entity_id))

    def go_to_end(self) -> None:
        last = self.note.lastBlock()
        while last.isValid() and block_kind(last).is_heading and last.previous().isValid():
            last = last.previous()
        cursor = QTextCursor(last)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def go_to_section(self, item_id: str) -> None:
        """Show an agenda item's section, its heading at the top, with the cursor at the end
        of its last paragraph (of the heading when it has none): where drafting goes on.
        Typing brings the cursor into view if the section is longer than the screen."""
        structure = self.note.structure()
        number = structure.positions.get(item_id)
        if number is None:
            return
        last = structure.section_end(number, with_sub_items=False)
        cursor = QTextCursor(self.note.findBlockByNumber(last))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        self._scroll_block_to_top(self.note.findBlockByNumber(number))

    def select_heading_title(self, item_id: str) -> None:
        """Select an agenda item's title in the note, to be typed over."""
        block = self.note.block_of(item_id)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def go_to_footnote_marker(self, footnote_id: str) -> None:
        """Put the cursor right after a footnote's marker."""
        position = self.note.marker_position(footnote_id)
        if position is None:
            return
        cursor = QTextCursor(self.note)
        cursor.setPosition(position + 1)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def show_footnote_marker(self, footnote_id: str) -> None:
        """Bring a footnote's marker into view, highlighted, the cursor right after it. Not
        selected: typing must add to the text, not replace the marker and so its footnote."""
        position = self.note.marker_position(footnote_id)
        if position is None:
            return
        self.go_to_footnote_marker(footnote_id)
        self._scroll_cursor_to_a_third()
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = QTextCursor(self.note)
        highlight.cursor.setPosition(position)
        highlight.cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        highlight.format.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        self.setExtraSelections([highlight])

    def _scroll_cursor_to_a_third(self) -> None:
        """Scroll so that the cursor's line sits a third of the way down, its context above."""
        bar = self.verticalScrollBar()
        line = self.cursorRect().top() + bar.value()
        bar.setValue(max(0, min(line - self.viewport().height() // 3, bar.maximum())))

    def _scroll_block_to_top(self, block: QTextBlock) -> None:
        rect = self.note.documentLayout().blockBoundingRect(block)
        bar = self.verticalScrollBar()
        bar.setValue(min(int(rect.top()), bar.maximum()))

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
        where = self._cursor_place()
        result = carry_out(self.note, edit)
        self._put_cursor_back(where)
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

    def _cursor_place(self) -> tuple[str, int, str, int]:
        """The cursor and its anchor, each as a block id and a position in that block."""
        cursor = self.textCursor()
        anchor = self.note.findBlock(cursor.anchor())
        rows = self.note.structure().rows
        return (
            rows[cursor.blockNumber()].id,
            cursor.positionInBlock(),
            rows[anchor.blockNumber()].id,
            cursor.anchor() - anchor.position(),
        )

    def _put_cursor_back(self, where: tuple[str, int, str, int]) -> None:
        block_id, offset, anchor_id, anchor_offset = where
        cursor = QTextCursor(self.note)
        cursor.setPosition(self._position_in(anchor_id, anchor_offset))
        cursor.setPosition(self._position_in(block_id, offset), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _position_in(self, block_id: str, offset: int) -> int:
        block = self.note.block_of(block_id)
        if not block.isValid():  # gone: where it stood
            return min(self.textCursor().position(), self.note.characterCount() - 1)
        return block.position() + min(offset, block.length() - 1)

    # Keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_change()
            return True
        if event.matches(QKeySequence.StandardKey.Redo) or _is(event, "Ctrl+Shift+Z"):
            self.redo_change()
            return True
        if self.isReadOnly():
            return False
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (plain or shift):
            self._enter()
        elif key == Qt.Key.Key_Tab and plain:
            self.indent()
        elif key == Qt.Key.Key_Backtab:
            self.outdent()
        elif key == Qt.Key.Key_Backspace and plain and not self.textCursor().hasSelection():
            return self._backspace()
        elif key == Qt.Key.Key_Delete and plain and not self.textCursor().hasSelection():
            return self._delete()
        elif _is(event, "Ctrl+Alt+F"):
            self.insert_footnote()
        elif _is(event, "Alt+Shift+Up"):
            self.move_paragraph(-1)
        elif _is(event, "Alt+Shift+Down"):
            self.move_paragraph(1)
        elif event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_strong()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_emphasis()
        else:
            return False
        return True

    def _enter(self) -> None:
        """A new paragraph or sub-item, by the rules of `editing.split_at`."""
        cursor = self.textCursor()
        number = self.note.findBlock(cursor.selectionStart()).blockNumber()
        rows = self.note.structure().rows
        kind = rows[number].kind  # as it counts, which only the blocks above it decide
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block = cursor.block()
        empty = block.length() == 1
        if kind.is_sub_item and empty:
            kinds = editing.levels_after([p.kind for p in rows], number, number, deeper=False)
            self.note.set_block_kind(cursor, block, kinds[number])
        elif cursor.positionInBlock() == 0 and not empty:
            # A new empty block above: this block keeps its id, and what points at it.
            cursor.insertBlock(block.blockFormat(), cursor.charFormat())
            new_kind = editing.kind_above(kind)
            above = QTextCursor(cursor.block().previous())
            above.setBlockFormat(self.note.new_block_format(new_kind, new_id()))
            above.setBlockCharFormat(text_format(new_kind, self.note.defaultFont()))
        else:
            new_kind = editing.kind_after(kind)
            char_format = text_format(new_kind, self.note.defaultFont())
            cursor.insertBlock(self.note.new_block_format(new_kind, new_id()), char_format)
            if kind.is_heading and cursor.block().length() > 1:
                tail = QTextCursor(cursor.block())
                tail.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                tail.setCharFormat(char_format)
            cursor.setCharFormat(char_format)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _backspace(self) -> bool:
        """At the start of a block: a sub-item goes up a level; an empty block goes; a
        paragraph joins the one above, but never a heading. Elsewhere, the usual."""
        cursor = self.textCursor()
        if cursor.positionInBlock() != 0:
            return False
        block = cursor.block()
        kind = block_kind(block)
        if kind.is_sub_item:
            self.outdent()
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
                self.setTextCursor(cursor)
            return True
        cursor.deletePreviousChar()
        self.setTextCursor(cursor)
        return True

    def _delete(self) -> bool:
        """At the end of a block: the next paragraph joins this one, never a heading; an
        empty block goes. Elsewhere, the usual."""
        cursor = self.textCursor()
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
            self.setTextCursor(cursor)
            return True
        if block_kind(following).is_heading or block_kind(block).is_heading:
            return True
        cursor.deleteChar()
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
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        here = block_kind(cursor.block())
        for index, pasted in enumerate(blocks):
            if index:
                kind = pasted.kind if not here.is_heading else BlockKind.PARAGRAPH
                kind = BlockKind.PARAGRAPH if kind.is_heading else kind
                cursor.insertBlock(
                    self.note.new_block_format(kind, new_id()),
                    text_format(kind, self.note.defaultFont()),
                )
                here = kind
            base = text_format(here, self.note.defaultFont())
            if here.is_heading:
                cursor.insertText(pasted.text.plain_text(), base)
            else:
                insert_inline(cursor, pasted.text, pasted.footnotes, base)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensureCursorVisible()  # the note is laid out only now: where the cursor is

    # The margin: paragraph numbers and sub-item letters, drawn, never typed

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for label in self.margin_labels(event.rect()):
            painter.setFont(label.font)
            painter.drawText(label.baseline, label.text)
        painter.end()

    def margin_labels(self, area: QRect | None = None) -> list[MarginLabel]:
        """The paragraph numbers and sub-item letters drawn in the margin of `area` (of the
        whole viewport by default), top to bottom: what the user sees."""
        return labels_in(self, self.note, area or self.viewport().rect())

    def _on_structure_changed(self) -> None:
        self.viewport().update()
        self._on_cursor_moved()

    def _on_cursor_moved(self) -> None:
        if self.extraSelections():
            self.setExtraSelections([])
        section = self.note.structure().section_at(self.textCursor().blockNumber())
        if section != self._section:
            self._section = section
            self.current_section_changed.emit(section)


def _is(event: QKeyEvent, sequence: str) -> bool:
    combined = event.keyCombination().toCombined()
    return QKeySequence(combined) == QKeySequence(sequence)
