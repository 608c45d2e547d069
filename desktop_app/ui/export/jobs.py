"""The exports under way in the window: each runs away from the window's thread, so the
window stays responsive however long the note, and every one is finished, not cut off,
before the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.core.model import Meeting
from desktop_app.formats.errors import FormatError

if TYPE_CHECKING:
    from desktop_app.ui.export.dialog import ExportChoice


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


class _Relay(QObject):
    """Carries a job's outcome out of the worker thread. It belongs to no window, and the
    worker holds it until it has emitted, so closing the window cannot delete it under the
    worker; once the job is gone, Qt drops what the relay sends it."""

    finished = Signal(str)
    failed = Signal(str)


class ExportJob(QObject):
    """One export in a worker thread; `finished(path)` or `failed(message)` comes back on the
    window's thread, unless the job was deleted first (its window closed): the file is
    written all the same."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, meeting: Meeting, choice: ExportChoice, parent: QObject | None) -> None:
        super().__init__(parent)
        self.meeting = meeting  # a snapshot: the window goes on editing its own
        self.choice = choice
        self._relay = _Relay()
        self._relay.finished.connect(self.finished)
        self._relay.failed.connect(self.failed)

    def start(self) -> None:
        relay, meeting, choice = self._relay, self.meeting, self.choice
        QThreadPool.globalInstance().start(lambda: _export(meeting, choice, relay))


def _export(meeting: Meeting, choice: ExportChoice, relay: _Relay) -> None:
    """The worker's part: never touches the job, which its window may delete meanwhile."""
    # The export machinery loads here, in the worker, at the first export: the window's
    # start needs none of it.
    from desktop_app.formats.export import export_meeting

    try:
        path = export_meeting(meeting, choice.format, choice.path)
    except FormatError as error:
        relay.failed.emit(error.message)
    except Exception as error:  # a writer's bug must not pass silently, nor crash
        relay.failed.emit(f"The export failed: {error}.")
    else:
        relay.finished.emit(str(path))
