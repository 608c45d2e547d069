"""The status line's lasting parts: the export's progress, "Saved" said honestly, and the
hints about the place the cursor is in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QTextEdit

from desktop_app.ui.window.status_hints import CursorHints


def build_status_line(
    window: QMainWindow, editor: QTextEdit
) -> tuple[QProgressBar, QLabel, CursorHints]:
    """The export's progress bar, the save status and the cursor's hints, in `window`'s bar."""
    progress = QProgressBar(window)
    progress.setRange(0, 0)  # busy: the writers do not report steps
    progress.setMaximumWidth(160)
    progress.setAccessibleName("Export in progress")
    progress.hide()
    window.statusBar().addPermanentWidget(progress)
    saved = QLabel("", window)
    saved.setObjectName("savedLabel")
    saved.setAccessibleName("Save status")
    window.statusBar().addPermanentWidget(saved)
    return progress, saved, CursorHints(window.statusBar(), editor)
