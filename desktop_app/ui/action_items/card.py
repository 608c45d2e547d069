"""An action item as a card in the list: check box, what, then owner, due date, status and
paragraph in quieter lines. The delegate paints it and opens its editor in place, and puts
what is typed there into the model at once, so that it is saved like the rest of the
meeting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.card_editor import ActionItemEditor
from desktop_app.ui.action_items.model import FIELD_ROLES, FIELDS, ActionItemsModel, meta_lines
from desktop_app.ui.common.item_views import Index, Measurements

PADDING = 8
_GAP = 8


@dataclass
class _CardLayout:
    """Where each part of one action item goes in its row."""

    check: QRect
    what: QRect
    meta: list[tuple[QRect, str]]
    height: int


class ActionItemDelegate(QStyledItemDelegate):
    """Paints an action item as a small card, and edits it with `ActionItemEditor`."""

    check_clicked = Signal(QModelIndex)
    step_ended = Signal()  # what is changed next is a step of its own for undo

    def __init__(self, view: QListView, model: ActionItemsModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self.editor: ActionItemEditor | None = None
        self.editing: QPersistentModelIndex | None = None
        self._heights: Measurements[int] = Measurements()

    # Layout and painting

    def _meta_font(self, font: QFont) -> QFont:
        meta = QFont(font)
        meta.setPointSizeF(font.pointSizeF() * 0.9)
        return meta

    def _layout(self, item: NumberedActionItem, font: QFont, top: int, width: int) -> _CardLayout:
        style = self._view.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        line = QFontMetrics(font)
        check_top = top + PADDING + max(0, (line.height() - size) // 2)
        check = QRect(PADDING, check_top, size, size)
        left = PADDING + size + _GAP
        text_width = max(40, width - left - PADDING - 4)
        what_height = self._wrapped_height(font, text_width, item.what)
        what = QRect(left, top + PADDING, text_width, max(what_height, line.height()))
        meta_font = self._meta_font(font)
        y = what.bottom() + 1 + 3
        meta = []
        for text in meta_lines(item):
            height = self._wrapped_height(meta_font, text_width, text)
            meta.append((QRect(left, y, text_width, height), text))
            y += height + 1
        return _CardLayout(check, what, meta, y - top + PADDING - 1)

    def _wrapped_height(self, font: QFont, width: int, text: str) -> int:
        """The height of the text wrapped to the width; measuring is most of a card's cost."""
        area = QRect(0, 0, width, 100000)
        return self._heights.get(
            (font.key(), width, text),
            lambda: QFontMetrics(font).boundingRect(area, Qt.TextFlag.TextWordWrap, text).height(),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        item = self._model.item(index.row())
        height = self._layout(item, option.font, 0, width).height
        if self.editor is not None and self.editing is not None and self.editing == index:
            height = max(height, self.editor.sizeHint().height())
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = self._model.item(index.row())
        rect = option.rect
        style = self._view.style()
        painter.save()
        panel = QStyleOptionViewItem(option)
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, self._view
        )
        card = self._layout(item, option.font, rect.top(), rect.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(text_role)
        check = card.check.translated(rect.left(), 0)
        self._draw_check(painter, option, check, item.status, text_colour)
        self._draw_words(painter, option, card, item, text_colour)
        separator = QColor(option.palette.color(QPalette.ColorRole.Mid))
        separator.setAlphaF(0.4)
        painter.setPen(separator)
        painter.drawLine(rect.left() + PADDING, rect.bottom(), rect.right(), rect.bottom())
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(option)
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self._view
            )
        painter.restore()

    def _draw_check(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        status: ActionStatus,
        text_colour: QColor,
    ) -> None:
        """The check box, ticked when the item is done."""
        check = QStyleOptionViewItem(option)
        check.rect = rect
        check.state = (option.state & ~QStyle.StateFlag.State_HasFocus) | (
            QStyle.StateFlag.State_On if status is ActionStatus.DONE else QStyle.StateFlag.State_Off
        )
        self._view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, self._view
        )
        # Fusion outlines the box in a shade of the window colour, which all but vanishes on
        # a dark palette: an outline in the text colour keeps it visible on any palette.
        outline = QColor(text_colour)
        outline.setAlphaF(0.55)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)

    def _draw_words(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        card: _CardLayout,
        item: NumberedActionItem,
        text_colour: QColor,
    ) -> None:
        """What must be done (struck out once settled), then the quieter lines."""
        shift = option.rect.left()
        quiet = QColor(text_colour)
        quiet.setAlphaF(0.65)
        settled = item.status is not ActionStatus.OPEN
        font = QFont(option.font)
        font.setStrikeOut(settled)
        painter.setFont(font)
        painter.setPen(quiet if settled else text_colour)
        painter.drawText(card.what.translated(shift, 0), Qt.TextFlag.TextWordWrap, item.what)
        painter.setFont(self._meta_font(option.font))
        painter.setPen(quiet)
        for meta_rect, text in card.meta:
            painter.drawText(meta_rect.translated(shift, 0), Qt.TextFlag.TextWordWrap, text)

    def check_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect:
        item = self._model.item(index.row())
        card = self._layout(item, option.font, option.rect.top(), option.rect.width())
        # A little slack around the box, so that it is easy to hit.
        return card.check.translated(option.rect.left(), 0).adjusted(-4, -4, 4, 4)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        kinds = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if event.type() not in kinds or self._model.read_only:
            return False
        assert isinstance(event, QMouseEvent)
        on_box = self.check_rect(option, index).contains(event.position().toPoint())
        if not on_box or event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.check_clicked.emit(index)
        return True

    # Editing

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = ActionItemEditor(parent, self._model.item(index.row()))
        editor.finished.connect(lambda keep: self._finished(editor, keep))
        editor.changed.connect(lambda: self._typed(editor))
        self.editor = editor
        self.editing = QPersistentModelIndex(index)
        self.step_ended.emit()
        self.sizeHintChanged.emit(index)
        return editor

    def _typed(self, editor: ActionItemEditor) -> None:
        """Every keystroke reaches the model, the editor staying open, its caret in place."""
        if editor is self.editor and editor.loaded and self._editing_index().isValid():
            self.setModelData(editor, self._model, self._editing_index())

    def _finished(self, editor: ActionItemEditor, keep: bool) -> None:
        if keep:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        else:
            self.step_ended.emit()  # Esc is a step of its own: Ctrl+Z brings the words back
            self._revert(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def _revert(self, editor: ActionItemEditor) -> None:
        """What was typed has been saved as it came: put back what the item was."""
        index = self._editing_index()
        if editor is not self.editor or not index.isValid():
            return
        for field in FIELDS:
            before = getattr(editor.original, field)
            if self._model.data(index, FIELD_ROLES[field]) != before:
                self._model.setData(index, before, FIELD_ROLES[field])

    def _editing_index(self) -> QModelIndex:
        if self.editing is None or not self.editing.isValid():
            return QModelIndex()
        return self._model.index(self.editing.row())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Only once: later updates of the row must not wipe out what is being typed.
        if isinstance(editor, ActionItemEditor) and not editor.loaded:
            editor.show_item(self._model.item(index.row()))
            editor.loaded = True

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ActionItemEditor)
        for field, value in editor.values().items():
            if field == "what" and not value:
                continue  # an empty request is no request: keep the words it had
            model.setData(index, value, FIELD_ROLES[field])

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, ActionItemEditor):
            editor.stop_watching_focus()
        if editor is self.editor:
            self.editor = None
            self.editing = None
            if index.isValid():
                self.sizeHintChanged.emit(index)
        super().destroyEditor(editor, index)
