"""Closing the window: everything typed saved and made durable first; if it cannot be, the
user decides, unless the application must end now (a stop signal, the session ending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


def save_everything(window: MainWindow) -> bool:
    """Everything typed written to the library and made durable (closing, the end of the
    application); True when it is, or when there is nothing this window can write."""
    window.take_pending_edits()
    if window.session is None or window.library.read_only:
        return True
    return window.session.save_and_flush()


def close_window(window: MainWindow, event: QCloseEvent) -> None:
    """Accept `event` once the meeting is saved (or the user lets it go), and the window's
    size and docks, and an export under way, are seen to."""
    if not save_everything(window) and not window.ending:
        answer = QMessageBox.warning(
            window,
            "Not saved",
            "The latest changes could not be saved. Close anyway and lose them?",
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            event.ignore()
            return
    if window.session:
        window.session.close()
        window.session = None
    window.library_page.put_panes_back()
    window.settings.save_window(window.saveGeometry(), window.saveState())
    window.settings.sync()
    if window.exports.is_busy():
        window.statusBar().showMessage("Finishing the export…")
        window.exports.finish_all()
    window.search_page.stop()
    window.importing.stop()  # no file read, nor meeting saved, after the window has gone
    event.accept()
