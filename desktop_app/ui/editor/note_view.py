"""The note as the user sees it: the whole note as one continuous document, numbers in the
margin, and the ways to go to a place in it (a section, a paragraph, a footnote's marker).

What is read here is read in the user's words, for the window: the agenda as the note's
headings make it, the footnotes with their numbers, the section the cursor is in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSizeF, Signal
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_app.core.numbered import NumberedFootnote, numbered_footnotes
from desktop_app.core.outline import AgendaEntry, Place
from desktop_app.ui.editor.block_kinds import BlockKind, block_kind
from desktop_app.ui.editor.margin import Margin, MarginLabel
from desktop_app.ui.editor.note_document import NoteDocument


class NoteView(QTextEdit):
    """Signals: the section the cursor is in, the block the cursor is in (or what it is)
    changed, the note's structure (numbers, agenda, footnotes) changed, and a footnote's text
    changed in the note (an undo, a replacement)."""

    current_section_changed = Signal(object)  # agenda item id, or None for the opening
    place_changed = Signal()  # the cursor is in another block, or the structure changed
    structure_changed = Signal()
    footnote_texts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = NoteDocument(self)
        self.setDocument(self.note)
        # No layout before the editor is shown at its width (a layout at the width of an
        # editor not yet in its window is thrown away, and costs the most: a word a line).
        self.note.setPageSize(QSizeF(0, 0))
        self.note.structure_changed.connect(self._on_structure_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self._section: str | None = None
        self._place_at_cursor: Place | None = None
        self._marker_highlighted = False
        self._margin = Margin(self, self.note)
        self.note.footnote_texts_changed.connect(self.footnote_texts_changed)

    # What the note holds, for the other panes

    def agenda(self) -> list[AgendaEntry]:
        """The agenda as the note's headings make it, in order."""
        return list(self.note.structure().agenda)

    def current_section(self) -> str | None:
        """The agenda item whose section the cursor is in; None in the opening section."""
        return self.note.structure().section_at(self.textCursor().blockNumber())

    def agenda_item_title(self, item_id: str) -> str | None:
        return next((e.title for e in self.note.structure().agenda if e.id == item_id), None)

    def footnotes(self) -> list[NumberedFootnote]:
        """Every footnote in the note, numbered, in number order."""
        return numbered_footnotes(
            self.note.structure().footnote_numbers, self.note.footnote_texts()
        )

    # Reading where the cursor is

    def current_block(self) -> QTextBlock:
        return self.textCursor().block()

    def current_paragraph_id(self) -> str | None:
        """The paragraph the cursor is in (a sub-item's paragraph); None in a heading."""
        return self._place().paragraph_id

    def current_kind(self) -> BlockKind:
        """What the block at the cursor is, as the note shows it."""
        return self._place().kind

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
        self._marker_highlighted = True

    def _scroll_cursor_to_a_third(self) -> None:
        """Scroll so that the cursor's line sits a third of the way down, its context above."""
        bar = self.verticalScrollBar()
        line = self.cursorRect().top() + bar.value()
        bar.setValue(max(0, min(line - self.viewport().height() // 3, bar.maximum())))

    def _scroll_block_to_top(self, block: QTextBlock) -> None:
        rect = self.note.documentLayout().blockBoundingRect(block)
        bar = self.verticalScrollBar()
        bar.setValue(min(int(rect.top()), bar.maximum()))

    # The margin: paragraph numbers and sub-item letters, drawn, never typed

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensureCursorVisible()  # the note is laid out only now: where the cursor is

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._margin.forget()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        labels = self.margin_labels(event.rect())
        if not labels:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        font = None
        for label in labels:
            if label.font is not font:
                font = label.font
                painter.setFont(font)
            painter.drawText(label.baseline, label.text)
        painter.end()

    def margin_labels(self, area: QRect | None = None) -> list[MarginLabel]:
        """The paragraph numbers and sub-item letters drawn in the margin of `area` (of the
        whole viewport by default), top to bottom: what the user sees."""
        return self._margin.labels_in(area or self.viewport().rect())

    def _on_structure_changed(self) -> None:
        self._margin.forget()  # a note loaded, perhaps in another font
        self.viewport().update()
        self._on_cursor_moved()
        self.structure_changed.emit()

    def _on_cursor_moved(self) -> None:
        """At every keystroke: the rest only when the cursor is in another block than it was,
        or the structure changed (and so the rows)."""
        if self._marker_highlighted:
            self._marker_highlighted = False
            self.setExtraSelections([])
        number = self.textCursor().blockNumber()
        rows = self.note.structure().rows
        place = rows[number] if number < len(rows) else None
        if place is self._place_at_cursor:
            return
        self._place_at_cursor = place
        section = place.section_id if place else None
        if section != self._section:
            self._section = section
            self.current_section_changed.emit(section)
        self.place_changed.emit()
