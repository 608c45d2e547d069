"""Check a library file through SQLite without changing a byte of it, its -wal or its -shm.

SQLite changes a database's files as soon as it opens them: a connection that can write
replays the -wal into the main file when it closes and deletes the -wal and -shm, and even
a read-only connection writes to the -shm. So a file that may have to be refused (damaged,
another program's, or of a newer schema, perhaps only in its -wal) is checked before it is
opened for anything else:

- when no -wal holds changes, through an immutable connection to the main file alone,
  which reads it and nothing else;
- when one does, on a private copy of the main file and its -wal, where SQLite may replay
  the -wal as it likes.

Either way the check is only sound while no one writes the file: for writing, under the
writer lock; for reading, when no writer holds the lock.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store.connection import check_integrity, connect, translated_errors
from desktop_app.store.errors import LibraryTooNew, LibraryWriteFailed, NotALibrary
from desktop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION


@dataclass(frozen=True)
class FileFacts:
    """What SQLite reads in a whole file, -wal included."""

    application_id: int
    schema_version: int

    def require_ours(self, path: Path, writing: bool) -> None:
        """Raise NotALibrary for another program's file, LibraryTooNew for a newer one
        that would be written."""
        if self.application_id != APPLICATION_ID:
            raise NotALibrary(
                f"{path} is an SQLite database of another program, not a Rapporteur library."
            )
        if writing and self.schema_version > SCHEMA_VERSION:
            raise LibraryTooNew(path, self.schema_version, SCHEMA_VERSION)


def wal_path_for(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def has_wal_content(path: Path) -> bool:
    """Whether a -wal beside the library may hold changes not yet in the main file."""
    try:
        return wal_path_for(path).stat().st_size > 0
    except OSError:
        return False


def inspect_file(path: Path) -> FileFacts:
    """The file's application id and schema version as SQLite reads them, -wal included,
    once the whole file is found sound. Raises LibraryCorrupt for a damaged file."""
    if not has_wal_content(path):
        return _inspect(path, "ro&immutable=1", path)
    with tempfile.TemporaryDirectory(prefix="rapporteur-check-") as folder:
        copy = Path(folder) / "library"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal_path_for(path), wal_path_for(copy))
        except OSError as error:
            raise LibraryWriteFailed(
                f"{path} cannot be checked before it is opened: no copy of it can be made in "
                f"{folder} ({error.strerror}). Free some space and try again."
            ) from None
        return _inspect(copy, "rw", path)


def _inspect(file: Path, mode: str, shown_as: Path) -> FileFacts:
    db = connect(file, mode, shown_as)
    try:
        with translated_errors(shown_as):
            check_integrity(db, shown_as)
            application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    return FileFacts(application_id, version)
