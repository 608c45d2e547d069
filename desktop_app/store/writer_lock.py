"""One writer per library: an operating-system lock on the library file itself.

The lock is taken on an open descriptor of the library, so every name of the file (a
symbolic link, a hard link, another path) meets the same lock, and the kernel releases
it when the holding process ends, however it ends: a lock left by a crash never blocks.
A side file beside the library only says who holds it, for the message the second
window or process shows; removing it changes nothing.

- Linux: an open file description lock (F_OFD_SETLK) on one byte far beyond SQLite's own
  lock bytes (from 0x40000000), so it never meets SQLite's fcntl() locks.
- Other Unix systems: flock() on the descriptor.
- Windows: msvcrt.locking on one byte at the same far offset (not tested here).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import stat
import struct
import sys
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.errors import (
    LibraryError,
    LibraryInUse,
    LibraryUnwritable,
    LibraryWriteFailed,
)
from desktop_app.store.file_modes import make_private_folder, mode_of
from desktop_app.store.library_file import LibraryFile, close_descriptor, open_descriptor
from desktop_app.store.os_errors import cannot_write

LOCK_OFFSET = 2**40  # a byte no SQLite lock and no data of a library will ever reach
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_byte(descriptor: int, mode: int) -> None:
        os.lseek(descriptor, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, mode, 1)

    def _try_lock(descriptor: int) -> bool:
        try:
            _lock_byte(descriptor, msvcrt.LK_NBLCK)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        _lock_byte(descriptor, msvcrt.LK_UNLCK)

    def _locked_by_another(descriptor: int) -> bool:
        if not _try_lock(descriptor):
            return True
        _unlock(descriptor)
        return False

elif hasattr(__import__("fcntl"), "F_OFD_SETLK"):  # Linux
    import fcntl

    _FLOCK = "hhqqi4x"  # struct flock: type, whence, start, length, pid (0 for OFD locks)

    def _ofd(descriptor: int, command: int, kind: int) -> int:
        request = struct.pack(_FLOCK, kind, os.SEEK_SET, LOCK_OFFSET, 1, 0)
        answer = fcntl.fcntl(descriptor, command, request)
        return int(struct.unpack(_FLOCK, answer)[0])

    def _try_lock(descriptor: int) -> bool:
        try:
            _ofd(descriptor, fcntl.F_OFD_SETLK, fcntl.F_WRLCK)
        except BlockingIOError:
            return False
        except PermissionError:  # EACCES: what some systems answer for a held lock
            return False
        return True

    def _unlock(descriptor: int) -> None:
        _ofd(descriptor, fcntl.F_OFD_SETLK, fcntl.F_UNLCK)

    def _locked_by_another(descriptor: int) -> bool:
        return _ofd(descriptor, fcntl.F_OFD_GETLK, fcntl.F_WRLCK) != fcntl.F_UNLCK

else:  # other Unix systems
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

    def _locked_by_another(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False


def lock_path_for(library_path: Path) -> Path:
    """The side file that says who holds the library (named after its resolved path)."""
    return library_path.with_name(library_path.name + ".lock")


def writer_present(library_path: Path) -> bool:
    """Whether a writer holds the library now; takes nothing and creates nothing."""
    try:
        descriptor = open_descriptor(library_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return _writer_on(descriptor)
    finally:
        close_descriptor(descriptor)


def writer_holds(library_path: Path, file: LibraryFile | None) -> bool:
    """Whether a writer (another than `file`, a reader's descriptor) holds the library."""
    if file is None or file.descriptor is None:
        return writer_present(library_path)
    return _writer_on(file.descriptor)


def _writer_on(descriptor: int) -> bool:
    try:
        return _locked_by_another(descriptor)
    except OSError:
        return False


def held_for_reading(library_path: Path) -> LibraryFile | None:
    """A descriptor on the file for a reader's session (None if it cannot be opened: SQLite
    then says why)."""
    try:
        return LibraryFile(library_path, writing=False)
    except OSError:
        return None


def take_writer_lock(library_path: Path, create: bool) -> WriterLock:
    """The writer lock on the file itself, its folder made (private) if it is missing."""
    try:
        make_private_folder(library_path.parent)
    except OSError as error:
        raise LibraryWriteFailed(
            f"Cannot create the folder {library_path.parent}: {error.strerror}."
        ) from None
    lock = WriterLock(library_path)
    lock.acquire(create=create)
    return lock


class WriterLock:
    """Held while a library is open for writing."""

    def __init__(self, library_path: Path) -> None:
        self.library_path = library_path
        self.path = lock_path_for(library_path.resolve())
        self.file: LibraryFile | None = None

    def acquire(self, create: bool = False) -> None:
        """Take the lock (creating an empty, private library file if there is none and
        `create`) or raise LibraryInUse naming who holds it, or LibraryWriteFailed."""
        try:
            file = LibraryFile(self.library_path, writing=True, create=create)
        except OSError as error:
            raise cannot_write(self.library_path, error) from None
        assert file.descriptor is not None
        try:
            taken = _try_lock(file.descriptor)
        except OSError as error:
            file.close()
            raise cannot_write(self.library_path, error) from None
        if not taken:
            file.close()
            raise LibraryInUse(self.library_path, _holder(self.path))
        self.file = file
        try:
            _write_holder(self.path, self.library_path)
        except OSError as error:
            with contextlib.suppress(OSError):
                self.path.unlink()  # what could be written of it says nothing
            self.release()
            raise _cannot_write_beside(self.library_path, self.path, error) from None

    def release(self) -> None:
        """Let go; call only after the library's last SQLite connection is closed."""
        if self.file is None:
            return
        file, self.file = self.file, None
        try:
            if _holder_is_me(self.path):
                self.path.unlink()
            if file.created and file.is_empty():  # a library never made: no trace of it
                self.library_path.unlink()
        except OSError:
            pass  # it only says who held the file, or is an empty file
        try:
            if file.descriptor is not None:
                _unlock(file.descriptor)  # now: the descriptor itself may have to wait
        except OSError:
            pass  # closing it lets go anyway
        finally:
            file.close()

    @property
    def held(self) -> bool:
        return self.file is not None


def _cannot_write_beside(library_path: Path, side_file: Path, error: OSError) -> LibraryError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return LibraryUnwritable(
            f"{library_path} is in a folder that cannot be written ({side_file.parent}): it "
            "can be read but not changed. Save a copy elsewhere to edit it."
        )
    return LibraryWriteFailed(
        f"Cannot open {library_path} for writing: nothing can be written beside it in "
        f"{side_file.parent} ({error.strerror}). Free some space and open it again, or open "
        "it read-only."
    )


def _write_holder(side_file: Path, library_path: Path) -> None:
    """Say who holds the library, in a side file with the library's own mode."""
    descriptor = os.open(side_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode_of(library_path))
    try:
        if stat.S_ISREG(os.fstat(descriptor).st_mode) and hasattr(os, "fchmod"):
            os.fchmod(descriptor, mode_of(library_path))  # past the umask
        content = json.dumps(_me()).encode("utf-8")
        if os.write(descriptor, content) != len(content):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    finally:
        os.close(descriptor)


def _holder(side_file: Path) -> str:
    try:
        return _describe(side_file.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return "another Rapporteur window"


def _holder_is_me(side_file: Path) -> bool:
    try:
        holder = json.loads(side_file.read_text(encoding="utf-8"))
        return bool(holder["pid"] == os.getpid() and holder["host"] == socket.gethostname())
    except (OSError, ValueError, KeyError, TypeError):
        return False


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
        # The month by hand: strftime's %b follows the locale.
        month = _MONTHS[since.month - 1]
        return (
            f"{holder['user']} on {holder['host']} (process {holder['pid']}) "
            f"since {since.day:02d} {month} {since.year} {since:%H:%M}"
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return "another Rapporteur window"
