"""Many files imported at once: read one by one in a thread of their own (a PDF goes through
pdftotext, a Word file can be big) while a progress dialog shows how far it is and can
cancel; each meeting read is saved on the window's thread, whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.model import Meeting
from desktop_app.formats.importing import ImportedNote, ImportRefused, read_import
from desktop_app.store.errors import LibraryError

# Writes the meeting to the library; raises LibraryError (a symbol taken, a full disk).
SaveMeeting = Callable[[Meeting], None]
NOT_REACHED = "not imported: the import was cancelled before it"


@dataclass
class Outcome:
    """What became of one file: the meeting imported from it, or why there is none."""

    file: Path
    meeting: Meeting | None = None
    paragraphs: int = 0
    why: str = NOT_REACHED

    def __str__(self) -> str:
        if self.meeting is None:
            return self.why
        symbol = f" ({self.meeting.symbol})" if self.meeting.symbol else ""
        many = "" if self.paragraphs == 1 else "s"
        return f"imported: {self.meeting.title}{symbol}, {self.paragraphs} paragraph{many}"


class ReadingThread(QThread):
    """Reads the files in turn; `read` (index, ImportedNote or the reason it was refused)."""

    read = Signal(int, object)

    def __init__(self, files: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = files

    def run(self) -> None:
        for index, path in enumerate(self._files):
            if self.isInterruptionRequested():
                return
            result: ImportedNote | str
            try:
                result = read_import(path)
            except ImportRefused as error:
                result = f"refused: {error}"
            except Exception as error:  # a reader's own fault must not end the whole batch
                result = f"refused: it could not be read ({type(error).__name__}: {error})"
            self.read.emit(index, result)


class BatchImport(QObject):
    """Imports `files` into the library through `save`; `finished` (the outcomes, one per
    file, in order) once every file is done or the user cancelled."""

    finished = Signal(list)
    imported = Signal(object)  # each meeting as it is saved

    def __init__(self, parent: QWidget, files: list[Path], save: SaveMeeting) -> None:
        super().__init__(parent)
        self.outcomes = [Outcome(path) for path in files]
        self._save = save
        self._done = False
        self.progress = QProgressDialog(
            f"Reading {files[0].name if files else ''}…", "Cancel", 0, len(files), parent
        )
        self.progress.setWindowTitle("Importing notes")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        # The window owns the thread: a thread still reading when the batch is over ends on
        # its own, and is deleted then.
        self.reading = ReadingThread(files, parent)
        self.reading.read.connect(self._read, Qt.ConnectionType.QueuedConnection)
        self.reading.finished.connect(self._finish)
        self.reading.finished.connect(self.reading.deleteLater)

    def start(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.reading.start()

    def cancel(self) -> None:
        """Stop after the file being read; what was imported stays, the rest is not."""
        self.reading.requestInterruption()
        self._finish()

    def is_done(self) -> bool:
        return self._done

    def _read(self, index: int, result: ImportedNote | str) -> None:
        if self._done:
            return  # read after the user cancelled: not imported
        outcome = self.outcomes[index]
        if isinstance(result, str):
            outcome.why = result
        else:
            try:
                self._save(result.meeting)
            except LibraryError as error:
                outcome.why = f"not imported: {error.message}"
            else:
                outcome.meeting, outcome.paragraphs = result.meeting, result.paragraphs
                self.imported.emit(result.meeting)
        if self._done:
            return  # the user cancelled while it was saved (a message box was up)
        self.progress.setValue(index + 1)
        if index + 1 < len(self.outcomes):
            self.progress.setLabelText(f"Reading {self.outcomes[index + 1].file.name}…")

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(self.outcomes)
