"""What to import: files chosen in a file dialog that also offers "Paste text…" and "Import a
folder…"; a folder stands for every note in it; pasted text is typed or pasted in a box."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NOTE_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
FILTERS = "Notes (*.txt *.md *.docx *.pdf);;All files (*)"


class Source(Enum):
    FILES = "files"
    FOLDER = "folder"
    PASTE = "paste"


@dataclass
class Chosen:
    """What the user chose to import: files (a folder's notes among them), or pasted text."""

    files: list[Path] = field(default_factory=list)
    text: str | None = None


def notes_in_folder(folder: Path) -> list[Path]:
    """Every .txt, .md, .docx and .pdf file in `folder` (not in its sub-folders), by name."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in NOTE_SUFFIXES and p.is_file()),
        key=lambda p: p.name.casefold(),
    )


class NotesFileDialog(QFileDialog):
    """The files to import, several allowed; its buttons "Paste text…" and "Import a
    folder…" close it with `source` saying which was asked for."""

    def __init__(self, parent: QWidget | None, folder: str = "") -> None:
        super().__init__(parent, "Import notes", folder, FILTERS)
        self.source = Source.FILES
        # Qt's own dialog, so that it can carry the two buttons (a native one cannot).
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.paste_button = QPushButton("&Paste text…")
        self.folder_button = QPushButton("Import a &folder…")
        self.paste_button.clicked.connect(lambda: self._choose(Source.PASTE))
        self.folder_button.clicked.connect(lambda: self._choose(Source.FOLDER))
        row = QHBoxLayout()
        row.addWidget(self.paste_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QGridLayout):  # Qt's dialog: a grid, its buttons at the right
            layout.addLayout(row, layout.rowCount(), 0, 1, layout.columnCount())

    def _choose(self, source: Source) -> None:
        self.source = source
        self.done(QDialog.DialogCode.Rejected)


class PasteTextDialog(QDialog):
    """A box to paste a note's text into; Ctrl+Enter or Read reads it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste a note's text")
        self.resize(720, 520)
        about = QLabel("Paste the text of a note (from a PDF, a web page, an e-mail …):")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("The note's text")
        about.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.read_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_button.setText("&Read it")
        self.read_button.setShortcut("Ctrl+Return")
        self.read_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.read_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)


def ask_what_to_import(parent: QWidget, folder: str = "") -> Chosen:
    """The files or the text the user chose; nothing chosen when they cancelled."""
    dialog = NotesFileDialog(parent, folder)
    files = [Path(name) for name in dialog.selectedFiles()] if dialog.exec() else []
    source = dialog.source
    dialog.deleteLater()
    if source is Source.FOLDER:
        name = QFileDialog.getExistingDirectory(parent, "Import every note of a folder", folder)
        return Chosen(notes_in_folder(Path(name))) if name else Chosen()
    if source is Source.PASTE:
        paste = PasteTextDialog(parent)
        text = paste.text.toPlainText() if paste.exec() else None
        paste.deleteLater()
        return Chosen(text=text)
    return Chosen(files)
