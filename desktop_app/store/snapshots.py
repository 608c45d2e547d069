"""The history of each note: snapshots of the whole meeting, taken when it is exported, marked
final, every ten minutes of editing and on demand; listed, compared with the note, restored.

A snapshot is the meeting as core/meeting_json.py writes it, every stable id kept, so that
it can be compared with the note paragraph by paragraph and become the note again. None is
taken when nothing changed since the last one, unless the user asks for it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import clock
from desktop_app.core.meeting_json import meeting_from_json, meeting_to_json
from desktop_app.core.model import Meeting
from desktop_app.store.connection import translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:  # the diff loads when a note is first compared: the window's start needs none
    from desktop_app.core.note_diff import NoteDiff

EXPORT = "export"
FINAL = "final"
EDITING = "editing"
ON_DEMAND = "on demand"
BEFORE_RESTORE = "before restore"
REASONS = (EXPORT, FINAL, EDITING, ON_DEMAND, BEFORE_RESTORE)
EDITING_INTERVAL = dt.timedelta(minutes=10)  # at most one "editing" snapshot in this time

Transaction = Callable[[], contextlib.AbstractContextManager[Database]]
_COLUMNS = "id, meeting_id, taken, reason, words_changed"
_NEWEST_FIRST = "ORDER BY taken DESC, rowid DESC"


class SnapshotNotFound(LibraryError):
    """No snapshot of this meeting has that id."""


@dataclass(frozen=True)
class Snapshot:
    id: str
    meeting_id: str
    time: dt.datetime  # when it was taken, in UTC
    reason: str  # one of REASONS
    words_changed: int  # since the snapshot before it (the first: its every word)


class Snapshots:
    """The snapshots of every meeting of a library (`Library.snapshots`)."""

    def __init__(
        self,
        db: Database,
        path: Path,
        load_meeting: Callable[[str], Meeting],
        save_meeting: Callable[[Meeting], int],
        transaction: Transaction,
    ) -> None:
        self._db = db
        self._path = path
        self._load_meeting = load_meeting
        self._save_meeting = save_meeting
        self._transaction = transaction

    # Reading

    def listed(self, meeting_id: str) -> list[Snapshot]:
        """The meeting's snapshots, the newest first."""
        with translated_errors(self._path):
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM snapshots WHERE meeting_id = ? {_NEWEST_FIRST}",
                [meeting_id],
            ).fetchall()
        return [_snapshot(row) for row in rows]

    def latest(self, meeting_id: str) -> Snapshot | None:
        with translated_errors(self._path):
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM snapshots WHERE meeting_id = ? {_NEWEST_FIRST} LIMIT 1",
                [meeting_id],
            ).fetchone()
        return _snapshot(row) if row else None

    def find(self, meeting_id: str, reference: str) -> list[Snapshot]:
        """The meeting's snapshots whose id is `reference`, or starts with it."""
        reference = reference.strip()
        if not reference:
            return []
        prefix = re.sub(r"([\\%_])", r"\\\1", reference) + "%"
        with translated_errors(self._path):
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM snapshots WHERE meeting_id = ? "
                f"AND id LIKE ? ESCAPE '\\' {_NEWEST_FIRST}",
                [meeting_id, prefix],
            ).fetchall()
        found = [_snapshot(row) for row in rows]
        return [s for s in found if s.id == reference] or found

    def meeting(self, meeting_id: str, snapshot_id: str) -> Meeting:
        """The meeting as the snapshot holds it."""
        with translated_errors(self._path):
            row = self._db.execute(
                "SELECT content FROM snapshots WHERE id = ? AND meeting_id = ?",
                [snapshot_id, meeting_id],
            ).fetchone()
        if row is None:
            raise SnapshotNotFound(f"Meeting {meeting_id} has no snapshot {snapshot_id}.")
        try:
            return meeting_from_json(row[0])
        except ValueError:
            raise LibraryError(f"Snapshot {snapshot_id} cannot be read: it is damaged.") from None

    def compare(
        self, meeting_id: str, snapshot_id: str, current: Meeting | None = None
    ) -> NoteDiff:
        """What changed from the snapshot to `current` (by default: the meeting as saved)."""
        former = self.meeting(meeting_id, snapshot_id)
        from desktop_app.core.note_diff import compare

        return compare(former, current or self._load_meeting(meeting_id))

    # Writing

    def take(self, meeting: Meeting, reason: str, *, always: bool = False) -> Snapshot | None:
        """A snapshot of `meeting` as given; None, and none taken, when it is the same as the
        last one, unless `always`."""
        from desktop_app.core.note_diff import compare

        with translated_errors(self._path):
            last = self._db.execute(
                f"SELECT content FROM snapshots WHERE meeting_id = ? {_NEWEST_FIRST} LIMIT 1",
                [meeting.id],
            ).fetchone()
        content = meeting_to_json(meeting)
        if last is not None and last[0] == content and not always:
            return None
        try:
            former = meeting_from_json(last[0]) if last else Meeting()
        except ValueError:
            former = Meeting()
        snapshot = Snapshot(
            id=os.urandom(8).hex(),
            meeting_id=meeting.id,
            time=clock.now().astimezone(dt.UTC).replace(microsecond=0),
            reason=reason,
            words_changed=compare(former, meeting).words_changed,
        )
        with self._transaction() as db:
            db.execute(
                f"INSERT INTO snapshots ({_COLUMNS}, content) VALUES (?, ?, ?, ?, ?, ?)",
                [snapshot.id, meeting.id, snapshot.time.isoformat(), reason,
                 snapshot.words_changed, content],
            )  # fmt: skip
        return snapshot

    def is_editing_snapshot_due(self, meeting_id: str, since: dt.datetime) -> bool:
        """Whether ten minutes have passed since the last snapshot (none: since `since`)."""
        last = self.latest(meeting_id)
        return clock.now() - (last.time if last else since) >= EDITING_INTERVAL

    def restore(self, meeting_id: str, snapshot_id: str) -> tuple[Snapshot | None, Meeting]:
        """Make the snapshot's note the meeting's, the note as it is now kept first as a
        snapshot ("before restore"). The meeting's status and its action items stay as they
        are: they are shared with the meetings the requests were carried to."""
        restored = self.meeting(meeting_id, snapshot_id)
        current = self._load_meeting(meeting_id)
        kept = self.take(current, BEFORE_RESTORE, always=True)
        meeting = dataclasses.replace(
            restored, id=meeting_id, status=current.status, action_items=current.action_items
        )
        places = {p.id for p in meeting.paragraphs()}
        places |= {s.id for p in meeting.paragraphs() for s, _ in p.all_sub_items()}
        for action in meeting.action_items:
            if action.paragraph_id not in places:
                action.paragraph_id = None
        self._save_meeting(meeting)
        return kept, meeting


def _snapshot(row: tuple[object, ...]) -> Snapshot:
    return Snapshot(
        id=str(row[0]),
        meeting_id=str(row[1]),
        time=dt.datetime.fromisoformat(str(row[2])),
        reason=str(row[3]),
        words_changed=int(row[4]),  # type: ignore[call-overload]
    )
