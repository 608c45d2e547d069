"""The store's own exceptions: each carries a plain message a user can act on."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Anything that stops the library file from being read or written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LibraryMissing(LibraryError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"There is no library at {path} yet; import a meeting to create it "
            "(rapporteur import FILE)."
        )


class NotALibrary(LibraryError):
    """A file that is not ours: refused, never modified."""


class LibraryCorrupt(LibraryError):
    """Our file, but damaged: refused, never modified."""

    def __init__(self, path: Path, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"{path} is damaged and cannot be read{reason}; restore it from a backup "
            "or a copy. Rapporteur has not changed it."
        )


class LibraryTooNew(LibraryError):
    """Written by a newer Rapporteur: it can be read, not written."""

    def __init__(self, path: Path, version: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer version of Rapporteur (library format {version}, "
            f"this version knows {supported}); it can be read but not changed. "
            "Update Rapporteur to edit it."
        )


class LibraryReadOnly(LibraryError):
    """A write was asked of a library opened read-only."""


class LibraryInUse(LibraryError):
    """Another window or process holds the library for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(
            f"{path} is in use by {holder}; close Rapporteur there, or open the library read-only."
        )
        self.holder = holder


class LibraryWriteFailed(LibraryError):
    """The file could not be written (disk full, read-only, removed …); nothing was lost
    from memory, and the write can be tried again."""


class LibraryUnwritable(LibraryWriteFailed):
    """The file can be read but not written (a read-only file, -wal, -shm, folder or disk):
    it opens read-only, saying so."""


class MeetingNotFound(LibraryError):
    pass
