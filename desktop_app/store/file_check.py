"""Check a library file through SQLite without changing a byte of it, its -wal or its -shm,
and read a file no writer holds the same way.

SQLite changes a database's files as soon as it opens them: a connection that can write
replays the -wal into the main file when it closes and deletes the -wal and -shm, and even
a read-only connection writes to the -shm (and creates both when they are missing). So a
file that may have to be refused (damaged, another program's, or of a newer schema, perhaps
only in its -wal) is checked before it is opened for anything else:

- when no -wal holds changes, through an immutable connection to the main file alone,
  which reads it and nothing else;
- when one does, on a private copy of the main file and its -wal, where it is also decided
  whether the -wal is the file's own (store/wal_check.py) before SQLite may apply it.

Either way the check is only sound while no one writes the file: for writing, under the
writer lock; for reading, when no writer holds the lock. A reader that finds no writer
reads as it checked: the main file through an immutable connection, or the private copy
when the -wal holds changes, so that reading adds and changes nothing beside the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.store.connection import check_integrity, connect, translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import (
    LibraryError,
    LibraryTooNew,
    LibraryWriteFailed,
    NotALibrary,
)
from desktop_app.store.library_file import copy_file
from desktop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION
from desktop_app.store.wal_check import (
    NO_IDENTITY,
    Identity,
    first_transaction,
    not_used,
    set_aside,
    shm_path_for,
    wal_belongs,
    wal_path_for,
)

NOT_ITS_OWN = "it was left by another database"


@dataclass(frozen=True)
class FileFacts:
    """What SQLite reads in a whole file, -wal included."""

    application_id: int
    schema_version: int
    identity: Identity = NO_IDENTITY

    @property
    def ours(self) -> bool:
        return self.application_id == APPLICATION_ID

    def require_ours(self, path: Path, writing: bool) -> None:
        """Raise NotALibrary for another program's file, LibraryTooNew for a newer one
        that would be written."""
        if not self.ours:
            raise NotALibrary(
                f"{path} is an SQLite database of another program, not a Rapporteur library."
            )
        if writing and self.schema_version > SCHEMA_VERSION:
            raise LibraryTooNew(path, self.schema_version, SCHEMA_VERSION)


@dataclass(frozen=True)
class FileCheck:
    """What a check found: the facts of what is to be opened (the file with its -wal when
    the -wal is its own, else the main file alone), and why the -wal beside the file is not
    its own ("" when it is, or when there is none)."""

    facts: FileFacts
    foreign_wal: str = ""


@dataclass(frozen=True)
class QuietRead:
    """How to read a file no writer holds without changing anything beside it: the file
    to connect to, in which SQLite mode, the notices for the user, and the private copy
    to remove once done."""

    file: Path
    mode: str
    notices: list[str] = field(default_factory=list)
    private_copy: Path | None = None


def has_wal_content(path: Path) -> bool:
    """Whether a -wal beside the library may hold changes not yet in the main file."""
    try:
        return wal_path_for(path).stat().st_size > 0
    except OSError:
        return False


def check_before_writing(path: Path) -> list[str]:
    """Check the file for writing (under the writer lock) and set aside a -wal that is not
    its own; returns the notices for the user. Raises for a file that must be refused,
    with nothing changed."""
    check = check_file(path)
    check.facts.require_ours(path, writing=True)
    return [set_aside(path, check.foreign_wal)] if check.foreign_wal else []


def quiet_read(path: Path) -> QuietRead:
    """Check a file no writer holds, for reading it without changing anything beside it."""
    if not has_wal_content(path):
        check_file(path).facts.require_ours(path, writing=False)
        return QuietRead(path, "ro&immutable=1")
    folder = Path(tempfile.mkdtemp(prefix="rapporteur-read-"))
    try:
        check = _check_with_wal(path, folder)
        check.facts.require_ours(path, writing=False)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if check.foreign_wal:
        shutil.rmtree(folder, ignore_errors=True)
        return QuietRead(path, "ro&immutable=1", [not_used(path, check.foreign_wal)])
    return QuietRead(folder / "library", "ro", [], folder)


def check_file(path: Path) -> FileCheck:
    """Check the file, and decide whether a -wal beside it is its own, changing nothing.
    Raises LibraryCorrupt for a file damaged beyond what its -wal makes whole."""
    if not has_wal_content(path):
        return FileCheck(_inspect(path, "ro&immutable=1", path))
    with tempfile.TemporaryDirectory(prefix="rapporteur-check-") as folder:
        return _check_with_wal(path, Path(folder))


def _check_with_wal(path: Path, folder: Path) -> FileCheck:
    """The check on a private copy in `folder`, left there with the -wal applied when it
    is the file's own."""
    copy, whole_wal = folder / "library", folder / "whole-wal"
    _copy(path, copy, folder)
    _copy(wal_path_for(path), whole_wal, folder)
    alone, alone_error = _try_inspect(copy, "ro&immutable=1", path)
    wal_path_for(copy).write_bytes(first_transaction(whole_wal))
    first = _try_identity(copy, path)
    shm_path_for(copy).unlink(missing_ok=True)  # the next connection indexes the whole -wal
    os.replace(whole_wal, wal_path_for(copy))
    whole, _ = _try_inspect(copy, "ro", path)
    if whole is not None and whole.ours:
        reason = wal_belongs(alone.identity if alone else None, first, whole.identity)
        if not reason:
            return FileCheck(whole)
    else:
        reason = NOT_ITS_OWN
    if alone is None:
        assert alone_error is not None
        raise alone_error
    # Not ours alone: refused as it is; ours alone: opened without the -wal.
    return FileCheck(alone, reason if alone.ours else "")


def _copy(source: Path, target: Path, folder: Path) -> None:
    try:
        copy_file(source, target)  # not shutil: closing it must not drop SQLite's locks
    except OSError as error:
        raise LibraryWriteFailed(
            f"{source} cannot be checked before it is opened: no copy of it can be made in "
            f"{folder} ({error.strerror}). Free some space and try again."
        ) from None


def _try_inspect(
    file: Path, mode: str, shown_as: Path
) -> tuple[FileFacts | None, LibraryError | None]:
    try:
        return _inspect(file, mode, shown_as), None
    except LibraryError as error:
        return None, error


def _try_identity(file: Path, shown_as: Path) -> Identity | None:
    """The identity of the file as SQLite reads it, or None if it cannot be read."""
    try:
        db = connect(file, "ro", shown_as)
    except LibraryError:
        return None
    try:
        return _identity(db)
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _inspect(file: Path, mode: str, shown_as: Path) -> FileFacts:
    db = connect(file, mode, shown_as)
    try:
        with translated_errors(shown_as):
            check_integrity(db, shown_as)
            application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            identity = _identity(db)
    finally:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    return FileFacts(application_id, version, identity)


def _identity(db: Database) -> Identity:
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'library'"
    ).fetchone()
    row = db.execute("SELECT id, commits FROM library").fetchone() if found else None
    if row is None:
        return NO_IDENTITY
    return Identity(str(row[0]), int(row[1]))
