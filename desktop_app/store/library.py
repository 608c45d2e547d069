"""The library: one SQLite file holding every meeting.

Open it with `Library.open(path)` for writing (one writer at a time) or with
`read_only=True` (how, and what is checked first: opening.py). `save_meeting` writes only
the rows that changed since the meeting was last loaded or saved, in one small transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import clock
from desktop_app.core.model import Footnote, Meeting, Paragraph
from desktop_app.store import backups, meeting_words
from desktop_app.store import rows as meeting_rows
from desktop_app.store.action_items import ActionItems
from desktop_app.store.changes import Changes, between, of_edits
from desktop_app.store.checkpoints import BackgroundCheckpoints
from desktop_app.store.connection import translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import (
    LibraryError,
    LibraryReadOnly,
    LibraryWriteFailed,
    MeetingNotFound,
)
from desktop_app.store.file_modes import create_with_mode_of
from desktop_app.store.meeting_list import IN_LIBRARY, SUMMARY_SQL, MeetingSummary, summary
from desktop_app.store.migrations import migrate
from desktop_app.store.opening import OpenFile, open_for_reading, open_for_writing
from desktop_app.store.rows import COLUMNS, MEETING_COLUMNS, MeetingRows
from desktop_app.store.schema import COUNT_COMMIT

if TYPE_CHECKING:  # loaded when first used: the window's start needs none of them
    from desktop_app.store.restoring import Restored
    from desktop_app.store.search import NoteHit, SearchFilters
    from desktop_app.store.snapshots import Snapshots
    from desktop_app.store.trash import Trash


def _upsert_sql(table: str) -> str:
    columns = COLUMNS[table]
    return (
        f"INSERT INTO {table} (id, {', '.join(columns)}) "
        f"VALUES (?, {', '.join('?' for _ in columns)}) ON CONFLICT(id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in columns)
    )


_UPSERT = {table: _upsert_sql(table) for table in COLUMNS}


class Library:
    """An open library file. Use as a context manager, or call `close()`."""

    def __init__(self, path: Path, opened: OpenFile, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._opened = opened
        self._db = opened.db
        self._saved: dict[str, MeetingRows] = {}
        self._identity = _identity_of(path)
        # What the user must be told about the file, e.g. a -wal beside it set aside.
        self.notices = opened.notices
        self._checkpoints: BackgroundCheckpoints | None = None
        self._changed = False  # since opened: a backup is made when it closes
        self.backups = backups.Backups(path)

    # Opening and closing

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Library:
        """Open (for writing, creating it if missing) or read a library file.

        Raises NotALibrary, LibraryCorrupt, LibraryTooNew, LibraryInUse, LibraryMissing
        (read-only on a missing file) or LibraryWriteFailed, each with a plain message.
        """
        path = Path(path).expanduser().absolute()
        if read_only:
            return cls(path, open_for_reading(path), read_only=True)
        library = cls(path, open_for_writing(path), read_only=False)
        library.backups.start_days_first()
        return library

    def checkpoint_in_background(self) -> None:
        """For a library saved while the user types: no save waits for a checkpoint of the
        `-wal`; a thread of its own makes them (see checkpoints.py)."""
        if self.read_only or self._checkpoints is not None:
            return
        with translated_errors(self.path):
            self._checkpoints = BackgroundCheckpoints(self.path)
            self._db.execute("PRAGMA wal_autocheckpoint = 0")

    def close(self) -> None:
        """Close the file; everything saved is on disk when this returns."""
        if self._checkpoints is not None:
            self._checkpoints.stop()
            self._checkpoints = None
        try:
            self.backups.at_close(self._db.conn if self._changed else None)
            self._changed = False
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        finally:
            self._opened.close(db_closed=True)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def save_copy(self, target: Path | str) -> None:
        """Write the whole library, as it is now, to a new file (File › Save a copy as…):
        the way out when the library's own file cannot be written."""
        target = Path(target).expanduser().absolute()
        if target.exists():
            raise LibraryWriteFailed(f"{target} already exists; choose a new file name.")
        create_with_mode_of(self.path, target)
        with translated_errors(target):
            self._db.execute("VACUUM INTO ?", [str(target)])

    def flush(self) -> None:
        """Make every saved change durable now (an explicit save)."""
        self._require_writable()
        with translated_errors(self.path):
            self._db.execute("PRAGMA wal_checkpoint(FULL)")

    def restore_backup(self, backup: backups.Backup) -> Restored:
        """Replace every meeting with the backup's, backing up what is here first."""
        from desktop_app.store import restoring

        self._require_writable()
        self.backups.wait()
        with translated_errors(self.path):
            restored = restoring.restore_into(self._db.conn, self.path, backup)
            migrate(self._db, self.path, self.schema_version)
        self._saved.clear()
        self._changed = True
        return restored

    @property
    def action_items(self) -> ActionItems:
        """Every meeting's action items: listed, found, and marked as one request per chain."""
        forget = lambda meeting_id: self._saved.pop(meeting_id, None)  # noqa: E731
        return ActionItems(self._db, self.path, self.load_meeting, self._transaction, forget)

    @property
    def trash(self) -> Trash:
        """Deleted meetings, until they are restored or the trash is emptied."""
        from desktop_app.store.trash import Trash

        forget = lambda meeting_id: self._saved.pop(meeting_id, None)  # noqa: E731
        return Trash(self._db, self.path, self._transaction, forget)

    @property
    def snapshots(self) -> Snapshots:
        """Each note's history: snapshots taken, listed, compared and restored."""
        from desktop_app.store.snapshots import Snapshots

        return Snapshots(
            self._db, self.path, self.load_meeting, self.save_meeting, self._transaction
        )

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # Reading

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting, the most recent first."""
        with translated_errors(self.path):
            rows = self._db.query(
                SUMMARY_SQL + f" WHERE {IN_LIBRARY} ORDER BY m.date DESC, m.title"
            )
            return [summary(row) for row in rows]

    def find_meetings(self, reference: str) -> list[MeetingSummary]:
        """Meetings whose id is `reference`, whose id starts with it, or whose symbol it is."""
        reference = reference.strip()
        if not reference:
            return []
        with translated_errors(self.path):
            exact = list(
                self._db.query(SUMMARY_SQL + f" WHERE m.id = ? AND {IN_LIBRARY}", [reference])
            )
            if exact:
                return [summary(exact[0])]
            rows = self._db.query(
                SUMMARY_SQL + f" WHERE (m.id LIKE ? ESCAPE '\\' OR m.symbol = ?) AND {IN_LIBRARY} "
                "ORDER BY m.date DESC",
                [_like_prefix(reference), reference],
            )
            return [summary(row) for row in rows]

    def load_meeting(self, meeting_id: str) -> Meeting:
        with translated_errors(self.path):
            found = list(self._db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
            if not found:
                raise MeetingNotFound(f"There is no meeting {meeting_id} in {self.path}.")
            rows = meeting_rows.read_rows(self._db.execute, meeting_id, found[0])
            meeting = meeting_rows.meeting_from_rows(meeting_id, found[0], rows)
        self._saved[meeting_id] = rows
        return meeting

    def search(self, query: str, filters: SearchFilters | None = None) -> list[NoteHit]:
        """Paragraphs, sub-items, footnotes, headings, titles and action items holding the
        query's words, best first (see store/search.py); raises SearchQueryError."""
        from desktop_app.store.search import NO_FILTERS, NoteSearch

        return NoteSearch(self._db.conn, self.path).search(query, filters or NO_FILTERS)

    def meetings_holding(self, words: Sequence[str]) -> set[str]:
        with translated_errors(self.path):
            return meeting_words.meetings_holding(self._db, words)

    # Writing

    def add_meeting(self, meeting: Meeting) -> None:
        """Write a meeting that is not in the library yet."""
        if meeting.id in self._saved or self.find_meetings(meeting.id):
            raise LibraryError(f"Meeting {meeting.id} is already in the library.")
        new = meeting_rows.rows_of(meeting)
        empty = MeetingRows(new.meeting, {table: {} for table in COLUMNS})
        changes = between(empty, new)
        now = _now()
        with self._transaction() as db:
            db.execute(
                f"INSERT INTO meetings (id, {', '.join(MEETING_COLUMNS)}, created, modified) "
                f"VALUES (?, {', '.join('?' for _ in MEETING_COLUMNS)}, ?, ?)",
                [meeting.id, *new.meeting, now, now],
            )
            self._write_rows(changes)
        self._saved[meeting.id] = new

    def save_meeting(self, meeting: Meeting) -> int:
        """Write whatever changed in `meeting`, structure included, since it was loaded or
        last saved; returns the number of rows written. On failure nothing is written and
        the call can simply be repeated."""
        saved = self._saved_state(meeting)
        if saved is None:
            self.add_meeting(meeting)
            return sum(len(rows) for rows in self._saved[meeting.id].tables.values()) + 1
        return self._save(meeting, saved, between(saved, meeting_rows.rows_of(meeting)))

    def save_edits(
        self,
        meeting: Meeting,
        paragraphs: Iterable[Paragraph] = (),
        footnotes: Iterable[Footnote] = (),
    ) -> int:
        """Write the edited text of these paragraphs (with their sub-items and the footnotes
        they call) and footnotes, when nothing has moved since the last save: the cost is
        that of the edit, not of the note. Falls back to `save_meeting` otherwise."""
        saved = self._saved_state(meeting)
        changes = of_edits(saved, meeting, paragraphs, footnotes) if saved else None
        if saved is None or changes is None:
            return self.save_meeting(meeting)
        return self._save(meeting, saved, changes)

    def delete_meeting(self, meeting_id: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        self._saved.pop(meeting_id, None)

    def _saved_state(self, meeting: Meeting) -> MeetingRows | None:
        """The meeting's rows as last saved, read from the file if this library has not
        loaded or saved it yet; None if it is not in the file."""
        if meeting.id not in self._saved:
            with translated_errors(self.path):
                found = list(self._db.query("SELECT * FROM meetings WHERE id = ?", [meeting.id]))
                if not found:
                    return None
                self._saved[meeting.id] = meeting_rows.read_rows(
                    self._db.execute, meeting.id, found[0]
                )
        return self._saved[meeting.id]

    def _save(self, meeting: Meeting, saved: MeetingRows, changes: Changes) -> int:
        if not changes.count():
            return 0
        with self._transaction() as db:
            self._write_rows(changes)
            assignments = ", ".join(f"{c} = ?" for c in MEETING_COLUMNS)
            db.execute(
                f"UPDATE meetings SET {assignments}, modified = ? WHERE id = ?",
                [*meeting_rows.meeting_row(meeting), _now(), meeting.id],
            )
        written = changes.count() + (changes.meeting is None)
        changes.apply_to(saved)
        return written

    def _write_rows(self, changes: Changes) -> None:
        connection = self._db.conn
        for table in reversed(COLUMNS):
            if changes.deletes[table]:
                connection.executemany(
                    f"DELETE FROM {table} WHERE id = ?", [(i,) for i in changes.deletes[table]]
                )
        for table in COLUMNS:
            if changes.upserts[table]:
                connection.executemany(
                    _UPSERT[table], [(i, *row) for i, row in changes.upserts[table].items()]
                )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Database]:
        self._require_writable()
        if _identity_of(self.path) != self._identity:
            raise LibraryWriteFailed(
                f"{self.path} has been moved or deleted since it was opened. Nothing has been "
                "lost: use File › Save a copy as… to keep your work in a new file."
            )
        with translated_errors(self.path), self._db.atomic():
            yield self._db
            self._db.execute(COUNT_COMMIT)
        if self._checkpoints is not None:
            self._checkpoints.written()
        self._changed = True

    def _require_writable(self) -> None:
        if self.read_only:
            raise LibraryReadOnly(f"{self.path} is open read-only; it cannot be changed here.")


def _identity_of(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode), to notice it being moved or deleted."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _now() -> str:
    return clock.now().astimezone(dt.UTC).isoformat(timespec="seconds")


def _like_prefix(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text) + "%"
