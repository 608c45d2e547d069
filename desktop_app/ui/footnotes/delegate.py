"""Paints a footnote's row (its number, then its formatted text) and opens its editor.

Row heights are measured once per text, width and font, in one shared document.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.common.item_views import Index, draw_row_background
from desktop_app.ui.footnotes.model import FOOTNOTE_ROLE
from desktop_app.ui.footnotes.text import read_inline, write_inline
from desktop_app.ui.footnotes.text_editor import FootnoteEditor

if TYPE_CHECKING:
    from desktop_app.ui.footnotes.footnote_list import FootnoteList

EMPTY_FOOTNOTE = "Empty footnote"
PADDING_X, PADDING_Y, GAP = 6, 5, 8


class FootnoteDelegate(QStyledItemDelegate):
    """Paints a footnote (number, then formatted text) and opens its editor."""

    text_changed = Signal()  # in the open editor
    committed = Signal(str, object)  # footnote id, Inline
    finished = Signal(str)  # Esc or Enter in the editor

    def __init__(self, view: FootnoteList) -> None:
        super().__init__(view)
        self._view = view
        self.editor: FootnoteEditor | None = None
        self._editor_height = 0
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._document.setUndoRedoEnabled(False)
        self._heights: dict[tuple[str, int, str], int] = {}
        self.found: tuple[str, int, int] | None = None  # footnote id, start, end: a match

    # Geometry

    def number_width(self, option: QStyleOptionViewItem) -> int:
        digits = max(2, len(str(self._view.model().largest_number())))
        return option.fontMetrics.horizontalAdvance("0" * digits)

    def text_rect(self, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        left = rect.left() + PADDING_X + self.number_width(option) + GAP
        width = rect.right() - PADDING_X - left + 1
        return QRect(left, rect.top() + PADDING_Y, width, rect.height() - 2 * PADDING_Y)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = QRect(0, 0, self._view.viewport().width(), 100)
        width = max(40, self.text_rect(option, row).width())
        editor = self.editor
        if editor is not None and editor.index.row() == index.row():
            height = self._editor_height
        else:
            height = self._height_of(index.data(FOOTNOTE_ROLE).text, width, option.font)
        return QSize(row.width(), max(height, option.fontMetrics.height()) + 2 * PADDING_Y)

    def _height_of(self, text: Inline, width: int, font: QFont) -> int:
        key = (text.markup, width, font.key())
        if key not in self._heights:
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = math.ceil(self._laid_out(text, width, font).size().height())
        return self._heights[key]

    def _laid_out(self, text: Inline, width: int, font: QFont) -> QTextDocument:
        """The shared document holding the text, laid out once at that width."""
        if self._document.defaultFont() != font:
            self._document.setDefaultFont(font)
        self._document.clear()
        self._document.setTextWidth(width)
        write_inline(self._document, text)
        return self._document

    # Painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        footnote: NumberedFootnote = index.data(FOOTNOTE_ROLE)
        opt, _style = draw_row_background(self, painter, option, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole
        text_color = opt.palette.color(group, role.HighlightedText if selected else role.Text)
        quiet_color = text_color if selected else opt.palette.color(group, role.PlaceholderText)
        text_rect = self.text_rect(opt, opt.rect)
        number_width, line_height = self.number_width(opt), opt.fontMetrics.height()
        number_rect = QRect(opt.rect.left() + PADDING_X, text_rect.top(), number_width, line_height)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(quiet_color)
        right_top = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(number_rect, right_top, str(footnote.number))
        editing = self.editor is not None and self.editor.index.row() == index.row()
        if not footnote.text and not editing:
            painter.setFont(_italic(opt.font))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, EMPTY_FOOTNOTE)
        elif not editing:
            document = self._laid_out(footnote.text, text_rect.width(), opt.font)
            if self.found and self.found[0] == footnote.id:
                _highlight(document, *self.found[1:], opt.palette)
            context = QAbstractTextDocumentLayout.PaintContext()
            palette = QPalette(opt.palette)
            palette.setColor(role.Text, text_color)
            context.palette = palette
            painter.translate(text_rect.topLeft())
            document.documentLayout().draw(painter, context)
        painter.restore()

    # Editing

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = FootnoteEditor(index.data(FOOTNOTE_ROLE), index, parent)
        editor.setFont(option.font)
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._editor_resized(editor))
        self.editor = editor
        self._editor_height = option.fontMetrics.height()
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Filled once: later changes to the model must not disturb the person typing.
        if not isinstance(editor, FootnoteEditor) or editor.loaded:
            return
        write_inline(editor.document(), index.data(FOOTNOTE_ROLE).text)
        editor.document().clearUndoRedoStacks()
        editor.loaded = True
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        click = self._view.take_click_point()
        if click is not None and editor.geometry().contains(click):
            # The editor is not shown yet: lay the text out as it will be, then place the cursor.
            editor.document().setTextWidth(editor.width())
            cursor = editor.cursorForPosition(click - editor.geometry().topLeft())
        editor.setTextCursor(cursor)
        editor.textChanged.connect(self.text_changed)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(self.text_rect(option, option.rect))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, FootnoteEditor) and editor.loaded:
            self.committed.emit(editor.footnote_id, read_inline(editor.document()))

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        finishing = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            isinstance(watched, FootnoteEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in finishing
        ):
            self.close_editor(watched)
            self.finished.emit(watched.footnote_id)
            return True
        return super().eventFilter(watched, event)

    def close_editor(self, editor: FootnoteEditor) -> None:
        """Commit the editor's text and close it."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def forget_heights(self) -> None:
        self._heights.clear()

    def _editor_resized(self, editor: FootnoteEditor) -> None:
        height = math.ceil(editor.document().size().height())
        if editor is self.editor and height != self._editor_height:
            self._editor_height = height
            self.sizeHintChanged.emit(self._view.model().index(editor.index.row(), 0))


def _highlight(document: QTextDocument, start: int, end: int, palette: QPalette) -> None:
    """Words found, shown as the note shows them: selected."""
    cursor = QTextCursor(document)
    last = document.characterCount() - 1
    cursor.setPosition(min(start, last))
    cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
    marked = QTextCharFormat()
    marked.setBackground(palette.color(QPalette.ColorRole.Highlight))
    marked.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    cursor.mergeCharFormat(marked)


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic
