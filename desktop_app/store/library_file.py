"""Descriptors on the library file itself, opened and closed without dropping SQLite's locks.

SQLite locks the library with POSIX fcntl() locks, which belong to the process: closing
ANY descriptor of the file in the process drops them all, and another process may then
checkpoint and delete the -wal a connection here still writes to. So a descriptor we open
on the library is closed only when no library in this process has the file open; until
then it is parked, as SQLite itself does with its own descriptors.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

FileKey = tuple[int, int]  # device and inode: the file, whatever its name

_open_here: dict[FileKey, int] = {}  # how many open libraries use each file in this process
_parked: dict[FileKey, list[int]] = {}
_guard = threading.Lock()  # libraries may be opened and closed from worker threads
_BINARY = getattr(os, "O_BINARY", 0)  # Windows would translate line ends otherwise


def open_descriptor(path: Path, flags: int, mode: int = 0o600) -> int:
    """An unshared (close-on-exec) descriptor on `path`; raises OSError."""
    return os.open(path, flags | _BINARY | getattr(os, "O_CLOEXEC", 0), mode)


def key_of(descriptor: int) -> FileKey:
    status = os.fstat(descriptor)
    return (status.st_dev, status.st_ino)


def close_descriptor(descriptor: int) -> None:
    """Close now, or once no library of this process has the file open."""
    try:
        key = key_of(descriptor)
    except OSError:
        os.close(descriptor)
        return
    with _guard:
        if _open_here.get(key):
            _parked.setdefault(key, []).append(descriptor)
            return
    os.close(descriptor)


def read_start(path: Path, size: int) -> bytes:
    """The first `size` bytes of the file; raises OSError as open() does."""
    descriptor = open_descriptor(path, os.O_RDONLY)
    try:
        return _read_at_start(descriptor, size)
    finally:
        close_descriptor(descriptor)


def copy_file(path: Path, target: Path) -> None:
    """Copy the library (or a file beside it) to `target`, a new private file; raises OSError."""
    source = open_descriptor(path, os.O_RDONLY)
    try:
        with open(open_descriptor(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "wb") as out:
            while chunk := os.read(source, 1 << 20):
                out.write(chunk)
    finally:
        close_descriptor(source)


def _read_at_start(descriptor: int, size: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(descriptor, size, 0)
    os.lseek(descriptor, 0, os.SEEK_SET)  # Windows has no pread
    return os.read(descriptor, size)


class LibraryFile:
    """A descriptor on the library, held for a library's whole session (read or write) and
    closed only after its last SQLite connection."""

    def __init__(self, path: Path, writing: bool, create: bool = False) -> None:
        """Open the file (for writing: creating it, empty and private, when `create`);
        raises OSError."""
        self.path = path
        self.created = False
        if not writing:
            descriptor = open_descriptor(path, os.O_RDONLY)
        elif create:
            try:
                descriptor = open_descriptor(path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
                self.created = True
            except FileExistsError:
                descriptor = open_descriptor(path, os.O_RDWR)
        else:
            descriptor = open_descriptor(path, os.O_RDWR)
        self.descriptor: int | None = descriptor
        self.key = key_of(self.descriptor)
        with _guard:
            _open_here[self.key] = _open_here.get(self.key, 0) + 1

    def is_empty(self) -> bool:
        return self.descriptor is not None and os.fstat(self.descriptor).st_size == 0

    def close(self) -> None:
        """Close it, and the parked ones when no other library here has the file open."""
        if self.descriptor is None:
            return
        descriptor, self.descriptor = self.descriptor, None
        with _guard:
            _open_here[self.key] -= 1
            if _open_here[self.key]:
                _parked.setdefault(self.key, []).append(descriptor)
                return
            del _open_here[self.key]
            for parked in [descriptor, *_parked.pop(self.key, [])]:
                os.close(parked)
