"""SQLite connections to a library file, and SQLite's errors told as the store's own."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop_app.store.database import Database
from desktop_app.store.errors import LibraryCorrupt, LibraryError, LibraryWriteFailed
from desktop_app.store.schema import SEARCH_TEXT_FUNCTION, search_text


def connect(path: Path, mode: str, shown_as: Path | None = None) -> Database:
    """A connection in the given SQLite open mode: ro, rw or rwc (create), and options.
    Errors name `shown_as` (the library the user chose) when given."""
    try:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode={mode}", uri=True, timeout=5, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise library_error(shown_as or path, error) from None
    connection.create_function(SEARCH_TEXT_FUNCTION, 1, search_text, deterministic=True)
    return Database(connection)


def check_integrity(db: Database, path: Path) -> None:
    """Refuse a damaged file before anything is written to it."""
    result = str(db.execute("PRAGMA quick_check(1)").fetchone()[0])
    if result != "ok":
        raise LibraryCorrupt(path, " ".join(result.replace("*", "").split()))


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into the store's own, with a message a user can act on."""
    try:
        yield
    except sqlite3.Error as error:
        raise library_error(path, error) from error


def library_error(path: Path, error: sqlite3.Error) -> LibraryError:
    text = str(error).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return LibraryCorrupt(path)
    if "full" in text:
        return LibraryWriteFailed(
            f"The disk holding {path} is full; free some space. Nothing has been lost: "
            "the change will be saved when there is room."
        )
    if "readonly" in text or "read-only" in text:
        return LibraryWriteFailed(
            f"{path} cannot be written (it or its folder is read-only). Nothing has been "
            "lost: the change will be saved when the file can be written."
        )
    if "locked" in text or "busy" in text:
        return LibraryWriteFailed(f"{path} is busy; the change will be saved shortly.")
    if "unable to open" in text:
        return LibraryWriteFailed(f"{path} cannot be opened; is its folder still there?")
    return LibraryWriteFailed(f"{path} could not be used: {str(error).rstrip('.')}.")
