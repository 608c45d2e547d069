"""One writer per library: an operating-system lock on a file beside the library.

The kernel releases the lock when the holding process ends, however it ends, so a lock
left by a crash never blocks. The lock file also says who holds it, for the message the
second window or process shows.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from desktop_app.core import clock
from desktop_app.store.errors import LibraryInUse, LibraryWriteFailed

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(file: IO[str]) -> bool:
        try:
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(file: IO[str]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

    _try_shared_lock = _try_lock

else:
    import fcntl

    def _try_lock(file: IO[str]) -> bool:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _try_shared_lock(file: IO[str]) -> bool:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(file: IO[str]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def lock_path_for(library_path: Path) -> Path:
    return library_path.with_name(library_path.name + ".lock")


def writer_present(library_path: Path) -> bool:
    """Whether a writer holds the library now; takes nothing and creates nothing."""
    try:
        file = lock_path_for(library_path).open("r", encoding="utf-8")
    except OSError:
        return False  # a writer makes the lock file before it takes the lock
    with file:
        if not _try_shared_lock(file):
            return True
        _unlock(file)
        return False


class WriterLock:
    """Held while a library is open for writing."""

    def __init__(self, library_path: Path) -> None:
        self.library_path = library_path
        self.path = lock_path_for(library_path)
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise LibraryInUse naming who holds it."""
        try:
            file = self.path.open("a+", encoding="utf-8")
        except OSError as error:
            raise LibraryWriteFailed(
                f"Cannot open {self.library_path} for writing: cannot create {self.path} "
                f"({error.strerror})."
            ) from None
        if not _try_lock(file):
            file.seek(0)
            holder = _describe(file.read())
            file.close()
            raise LibraryInUse(self.library_path, holder)
        file.seek(0)
        file.truncate()
        file.write(json.dumps(_me()))
        file.flush()
        self._file = file

    def release(self) -> None:
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "another user"
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": clock.now().isoformat(timespec="minutes"),
    }


def _describe(content: str) -> str:
    try:
        holder = json.loads(content)
        since = dt.datetime.fromisoformat(holder["since"])
        return (
            f"{holder['user']} on {holder['host']} (process {holder['pid']}) "
            f"since {since:%d %b %Y %H:%M}"
        )
    except (ValueError, KeyError, TypeError):
        return "another Rapporteur window"
