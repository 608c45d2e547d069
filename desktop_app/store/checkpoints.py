"""Checkpoints of the library's write-ahead log in a thread of their own: a save never waits
for one.

SQLite copies the `-wal` back into the file (a checkpoint) when a commit finds the `-wal`
over 1,000 pages; that commit then takes 10 ms or more, fsync included: a pause in typing.
A library that saves while the user types turns that off and lets this thread run passive
checkpoints on a connection of its own, under the same name as the library's: they never
block a writer, and Python's sqlite3 lets go of the GIL while SQLite works. SQLite keeps the
file's descriptors open until its last connection closes, so this second connection cannot
drop the library's locks.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from desktop_app.store.connection import connect

CHECKPOINT_EVERY_SECONDS = 5.0  # at most; only after something was written


class BackgroundCheckpoints:
    """A thread that checkpoints the library's `-wal` a while after each write; `stop`
    ends it and closes its connection (before the library's own is closed)."""

    def __init__(self, path: Path) -> None:
        self._db = connect(path, "rw")
        self._written = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="checkpoints", daemon=True)
        self._thread.start()

    def written(self) -> None:
        """A transaction was committed: a checkpoint is due."""
        self._written.set()

    def _run(self) -> None:
        while True:
            self._written.wait()
            if self._stopping.wait(CHECKPOINT_EVERY_SECONDS):
                return
            self._written.clear()
            # On failure, tried again after the next write; a failing file is told by the saves.
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def stop(self) -> None:
        self._stopping.set()
        self._written.set()
        self._thread.join()
        self._db.close()
