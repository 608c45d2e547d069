"""File › Export…: the dialog, the export in the background, and what the window says when
it is done or failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.ui.window.snapshots import keep_snapshot, note_on_screen

if TYPE_CHECKING:
    from desktop_app.ui.export.dialog import ExportChoice
    from desktop_app.ui.export.jobs import ExportJob
    from desktop_app.ui.window.main_window import MainWindow


class Exporting:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def export_note(self) -> None:
        # The dialog and the formats load at the first export: the start needs neither.
        from desktop_app.formats.export import ExportFormat
        from desktop_app.ui.export.dialog import ExportDialog, file_name_for

        w = self.window
        if w.session is None:
            return
        folder, export_format, open_when_done = w.settings.export_preferences()
        chosen_format = (
            ExportFormat(export_format) if export_format in set(ExportFormat) else ExportFormat.DOCX
        )
        dialog = ExportDialog(
            w, file_name_for(w.session.meeting), folder, chosen_format, open_when_done
        )
        accepted = dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        w.activateWindow()
        if accepted:
            self.start_export(choice)

    def start_export(self, choice: ExportChoice) -> ExportJob | None:
        """Export in the background; the window goes on, and says when it is done."""
        w = self.window
        if w.session is None:
            return None
        w.settings.set_export_preferences(
            choice.path.parent, choice.format.value, choice.open_when_done
        )
        exported = note_on_screen(w)
        assert exported is not None
        keep_snapshot(w, exported, "export")  # what was issued can be seen again
        w.statusBar().showMessage(f"Exporting to {choice.path}…")
        return w.exports.start(exported, choice)

    def exported(self, path: str, open_it: bool) -> None:
        self.window.statusBar().showMessage(f"Exported to {path}.", 10000)
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def export_failed(self, message: str) -> None:
        self.window.statusBar().showMessage("The export failed.", 10000)
        self.window.warn("Export failed", message)
