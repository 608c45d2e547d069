"""The exports under way in the window: each runs in the background, and every one is
finished, not cut off, before the window closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.core.model import Meeting
from desktop_app.ui.export.dialog import ExportChoice, ExportJob


class ExportJobs(QObject):
    """Signals: whether any export is under way, and how each one ended."""

    busy_changed = Signal(bool)
    exported = Signal(str, bool)  # the file written, whether to open it
    failed = Signal(str)  # a one-line reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[ExportJob] = []

    def start(self, meeting: Meeting, choice: ExportChoice) -> ExportJob:
        """Export a snapshot of the meeting; the caller goes on editing its own."""
        job = ExportJob(meeting, choice, self)
        job.finished.connect(lambda path: self._end(job, path, ""))
        job.failed.connect(lambda message: self._end(job, "", message))
        self._jobs.append(job)
        self.busy_changed.emit(True)
        job.start()
        return job

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def finish_all(self) -> None:
        """Wait, with a busy cursor, until every export under way has written its file."""
        if not self._jobs:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QThreadPool.globalInstance().waitForDone()
        finally:
            QApplication.restoreOverrideCursor()

    def _end(self, job: ExportJob, path: str, message: str) -> None:
        self._jobs.remove(job)
        job.deleteLater()
        self.busy_changed.emit(bool(self._jobs))
        if message:
            self.failed.emit(message)
        else:
            self.exported.emit(path, job.choice.open_when_done)
