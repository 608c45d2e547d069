"""File › Import… (Ctrl+Shift+I): past notes brought into the library. One file or pasted
text shows its preview, and the meeting, imported as a draft, opens; many files or a folder
are read in a thread of their own behind a progress dialog, then a report says what became
of each. The dialogs and the readers load when first asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core.model import Meeting, MeetingStatus
from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.formats.importing import ImportedNote
    from desktop_app.ui.importing.batch import BatchImport, Outcome
    from desktop_app.ui.importing.batch_report import BatchReport
    from desktop_app.ui.importing.preview_dialog import ImportPreviewDialog
    from desktop_app.ui.window.main_window import MainWindow


class Importing:
    """Asks what to import, shows the preview or the progress, saves, opens."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.preview: ImportPreviewDialog | None = None  # one note's, while it is open
        self.batch: BatchImport | None = None  # many files', while they are read
        self.report: BatchReport | None = None  # the last batch's, while it is open
        self._folder = ""  # where the file dialog opened last
        window.actions.import_notes.triggered.connect(self.choose)

    def choose(self) -> None:
        """The file dialog (with Paste text… and Import a folder…), then the import."""
        from desktop_app.ui.importing.sources import ask_what_to_import

        if self.window.library.read_only or self.busy():
            return
        chosen = ask_what_to_import(self.window, self._folder)
        if chosen.files:
            self._folder = str(chosen.files[0].parent)
        if chosen.text is not None:
            self.import_text(chosen.text)
        elif chosen.files:
            self.import_files(chosen.files)

    def busy(self) -> bool:
        return self.preview is not None or self.batch is not None

    def import_files(self, files: list[Path]) -> None:
        """One file: its preview; several: each imported as it is, with a report."""
        if len(files) == 1:
            self.import_file(files[0])
        elif files:
            self.import_many(files)

    def import_folder(self, folder: Path) -> None:
        from desktop_app.ui.importing.sources import notes_in_folder

        try:
            files = notes_in_folder(folder)
        except OSError as error:
            self.window.warn("Cannot import the folder", f"{folder}: {error.strerror or error}")
            return
        if not files:
            self.window.warn(
                "Nothing to import", f"{folder} holds no note (.txt, .md, .docx or .pdf)."
            )
            return
        self.import_many(files)

    def import_file(self, path: Path) -> None:
        from desktop_app.formats.importing import ImportRefused, read_import

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            note = read_import(path)
        except ImportRefused as error:
            QGuiApplication.restoreOverrideCursor()
            self.window.warn("Cannot import the file", f"{error}\n\nNothing was imported.")
            return
        QGuiApplication.restoreOverrideCursor()
        self.show_preview(note)

    def import_text(self, text: str) -> None:
        from desktop_app.formats.importing import ImportRefused, read_pasted_text

        try:
            note = read_pasted_text(text)
        except ImportRefused as error:
            self.window.warn("Cannot import the text", f"{error}\n\nNothing was imported.")
            return
        self.show_preview(note)

    def show_preview(self, note: ImportedNote) -> None:
        """The preview, open beside the window until the user imports or cancels."""
        from desktop_app.ui.importing.preview_dialog import ImportPreviewDialog

        preview = self.preview = ImportPreviewDialog(self.window, note, self.save)
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        preview.open()

    def _preview_closed(self, preview: ImportPreviewDialog) -> None:
        self.preview = None
        preview.deleteLater()
        self.window.activateWindow()
        meeting = preview.imported
        if meeting is not None and self.window.meetings.open_meeting(meeting.id):
            self.window.library_page.put_panes_back()
            self.window.statusBar().showMessage(f"{meeting.title} imported as a draft.", 6000)

    def import_many(self, files: list[Path]) -> None:
        from desktop_app.ui.importing.batch import BatchImport

        batch = self.batch = BatchImport(self.window, files, self.save)
        batch.finished.connect(self._batch_finished)
        batch.start()

    def _batch_finished(self, outcomes: list[Outcome]) -> None:
        from desktop_app.ui.importing.batch_report import BatchReport

        if self.batch is not None:
            self.batch.deleteLater()
        self.batch = None
        if any(o.meeting is not None for o in outcomes) and self.window.session is None:
            self.window.library_page.show()  # the meetings imported, among the others
        report = self.report = BatchReport(self.window, outcomes)
        report.finished.connect(lambda _result: self._report_closed(report))
        report.open()

    def _report_closed(self, report: BatchReport) -> None:
        self.report = None
        report.deleteLater()
        self.window.activateWindow()

    def save(self, meeting: Meeting) -> None:
        """The meeting written to the library as a draft; a symbol already there refused."""
        library = self.window.library
        if meeting.symbol:
            taken = [m for m in library.find_meetings(meeting.symbol) if m.symbol == meeting.symbol]
            if taken:
                raise LibraryError(
                    f"A meeting with symbol {meeting.symbol} is already in the library "
                    f"({taken[0].title}); change the symbol, or leave it empty, to import "
                    "this one beside it."
                )
        meeting.status = MeetingStatus.DRAFT
        library.add_meeting(meeting)
