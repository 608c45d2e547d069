"""Ctrl+F: find words in the note, as you type; Enter for the next, Shift+Enter the previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Emits find_requested(text, direction) and closed; the window runs the search.
    Direction: 0 as you type (from the current match), 1 the next match, -1 the previous."""

    find_requested = Signal(str, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        label = QLabel("&Find:", self)
        self.field = QLineEdit(self)
        self.field.setAccessibleName("Find in the note")
        self.field.setPlaceholderText("Words to find in the note")
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.result = QLabel("", self)
        self.result.setAccessibleName("Find result")
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName("Close the find bar")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.field.textEdited.connect(lambda text: self.find_requested.emit(text, 0))
        self.hide()

    def open_bar(self, text: str = "") -> None:
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_result(self, found: bool) -> None:
        self.result.setText("" if found or not self.field.text() else "Not found")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.find_requested.emit(self.field.text(), -1 if backwards else 1)
        else:
            super().keyPressEvent(event)
