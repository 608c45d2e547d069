"""An operating-system error met while opening the library, told as the store's own."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop_app.store.errors import LibraryUnwritable, LibraryWriteFailed

_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


def disk_full_at_open(path: Path) -> LibraryWriteFailed:
    return LibraryWriteFailed(
        f"The disk holding {path} is full, so it cannot be opened for writing. "
        "Free some space and open it again, or open it read-only."
    )


def cannot_write(path: Path, error: OSError) -> LibraryWriteFailed:
    """A plain message for `error`, met while making `path` ready for writing."""
    if error.errno in _FULL:
        return disk_full_at_open(path)
    if error.errno == errno.EROFS:
        return LibraryUnwritable(
            f"{path} is on a read-only disk: it can be read but not changed. "
            "Save a copy elsewhere to edit it."
        )
    if error.errno in _READ_ONLY:
        return LibraryUnwritable(
            f"{path} is a read-only file: it can be read but not changed. Make it writable "
            "to edit it, or save a copy elsewhere."
        )
    if error.errno in (errno.ENOENT, errno.ENOTDIR) and path.parent.is_dir():
        return LibraryWriteFailed(
            f"{path} is not there any more (was it moved or deleted?). "
            "Choose another file, or put it back and try again."
        )
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return LibraryWriteFailed(
            f"{path} cannot be opened: its folder is not there (was a disk removed?). "
            "Choose another file, or reconnect the disk and try again."
        )
    return LibraryWriteFailed(
        f"{path} cannot be opened for writing ({error.strerror or error}). "
        "Open it read-only, or choose another file."
    )
