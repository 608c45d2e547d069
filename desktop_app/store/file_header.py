"""Look at a file's first bytes, before SQLite touches it, to tell whether it is ours.

Reading the header by hand means a file that is not ours, or is damaged, is refused
without a single byte of it changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.store.errors import LibraryCorrupt, LibraryMissing, NotALibrary
from desktop_app.store.library_file import read_start
from desktop_app.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class FileHeader:
    exists: bool
    empty: bool  # missing or zero bytes: a new library can be made here
    schema_version: int = 0


def read_header(path: Path) -> FileHeader:
    """What the file at `path` is; raises NotALibrary or LibraryCorrupt for a file we must
    not open."""
    try:
        # Not open() and close(): that could drop the locks of a connection in this process.
        header = read_start(path, HEADER_SIZE)
    except (FileNotFoundError, NotADirectoryError):
        return FileHeader(exists=False, empty=True)
    except IsADirectoryError:
        raise NotALibrary(f"{path} is a folder, not a Rapporteur library.") from None
    except OSError as error:
        raise NotALibrary(f"{path} cannot be read: {error.strerror}.") from None
    if not header:
        return FileHeader(exists=True, empty=True)
    if not header.startswith(SQLITE_MAGIC):
        raise NotALibrary(f"{path} is not a Rapporteur library (it is not an SQLite database).")
    if len(header) < HEADER_SIZE:
        raise LibraryCorrupt(path, "the file is cut short")
    application_id = int.from_bytes(header[68:72], "big")
    schema_version = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise NotALibrary(
            f"{path} is an SQLite database of another program, not a Rapporteur library."
        )
    return FileHeader(exists=True, empty=False, schema_version=schema_version)


def require_existing(path: Path) -> FileHeader:
    header = read_header(path)
    if not header.exists or header.empty:
        raise LibraryMissing(path)
    return header
