"""Everything Rapporteur writes beside a library gets the library's own permissions, so a
private library (0600) never gains a readable copy, backup or lock beside it."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

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
