"""The signals that ask the process to stop (SIGTERM at logout or shutdown, SIGHUP when its
terminal goes away, SIGINT for Ctrl+C, SIGBREAK on Windows), delivered by Qt's event loop.

A Python signal handler runs only when the interpreter gets control, which an idle window
never gives it: so the signal's number is written to a socket (signal.set_wakeup_fd) that
the event loop watches, and the window ends in the event loop, with everything saved.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

STOP_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name)
    for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK")
    if hasattr(signal, name)
)


def _noted(_number: int, _frame: FrameType | None) -> None:
    """Nothing to do here: the wakeup socket has the signal's number for the event loop."""


class StopSignals(QObject):
    """Emits `received` (the signal's number) from the event loop when the process is asked
    to stop; until `close`, those signals no longer end the process on their own."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(
            self._writer.fileno(), warn_on_full_buffer=False
        )
        self._previous_handlers = {number: signal.signal(number, _noted) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        stops = [number for number in numbers if number in STOP_SIGNALS]
        if stops:
            self.received.emit(stops[0])  # several at once end the window once

    def close(self) -> None:
        """Give the signals back their previous handlers."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._reader.close()
        self._writer.close()
