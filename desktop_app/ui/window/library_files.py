"""The library file from the window: Ctrl+S, a copy to go on working in, a backup put back,
and what the status line and the banner say about saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from desktop_app.store.backups import Backup
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from desktop_app.ui.window.window_state import enable_meeting_actions

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


class LibraryFiles:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def save(self) -> None:
        w = self.window
        w.take_pending_edits()
        if w.session and w.session.save_and_flush():
            w.statusBar().showMessage("Saved.", 3000)

    def save_copy(self) -> None:
        """File › Save a copy of the library as…: everything, the unsaved changes included,
        goes to a new file, which the window then works on (the way out when the library's
        own file cannot be written)."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Save a copy of the library",
            str(Path.home() / "library copy.rapporteur"), "Rapporteur library (*.rapporteur)",
        )  # fmt: skip
        if path:
            self.continue_in_copy(Path(path))

    def continue_in_copy(self, path: Path) -> bool:
        w = self.window
        try:
            w.library.save_copy(path)
            copy = Library.open(path)
        except LibraryError as error:
            w.warn("Cannot save a copy", error.message)
            return False
        old, w.library = w.library, copy
        w.welcome.set_library_path(path)
        if w.session:
            w.session.library = copy
            w.session.failing = False
            w.session.save_now()
        old.close()
        w.statusBar().showMessage(f"The library was saved as {path}; you are working on it.", 8000)
        return True

    def choose_backup(self) -> None:
        """File › Restore from a backup…"""
        from desktop_app.ui.backups import ask_backup_to_restore  # loaded when first asked for

        w = self.window
        if w.library.read_only:
            reason = w.read_only_reason or "This library is open read-only."
            w.warn("Cannot restore a backup", f"{reason} A backup cannot be restored here.")
            return
        backup = ask_backup_to_restore(w, w.library.path)
        if backup and w.meetings.leave_current_meeting():
            self.restore_backup(backup)

    def restore_backup(self, backup: Backup) -> None:
        """Put the backup in place of the library (what it held kept as a backup), then show it."""
        w = self.window
        try:
            restored = w.library.restore_backup(backup)
        except LibraryError as error:
            w.warn("Cannot restore the backup", error.message)
        else:
            message = "The backup was restored."
            if restored.kept_as:
                message += f" What the library held before is kept as {restored.kept_as.name}."
            w.statusBar().showMessage(message, 10000)
        enable_meeting_actions(w, False)
        w.meetings.start()

    def saved(self, when: dt.datetime) -> None:
        w = self.window
        w.saved_label.setText(f"Saved {when:%H:%M:%S}")
        w.saved_label.setToolTip(f"Everything is saved in {w.library.path}")
        if w.banner.kind == "error":
            w.banner.clear()
        if backup_problem := w.library.backups.take_problem():  # told once
            w.banner.show_notice(backup_problem)

    def save_failed(self, message: str) -> None:
        self.window.saved_label.setText("Not saved")
        self.window.banner.show_error(
            f"{message} Rapporteur keeps trying; your text is safe in this window."
        )
