"""Drag and drop in the agenda: where a dropped item goes, and whether it may go there.

An item moves among its siblings, or becomes a sub-item of a level-1 item, or a level-1 item
itself; an item with sub-items never becomes a sub-item. The tree changes nothing itself: a
drop only emits `move_requested`, and the window answers with `set_agenda`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.ui.agenda.delegate import ID_ROLE

Drop = QAbstractItemView.DropIndicatorPosition

MIME_TYPE = "application/x-rapporteur-agenda-item"


class AgendaDragAndDrop(QTreeWidget):
    """The agenda tree's drag and drop, and the moves it allows."""

    move_requested = Signal(str, object, int)  # id, new parent id or None, index there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._read_only = False
        self._items: dict[str, QTreeWidgetItem] = {}

    def move_target_for_drop(
        self, item_id: str, target_id: str | None, position: Drop
    ) -> tuple[str | None, int] | None:
        """Where dropping `item_id` at `position` of `target_id` moves it: (new parent id,
        index among that parent's children once the item is taken out), or None if the drop
        would change nothing or is not allowed."""
        item = self._items.get(item_id)
        target = self._items.get(target_id) if target_id else None
        if item is None or (target_id and target is None):
            return None
        has_children = item.childCount() > 0
        if target is None:
            return self._unless_unchanged(item, None, len(self._siblings(None, item)))
        target_parent = target.parent()
        if target is item or target_parent is item:
            return None
        if position == Drop.OnItem and target_parent is None:
            if has_children:
                return None
            return self._unless_unchanged(item, target, len(self._siblings(target, item)))
        if position == Drop.AboveItem:
            if target_parent is not None and has_children:
                return None
            siblings = self._siblings(target_parent, item)
            return self._unless_unchanged(item, target_parent, siblings.index(target))
        # Below an item, or on a sub-item (which takes no children).
        if target_parent is None and target.isExpanded() and self._siblings(target, item):
            if has_children:
                return None
            return self._unless_unchanged(item, target, 0)
        if target_parent is not None and has_children:
            siblings = self._siblings(target_parent, None)
            if target is not siblings[-1]:
                return None
            target, target_parent = target_parent, None
        siblings = self._siblings(target_parent, item)
        return self._unless_unchanged(item, target_parent, siblings.index(target) + 1)

    # Qt's side

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME_TYPE, items[0].data(0, ID_ROLE).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if self.drop_target(event) is None:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move; the tree itself changes nothing (the window calls set_agenda)."""
        target = self.drop_target(event)
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if target is None:
            event.ignore()
            return
        # Accepted with no action, so that the drag source does not remove the item either.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        item_id = bytes(event.mimeData().data(MIME_TYPE).data()).decode()
        self.move_requested.emit(item_id, *target)

    # Inside

    def _siblings(
        self, parent: QTreeWidgetItem | None, leaving: QTreeWidgetItem | None
    ) -> list[QTreeWidgetItem]:
        """The children of `parent` (None: the level-1 items), without `leaving`."""
        if parent is None:
            children = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        else:
            children = [parent.child(i) for i in range(parent.childCount())]
        return [child for child in children if child is not None and child is not leaving]

    def _unless_unchanged(
        self, item: QTreeWidgetItem, parent: QTreeWidgetItem | None, index: int
    ) -> tuple[str | None, int] | None:
        if parent is item.parent() and index == self._siblings(parent, None).index(item):
            return None
        return (parent.data(0, ID_ROLE) if parent else None, index)

    def drop_target(self, event: QDropEvent) -> tuple[str | None, int] | None:
        """Where a drop moves the dragged item, as `move_target_for_drop` says."""
        if self._read_only or not event.mimeData().hasFormat(MIME_TYPE):
            return None
        item_id = bytes(event.mimeData().data(MIME_TYPE).data()).decode()
        point = event.position().toPoint()
        target = self.itemAt(point)
        if target is None:
            return self.move_target_for_drop(item_id, None, Drop.OnViewport)
        position = self._drop_position(target, point)
        return self.move_target_for_drop(item_id, target.data(0, ID_ROLE), position)

    def _drop_position(self, target: QTreeWidgetItem, point: QPoint) -> Drop:
        """Above, on or below the target, as Qt draws the drop indicator."""
        rect = self.visualItemRect(target)
        margin = max(2, min(round(rect.height() / 5.5), 12))
        if point.y() - rect.top() < margin:
            return Drop.AboveItem
        if rect.bottom() - point.y() < margin:
            return Drop.BelowItem
        if target.flags() & Qt.ItemFlag.ItemIsDropEnabled:
            return Drop.OnItem
        return Drop.AboveItem if point.y() < rect.center().y() else Drop.BelowItem
