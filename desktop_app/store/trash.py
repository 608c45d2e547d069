"""The trash: a deleted meeting waits there, whole, until it is restored or the trash is
emptied. While it is there it is in no list, search or count of the library's meetings
(meeting_list.IN_LIBRARY)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.connection import translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import MeetingNotFound
from desktop_app.store.meeting_list import (
    IN_LIBRARY,
    IN_TRASH,
    SUMMARY_SQL,
    MeetingSummary,
    summary,
)

Transaction = Callable[[], contextlib.AbstractContextManager[Database]]


class Trash:
    """The library's trash (`Library.trash`)."""

    def __init__(
        self, db: Database, path: Path, transaction: Transaction, forget: Callable[[str], object]
    ) -> None:
        self._db = db
        self._path = path
        self._transaction = transaction
        self._forget = forget  # drops a meeting from what the library last saved of it

    def meetings(self) -> list[MeetingSummary]:
        """The meetings in the trash, the one put there last first."""
        with translated_errors(self._path):
            rows = self._db.query(SUMMARY_SQL + f" WHERE {IN_TRASH} ORDER BY m.deleted DESC")
            return [summary(row) for row in rows]

    def find(self, reference: str) -> list[MeetingSummary]:
        """Meetings in the trash whose id is `reference` or starts with it, or whose symbol
        it is."""
        reference = reference.strip()
        if not reference:
            return []
        prefix = re.sub(r"([\\%_])", r"\\\1", reference) + "%"
        with translated_errors(self._path):
            rows = self._db.query(
                SUMMARY_SQL + f" WHERE {IN_TRASH} AND (m.id LIKE ? ESCAPE '\\' OR m.symbol = ?) "
                "ORDER BY m.deleted DESC",
                [prefix, reference],
            )
            found = [summary(row) for row in rows]
        exact = [m for m in found if m.id == reference]
        return exact or found

    def put(self, meeting_id: str) -> None:
        """Move a meeting of the library to the trash."""
        self._set_deleted(meeting_id, IN_LIBRARY, _now())

    def take_out(self, meeting_id: str) -> None:
        """Bring a meeting back from the trash into the library, as it was."""
        self._set_deleted(meeting_id, IN_TRASH, None)

    def empty(self) -> int:
        """Delete every meeting in the trash for good; how many there were."""
        with self._transaction() as db:
            ids = [row[0] for row in db.execute(f"SELECT id FROM meetings m WHERE {IN_TRASH}")]
            db.conn.executemany("DELETE FROM meetings WHERE id = ?", [(i,) for i in ids])
        for meeting_id in ids:
            self._forget(meeting_id)
        return len(ids)

    def _set_deleted(self, meeting_id: str, where: str, deleted: str | None) -> None:
        with self._transaction() as db:
            cursor = db.execute(
                f"UPDATE meetings AS m SET deleted = ? WHERE m.id = ? AND {where}",
                [deleted, meeting_id],
            )
            if cursor.rowcount != 1:
                place = "in the library" if where == IN_LIBRARY else "in the trash"
                raise MeetingNotFound(f"There is no meeting {meeting_id} {place} of {self._path}.")
        self._forget(meeting_id)


def _now() -> str:
    return (
        clock.now().astimezone(dt.UTC).isoformat(timespec="microseconds")
    )  # orders two put in one second
