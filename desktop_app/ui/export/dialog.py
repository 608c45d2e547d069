"""File › Export…: choose a format and a file (the export itself runs in ui/export/jobs.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import Meeting
from desktop_app.formats.export import ExportFormat


@dataclass(frozen=True)
class ExportChoice:
    format: ExportFormat
    path: Path
    open_when_done: bool


def file_name_for(meeting: Meeting) -> str:
    """A file name from the symbol ("WG-REL-2017-7"), else the title."""
    name = meeting.symbol or meeting.title or "note"
    return re.sub(r"[^\w.-]+", "-", name).strip("-.") or "note"


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        folder: Path,
        export_format: ExportFormat,
        open_when_done: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export the note")
        self.setMinimumWidth(560)
        self._format = QComboBox(self)
        self._format.setAccessibleName("Format")
        for each in ExportFormat:
            self._format.addItem(each.description, each)
        self._format.setCurrentIndex(list(ExportFormat).index(export_format))
        self._path = QLineEdit(str(folder / f"{name}{export_format.suffix}"), self)
        self._path.setAccessibleName("File")
        browse = QPushButton("&Browse…", self)
        browse.setAccessibleName("Choose the file")
        self._open = QCheckBox("&Open the file when it is done", self)
        self._open.setAccessibleName("Open the file when it is done")
        self._open.setChecked(open_when_done)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Export")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Export")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        file_row = QHBoxLayout()
        file_row.addWidget(self._path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("&Format:", self._format)
        file_label = QLabel("F&ile:", self)
        file_label.setBuddy(self._path)  # a row holding a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._open)
        layout.addWidget(buttons)
        self._format.currentIndexChanged.connect(self._format_changed)
        self._path.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            ExportFormat(self._format.currentData()), Path(self._path.text().strip()).expanduser(),
            self._open.isChecked(),
        )  # fmt: skip

    def _format_changed(self) -> None:
        export_format = ExportFormat(self._format.currentData())
        path = Path(self._path.text().strip() or "note")
        self._path.setText(str(path.with_suffix(export_format.suffix)))

    def _browse(self) -> None:
        export_format = ExportFormat(self._format.currentData())
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export the note as", self._path.text(),
            f"{export_format.description} (*{export_format.suffix})",
        )  # fmt: skip
        if chosen:
            self._path.setText(chosen)
