"""What the panes' item views share: rows of wrapped text measured once, the row's background
as the style draws it, and a line of text where a view is empty."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex
Value = TypeVar("Value")


class Measurements(Generic[Value]):
    """Sizes measured once per key (a text and a width, say): a change repaints every row,
    and wrapping text is slow. All are forgotten when there are too many, or at `forget`
    after a change of font or style."""

    def __init__(self, most: int = 5000) -> None:
        self._known: dict[Hashable, Value] = {}
        self._most = most

    def get(self, key: Hashable, measure: Callable[[], Value]) -> Value:
        value = self._known.get(key)
        if value is None:
            if len(self._known) >= self._most:
                self._known.clear()
            value = self._known[key] = measure()
        return value

    def forget(self) -> None:
        self._known.clear()


def show_wrapped_rows(view: QListView) -> None:
    """One selectable row at a time, each as high as its text wrapped to the list's width."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)


def draw_row_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: Index,
) -> tuple[QStyleOptionViewItem, QStyle]:
    """Draw the row's background, selection and focus as the style does, without its text;
    return the row's style option (its text kept) and the style, to draw the rest with."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    style = opt.widget.style() if opt.widget else QApplication.style()
    text, opt.text = opt.text, ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    opt.text = text
    return opt, style


def draw_empty_text(view: QAbstractItemView, text: str) -> None:
    """For an empty view's paintEvent: the text at the top, centred, in the placeholder colour."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    area = view.viewport().rect().adjusted(12, 12, -12, -12)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    painter.drawText(area, int(flags) | Qt.TextFlag.TextWordWrap, text)
