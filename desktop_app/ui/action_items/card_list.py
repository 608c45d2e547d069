"""The list of action item cards: its keys and its context menu, each asking the pane by a
signal."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu


class ActionItemList(QListView):
    """The list itself: Space completes, Delete deletes, Enter shows the paragraph."""

    toggle_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)
    activate_requested = Signal(QModelIndex)
    edit_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_requested.emit(index)
                return
            if key == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete):
                self.delete_requested.emit(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_requested.emit(index)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        menu = QMenu(self)
        for text, keys, signal in (
            ("Show its paragraph", "Enter", self.activate_requested),
            ("Edit", "F2", self.edit_requested),
            ("Mark done or open", "Space", self.toggle_requested),
            ("Delete", "Del", self.delete_requested),
        ):
            action = menu.addAction(f"{text}\t{keys}")
            action.setEnabled(editable or signal is self.activate_requested)
            action.triggered.connect(lambda _=False, s=signal: s.emit(index))
        menu.exec(event.globalPos())
