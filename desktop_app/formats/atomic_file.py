"""Write a file whole or not at all: into a temporary file beside it, then renamed over it.

The bytes are made first (a Typst compile can take seconds); the temporary file then exists
only for the short write. Its name is short and never embeds the target's name, so any name
the folder allows can be exported to: `.rapporteur-XXXXXXXX.part`. The writer holds an
operating-system lock on it while it writes; temporary files a killed write left behind are
swept by the next write into that folder, but only those whose lock can be taken, never the
one another export is writing at the same moment.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.formats.errors import ExportFailed

TEMPORARY_PREFIX = ".rapporteur-"
TEMPORARY_SUFFIX = ".part"
_ATTEMPTS = 5  # a fresh temporary name when a sweep took ours in the instant before our lock

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows cannot delete a file another process holds open, so a sweep can only remove
    # what nobody is writing; the byte lock mirrors the flock taken elsewhere.
    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """`path` holds `data` whole, or is left as it was; raises ExportFailed."""
    with atomic_output(path) as file:
        file.write(data)


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `path`, on failure `path` is untouched
    and no temporary file is left behind. Write bytes made beforehand: the temporary file
    lives as long as this block."""
    path = Path(path)
    folder = path.parent
    try:
        sweep_leftovers(folder)
        handle, temporary = _locked_temporary(folder)
    except OSError as error:
        raise ExportFailed(path, error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
            os.chmod(temporary, 0o666 & ~_UMASK)
            if sys.platform == "win32":  # pragma: no cover - an open file cannot be renamed
                file.close()
            os.replace(temporary, path)  # still locked: no sweep can take it before this
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportFailed(path, error.strerror or str(error)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _locked_temporary(folder: Path) -> tuple[int, str]:
    """A new temporary file in `folder`, open and locked by us."""
    for _ in range(_ATTEMPTS):
        handle, temporary = tempfile.mkstemp(
            prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=folder or "."
        )
        try:
            _lock(handle)
            if _same_file(handle, temporary):
                return handle, temporary
        except BaseException:
            os.close(handle)
            raise
        # A sweep in another export locked and removed it between its creation and our lock.
        os.close(handle)
    raise OSError(0, "its temporary files keep disappearing")


def sweep_leftovers(folder: Path) -> None:
    """Remove the temporary files that killed writes left in `folder`; a temporary file whose
    lock is held belongs to a write under way and stays."""
    try:
        names = [
            name
            for name in os.listdir(folder or ".")
            if name.startswith(TEMPORARY_PREFIX) and name.endswith(TEMPORARY_SUFFIX)
        ]
    except OSError:
        return
    for name in names:
        leftover = os.path.join(folder or ".", name)
        try:
            fd = os.open(leftover, os.O_RDONLY | _NO_FOLLOW | _NON_BLOCKING)
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _try_lock(fd) and _same_file(fd, leftover):
                os.unlink(leftover)
        except OSError:
            pass
        finally:
            os.close(fd)


def _same_file(fd: int, name: str) -> bool:
    """Whether `name` still names the file open as `fd`."""
    try:
        named = os.stat(name, follow_symlinks=False)
    except OSError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)  # a fifo planted under that name cannot hang us


def _read_umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_UMASK = _read_umask()  # read once: changing the umask is process-wide, not thread-safe
