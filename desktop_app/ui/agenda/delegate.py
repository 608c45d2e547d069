"""An agenda item's row: its columns and roles, the texts it shows, and the delegate that
paints it and edits its title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.core.outline import AgendaEntry
from desktop_app.ui.common.item_views import Index, Measurements, draw_row_background

if TYPE_CHECKING:
    from desktop_app.ui.agenda.tree import AgendaTree

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_COLUMN, RANGE_COLUMN = 0, 1
ROW_PADDING = 3


def item_text(label: str, title: str) -> str:
    """What the item column shows: the label, then the title."""
    title = title or "Untitled"
    return f"{label} {title}" if label else title


def range_description(paragraph_range: str) -> str:
    if not paragraph_range:
        return "No numbered paragraphs"
    many = "–" in paragraph_range or "-" in paragraph_range
    return f"Paragraph{'s' if many else ''} {paragraph_range}"


def show_entry(item: QTreeWidgetItem, entry: AgendaEntry) -> None:
    """Write an entry's texts into its item. The tree measures and repaints a row whenever
    told of a change: it is told only of the texts it shows, and only if they changed."""
    text = item_text(entry.label, entry.title)
    paragraphs = range_description(entry.paragraph_range)
    tree = item.treeWidget()
    model = tree.model() if tree is not None else None
    was_blocked = model.blockSignals(True) if model is not None else False
    try:  # neither measured nor drawn: read when asked for
        item.setData(0, TITLE_ROLE, entry.title)
        item.setData(0, LABEL_ROLE, entry.label)
        item.setToolTip(ITEM_COLUMN, f"{text}\n{paragraphs}")
        item.setToolTip(RANGE_COLUMN, paragraphs)
        item.setData(RANGE_COLUMN, Qt.ItemDataRole.AccessibleTextRole, paragraphs)
    finally:
        if model is not None:
            model.blockSignals(was_blocked)
    if item.text(ITEM_COLUMN) != text:
        item.setText(ITEM_COLUMN, text)
    if item.text(RANGE_COLUMN) != entry.paragraph_range:
        item.setText(RANGE_COLUMN, entry.paragraph_range)


def shows_entry(item: QTreeWidgetItem, entry: AgendaEntry) -> bool:
    """Whether the item shows the entry as it is (its level is the tree's shape)."""
    return (
        item.text(RANGE_COLUMN) == entry.paragraph_range
        and item.data(0, TITLE_ROLE) == entry.title
        and item.data(0, LABEL_ROLE) == entry.label
    )


class AgendaDelegate(QStyledItemDelegate):
    """Wraps long titles, subdues the range column, and edits the title alone."""

    def __init__(self, tree: AgendaTree) -> None:
        super().__init__(tree)
        self._tree = tree
        self.editor: QLineEdit | None = None
        self._sizes: Measurements[QSize] = Measurements()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == RANGE_COLUMN:
            placeholder = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, placeholder)
        else:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row's background and selection, then its text a little inside."""
        opt, style = draw_row_background(self, painter, option, index)
        state = QStyle.StateFlag
        if opt.state & state.State_Selected:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                selected_text = opt.palette.color(group, QPalette.ColorRole.HighlightedText)
                opt.palette.setColor(group, QPalette.ColorRole.Text, selected_text)
        opt.state &= ~(state.State_Selected | state.State_HasFocus | state.State_MouseOver)
        opt.backgroundBrush = QBrush()
        right = ROW_PADDING if index.column() == RANGE_COLUMN else 0
        opt.rect = opt.rect.adjusted(0, ROW_PADDING, -right, -ROW_PADDING)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Measured once per text and width: the tree asks again for every row whenever
        any row changes, and wrapping a title is slow."""
        column = index.column()
        width = max(40, self._tree.item_column_width(index)) if column == ITEM_COLUMN else 0
        key = (column, index.data(Qt.ItemDataRole.DisplayRole), width)
        measured_by_style = super().sizeHint

        def measure() -> QSize:
            sized = QStyleOptionViewItem(option)
            if column == ITEM_COLUMN:
                # The tree gives no width to measure wrapped text against: give it the column's.
                sized.rect = QRect(0, 0, width, 1)
            right = ROW_PADDING if column == RANGE_COLUMN else 0
            padding = QMargins(0, ROW_PADDING, right, ROW_PADDING)
            return measured_by_style(sized, index).grownBy(padding)

        return QSize(self._sizes.get(key, measure))

    def forget_sizes(self) -> None:
        """After a change of font or style, which changes every size."""
        self._sizes.forget()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName("Agenda item title")
        editor.setFrame(False)
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(TITLE_ROLE) or "")
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            self._tree.rename_from_editor(index.data(ID_ROLE), editor.text())
