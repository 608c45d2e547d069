"""Everything Rapporteur writes beside a library gets the library's own permissions, so a
private library (0600) never gains a readable copy, backup or lock beside it."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from desktop_app.store.errors import LibraryWriteFailed

PRIVATE_FILE = 0o600  # a new library
PRIVATE_FOLDER = 0o700  # a folder made for a new library


def mode_of(library: Path) -> int:
    """The library's permission bits; a library not yet made will be private."""
    try:
        return stat.S_IMODE(library.stat().st_mode)
    except OSError:
        return PRIVATE_FILE


def give_mode_of(library: Path, target: Path) -> None:
    """Give `target` (a copy, backup or side file) the library's permission bits."""
    with contextlib.suppress(OSError):  # a file on a system without modes (FAT): nothing to do
        os.chmod(target, mode_of(library))


def create_with_mode_of(library: Path, target: Path) -> None:
    """Create `target` empty with the library's mode, before SQLite writes a copy into it,
    so that the copy is never readable by others even for a moment."""
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode_of(library))
    except FileExistsError:
        raise LibraryWriteFailed(f"{target} already exists; choose a new file name.") from None
    except OSError as error:
        raise LibraryWriteFailed(f"{target} cannot be created: {error.strerror}.") from None
    os.close(descriptor)
    give_mode_of(library, target)  # past the umask


def make_private_folder(folder: Path) -> None:
    """Make the folder for a new library (0700, and its missing parents); raises OSError."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


def repair_side_files(library: Path) -> None:
    """Give a -wal or -shm of ours the library's mode again: a read-only session on a 0444
    library leaves them 0444, and SQLite would then fail at the first save, not at open.
    Files of another user are left alone (the write proof at open tells of them)."""
    wanted = mode_of(library)
    for suffix in ("-wal", "-shm"):
        side = library.with_name(library.name + suffix)
        with contextlib.suppress(OSError):
            status = side.lstat()
            ours = stat.S_ISREG(status.st_mode) and status.st_uid == os.geteuid()
            if ours and stat.S_IMODE(status.st_mode) != wanted:
                os.chmod(side, wanted)
