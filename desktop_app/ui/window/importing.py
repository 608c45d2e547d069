"""File › Import… (Ctrl+Shift+I): past notes brought into the library. One file or pasted
text shows its preview, and the meeting, imported as a draft, opens; many files or a folder
are read in a thread of their own behind a progress dialog, then a report says what became
of each. The dialogs and the readers load when first asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core.model import Meeting, MeetingStatus
from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.formats.importing import ImportedNote
    from desktop_app.ui.importing.batch import BatchImport, Outcome, ReadingThread
    from desktop_app.ui.importing.batch_report import BatchReport
    from desktop_app.ui.importing.preview_dialog import ImportPreviewDialog
    from desktop_app.ui.window.main_window import MainWindow


class Importing(QObject):
    """Asks what to import, shows the preview or the progress, saves, opens. (A QObject on
    the window's thread: what a reading thread sends comes here on the window's thread.)"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview: ImportPreviewDialog | None = None  # one note's, while it is open
        self.batch: BatchImport | None = None  # many files', while they are read
        self.report: BatchReport | None = None  # the last batch's, while it is open
        self.reading: ReadingThread | None = None  # one file's, while it is read
        self.ending = False  # the window is closing: nothing more is shown or saved
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
        return any(job is not None for job in (self.preview, self.batch, self.reading))

    def stop(self) -> None:
        """The window is closing: a batch is cancelled (what it imported stays) and the
        files being read are waited for, so that no thread outlives the window."""
        from desktop_app.ui.importing.batch import ReadingThread

        self.ending = True
        if self.batch is not None:
            self.batch.cancel()
        for reading in self.window.findChildren(ReadingThread):
            reading.requestInterruption()
            reading.wait()

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
        """Its preview once read: read in a thread of its own (a PDF goes through pdftotext),
        the window answering meanwhile."""
        from desktop_app.ui.importing.batch import ReadingThread

        reading = self.reading = ReadingThread([path], self.window)
        reading.read.connect(self._file_read)
        reading.finished.connect(reading.deleteLater)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.window.statusBar().showMessage(f"Reading {path.name}…")
        reading.start()

    def _file_read(self, _index: int, result: ImportedNote | str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        self.reading = None
        if self.ending:
            return
        if isinstance(result, str):  # "refused: why"
            why = result.removeprefix("refused: ")
            self.window.warn("Cannot import the file", f"{why}\n\nNothing was imported.")
        else:
            self.show_preview(result)

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
        if self.ending:
            return
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
