"""Ctrl+F: find words in the note and its footnotes, as you type; Ctrl+H: replace them too.

In the find field Enter goes to the next match and Shift+Enter to the previous; in the
replace field Enter replaces the match shown and goes to the next; Esc closes the bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

NO_MATCHES = "No matches"


class FindBar(QWidget):
    """Emits what the user asks for; the window finds, replaces and reports back.
    find_requested(words, direction): 0 as they are typed (from the match shown), 1 the
    next match, -1 the previous. replace_requested / replace_all_requested(words, with)."""

    find_requested = Signal(str, int)
    replace_requested = Signal(str, str)
    replace_all_requested = Signal(str, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = self._line("Find in the note", "Words to find in the note and footnotes")
        self.replacement = self._line("Replace with", "Words to put in their place")
        self.result = QLabel("", self)
        self.result.setAccessibleName("Find result")
        self.result.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 of 888") + 8)
        self.match_case = QCheckBox("Match ca&se", self)
        self.match_case.setAccessibleName("Match case")
        self.match_case.setToolTip("Find only the words in the letter case typed")
        self.previous = self._tool("↑", "Previous match", "Previous match (Shift+Enter)")
        self.next = self._tool("↓", "Next match", "Next match (Enter)")
        close = self._tool("×", "Close the find bar", "Close (Esc)")
        self.replace_button = QPushButton("&Replace", self)
        self.replace_button.setAccessibleName("Replace")
        self.replace_button.setToolTip("Replace the match shown, then show the next (Enter)")
        self.replace_all_button = QPushButton("Replace a&ll", self)
        self.replace_all_button.setAccessibleName("Replace all")
        self.replace_all_button.setToolTip("Replace every match, in one step of undo")
        self._lay_out(close)
        self.field.textEdited.connect(lambda words: self.find_requested.emit(words, 0))
        self.match_case.toggled.connect(lambda: self.find_requested.emit(self.words(), 0))
        self.previous.clicked.connect(lambda: self.find_requested.emit(self.words(), -1))
        self.next.clicked.connect(lambda: self.find_requested.emit(self.words(), 1))
        close.clicked.connect(self.close_bar)
        self.replace_button.clicked.connect(self._replace)
        self.replace_all_button.clicked.connect(
            lambda: self.replace_all_requested.emit(self.words(), self.replacement.text())
        )
        self.hide()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def _tool(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _lay_out(self, close: QToolButton) -> None:
        find_label = QLabel("Fi&nd:", self)
        find_label.setBuddy(self.field)
        self._replace_label = QLabel("Replace &with:", self)
        self._replace_label.setBuddy(self.replacement)
        find_row = QHBoxLayout()
        for widget in (self.result, self.previous, self.next, self.match_case):
            find_row.addWidget(widget)
        find_row.addStretch(1)
        find_row.addWidget(close)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.field, 0, 1)
        grid.addLayout(find_row, 0, 2)
        grid.addWidget(self._replace_label, 1, 0)
        grid.addWidget(self.replacement, 1, 1)
        grid.addLayout(replace_row, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self._replace_row = [self._replace_label, self.replacement]
        self._replace_row += [self.replace_button, self.replace_all_button]

    # The window's side

    def open_bar(self, words: str = "", replacing: bool = False) -> None:
        """Show the bar, with the replace row for Ctrl+H; the keyboard goes to the words
        to find, or, when they are there already, to what replaces them."""
        if words:
            self.field.setText(words)
        self.set_replacing(replacing)
        self.show()
        target = self.replacement if replacing and self.field.text() else self.field
        target.setFocus()
        target.selectAll()
        if self.field.text():
            self.find_requested.emit(self.field.text(), 0)

    def set_replacing(self, replacing: bool) -> None:
        for widget in self._replace_row:
            widget.setVisible(replacing)

    def set_read_only(self, read_only: bool) -> None:
        """Finding, never replacing, in a note that cannot change."""
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            widget.setEnabled(not read_only)

    def words(self) -> str:
        return self.field.text()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, number: int, count: int) -> None:
        """ "3 of 12", or "No matches" when there are words and none is found."""
        if count:
            self.result.setText(f"{number} of {count}")
        else:
            self.result.setText(NO_MATCHES if self.field.text() else "")

    def show_replaced(self, count: int) -> None:
        self.result.setText(f"{count} replaced" if count else NO_MATCHES)

    # Keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif enter and self.replacement.hasFocus():
            self._replace()
        elif enter and isinstance(button := self.focusWidget(), QPushButton | QToolButton):
            button.click()
        elif enter:
            self.find_requested.emit(self.words(), -1 if backwards else 1)
        else:
            super().keyPressEvent(event)

    def _replace(self) -> None:
        self.replace_requested.emit(self.words(), self.replacement.text())
