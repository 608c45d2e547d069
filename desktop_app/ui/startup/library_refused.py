"""The dialog shown when the library cannot be opened for writing at start-up (a full
disk, a removed disk, a file gone): what happened, and the ways on."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class Choice(enum.Enum):
    READ_ONLY = "read-only"
    ANOTHER_FILE = "another file"
    QUIT = "quit"


class LibraryRefusedDialog(QDialog):
    """Says why the library cannot be opened and offers read-only access (when the file is
    there to be read), another file, or quitting."""

    def __init__(self, message: str, can_read: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rapporteur cannot open the library")
        self.setAccessibleName("Rapporteur cannot open the library")
        self.choice = Choice.QUIT
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        self.message.setAccessibleName("What happened")
        buttons = QDialogButtonBox(self)
        self.read_only = self._button(buttons, "Open &read-only", Choice.READ_ONLY)
        self.read_only.setEnabled(can_read)
        self.another_file = self._button(buttons, "&Choose another file…", Choice.ANOTHER_FILE)
        self.quit = self._button(buttons, "&Quit", Choice.QUIT)
        (self.read_only if can_read else self.another_file).setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(16)
        layout.addLayout(self._explanation())
        layout.addWidget(buttons)

    def _explanation(self) -> QHBoxLayout:
        """A warning sign beside the headline and the message."""
        sign = QLabel(self)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        sign.setPixmap(warning.pixmap(40, 40))
        headline = QLabel("<b>The library cannot be opened for writing</b>", self)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(headline)
        text.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return row

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()


def ask(message: str, can_read: bool) -> Choice:
    """Show the dialog and wait for the user's choice (Escape or closing it: quit)."""
    dialog = LibraryRefusedDialog(message, can_read)
    dialog.exec()
    return dialog.choice


def choose_library_file(current: Path) -> Path | None:
    """Another library file, existing or new; None if the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        None,
        "Choose a library file",
        str(current.parent),
        "Rapporteur libraries (*.rapporteur);;All files (*)",
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(chosen) if chosen else None
