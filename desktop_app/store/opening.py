"""Opening a library file: for writing (under the writer lock, checked, migrated and proved
writable) or for reading (quietly, changing nothing beside the file, when no one writes it).

What an open library holds is an `OpenFile`: its SQLite connection and what must stay open
with it (the writer lock, or a reader's descriptor on the file) or be cleared after it (a
private copy a reader reads instead of the file).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.store.connection import check_integrity, connect, translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import LibraryCorrupt, LibraryWriteFailed
from desktop_app.store.file_check import (
    FileFacts,
    QuietRead,
    check_before_writing,
    has_wal_content,
    quiet_read,
)
from desktop_app.store.file_header import read_header, require_existing
from desktop_app.store.file_modes import repair_side_files
from desktop_app.store.library_file import LibraryFile
from desktop_app.store.migrations import migrate
from desktop_app.store.schema import APPLICATION_ID
from desktop_app.store.write_proof import prove_writable
from desktop_app.store.writer_lock import (
    WriterLock,
    held_for_reading,
    take_writer_lock,
    writer_holds,
)


@dataclass
class OpenFile:
    db: Database
    lock: WriterLock | None = None  # held while writing
    file: LibraryFile | None = None  # a reader's descriptor, held until after `db` closes
    notices: list[str] = field(default_factory=list)  # e.g. a -wal beside it set aside
    private_copy: Path | None = None  # what a reader reads instead of the file

    def close(self, db_closed: bool = False) -> None:
        """Let go of the lock or descriptor, only once the connection is closed (closing a
        descriptor of the file drops the connection's locks), and clear the private copy."""
        if not db_closed:
            self.db.close()
        if self.lock:
            self.lock.release()
        elif self.file:
            self.file.close()
        if self.private_copy:
            shutil.rmtree(self.private_copy, ignore_errors=True)


def open_for_writing(path: Path) -> OpenFile:
    """Raises NotALibrary, LibraryCorrupt, LibraryTooNew, LibraryInUse or LibraryWriteFailed."""
    header = read_header(path)
    new = header.empty and not has_wal_content(path)
    lock = take_writer_lock(path, create=new)
    notices: list[str] = []
    try:
        if not new:
            # Under the lock, before SQLite may write anything: a refused file, its
            # -wal and its -shm are left exactly as they were.
            notices = check_before_writing(path)
        repair_side_files(path)
        db = connect(path, "rwc" if new else "rw")
    except BaseException:
        lock.release()
        raise
    opened = OpenFile(db, lock=lock, notices=notices)
    try:
        with translated_errors(path):
            if new:
                # Marked in the main file itself, before WAL, so the file is ours at once.
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _prepare_for_writing(db)
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if migrate(db, path, version):
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        prove_writable(db, path)
    except BaseException:
        opened.close()
        raise
    return opened


def open_for_reading(path: Path) -> OpenFile:
    """Raises NotALibrary, LibraryCorrupt, LibraryMissing or LibraryWriteFailed."""
    if not has_wal_content(path):  # an empty file with a -wal beside it is checked
        require_existing(path)
    file = held_for_reading(path)
    try:
        return _read(path, file)
    except BaseException:
        if file:
            file.close()
        raise


def _read(path: Path, file: LibraryFile | None) -> OpenFile:
    if not writer_holds(path, file):
        # No one writes the file: it is checked, then read, without a change beside it.
        try:
            return _read_quietly(path, quiet_read(path), file)
        except LibraryCorrupt:
            if not writer_holds(path, file):
                raise
            # A writer began meanwhile: its changes may have been half copied.
    try:
        return OpenFile(_reader(path, path, "ro", checked=False), file=file)
    except LibraryWriteFailed:
        # On read-only media (or a full disk) SQLite cannot make the shared-memory file
        # a reader needs; with no writer and no -wal, the file may be read as unchanging.
        unchanging = not has_wal_content(path) and not writer_holds(path, file)
        if os.access(path.parent, os.W_OK) and not unchanging:
            raise
        return OpenFile(_reader(path, path, "ro&immutable=1", checked=False), file=file)


def _read_quietly(path: Path, read: QuietRead, file: LibraryFile | None) -> OpenFile:
    try:
        db = _reader(path, read.file, read.mode, checked=True)
    except BaseException:
        if read.private_copy:
            shutil.rmtree(read.private_copy, ignore_errors=True)
        raise
    return OpenFile(db, file=file, notices=read.notices, private_copy=read.private_copy)


def _reader(path: Path, connect_to: Path, mode: str, checked: bool) -> Database:
    """A read-only connection for the library at `path`, to `connect_to` (the library
    itself, or a private copy of it)."""
    db = connect(connect_to, mode, path)
    try:
        with translated_errors(path):
            db.execute("PRAGMA query_only = ON")
            if not checked:
                check_integrity(db, path)
            # Read at once, so that a file this connection cannot read fails here.
            application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
            FileFacts(application_id, 0).require_ours(path, writing=False)
    except BaseException:
        db.close()
        raise
    return db


def _prepare_for_writing(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
