"""Prove at open that the library can really be written: a real write transaction.

SQLite can open a file for writing and fail only at the first save (a -shm or -wal that
cannot be written, a full disk); the window would then say "Saved" over text that lives
only in memory. So the open itself writes: it rewrites the schema version to its own value.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop_app.store.connection import library_error
from desktop_app.store.database import Database
from desktop_app.store.errors import LibraryError, LibraryUnwritable
from desktop_app.store.os_errors import disk_full_at_open
from desktop_app.store.schema import COUNT_COMMIT


def prove_writable(db: Database, path: Path) -> None:
    """Raise LibraryUnwritable or LibraryWriteFailed, with a plain message, if it cannot."""
    connection = db.conn
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(f"PRAGMA user_version = {version}")  # writes page 1 again
        connection.execute(COUNT_COMMIT)  # every write counts, for the -wal check
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise _refusal(path, error) from None


def _refusal(path: Path, error: sqlite3.Error) -> LibraryError:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return LibraryUnwritable(
            f"{path} cannot be written (it, its -wal or -shm file, or its folder is "
            "read-only): it is open read-only. Make them writable, then open it again."
        )
    if "full" in text:
        return disk_full_at_open(path)
    return library_error(path, error)
