"""Help › Keyboard shortcuts and Help › About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import __version__


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = html.escape(action.text().replace("&", ""))
            rows.append(f"<tr><td>{name}</td><td><b>{html.escape(keys)}</b></td></tr>")
    QMessageBox.information(parent, "Keyboard shortcuts", "<table>" + "".join(rows) + "</table>")


def show_about(parent: QWidget, library: Path) -> None:
    QMessageBox.about(
        parent,
        "About Rapporteur",
        f"<b>Rapporteur {__version__}</b><p>Draft the notes of meetings: numbered "
        "paragraphs, footnotes, sub-items and action items, saved as you type.</p>"
        f"<p>Library: {html.escape(str(library))}</p>",
    )
