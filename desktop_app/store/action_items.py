"""The action items of every meeting in a library: listed with their meeting and paragraph
number, found by id, and marked open, done or dropped as one request across meetings.

A request carried over from meeting to meeting is a chain of action items, each continuing
the one before (`continues_id`). Its status is the request's: marking any item of the chain
marks every item of it, those it continues and those that continue it, transitively (so an
item carried over twice from one meeting, too).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import clock
from desktop_app.core.model import ActionStatus, Meeting
from desktop_app.core.numbering import number_meeting
from desktop_app.store.connection import translated_errors
from desktop_app.store.database import Database
from desktop_app.store.errors import LibraryError
from desktop_app.store.meeting_list import IN_LIBRARY


@dataclass(frozen=True)
class ListedActionItem:
    """An action item as the library's list of requests shows it."""

    id: str
    meeting_id: str
    symbol: str
    date: dt.date | None
    body: str
    paragraph: int | None  # the number of its paragraph as the note numbers it; None: none
    what: str
    owner: str
    due: str
    status: ActionStatus
    continues_id: str | None


@dataclass(frozen=True)
class StatusChange:
    """What marking an action item did: every item of its chain, and those that changed."""

    id: str
    status: ActionStatus
    chain: list[str]  # the ids of the item's chain, the item itself included, in id order
    changed: list[str]  # those of the items whose status was another


# Every item connected to the first one by continues_id, either way. UNION stops at a cycle.
_CHAIN_SQL = """
    WITH RECURSIVE chain(id) AS (
        SELECT ?
        UNION
        SELECT a.id FROM action_items a JOIN chain c
            ON a.continues_id = c.id
            OR a.id = (SELECT continues_id FROM action_items WHERE id = c.id)
    )
    SELECT a.id, a.status, a.meeting_id FROM action_items a JOIN chain USING (id)
"""
_ITEMS_SQL = f"""
    SELECT a.id, a.meeting_id, a.status, a.owner, m.body FROM action_items a
    JOIN meetings m ON m.id = a.meeting_id WHERE {IN_LIBRARY}
"""


class ActionItems:
    """The action items across a library (`Library.action_items`)."""

    def __init__(
        self,
        db: Database,
        path: Path,
        load_meeting: Callable[[str], Meeting],
        transaction: Callable[[], contextlib.AbstractContextManager[Database]],
        forget: Callable[[str], object],  # drops a meeting from what was last saved
    ) -> None:
        self._db = db
        self._path = path
        self._load_meeting = load_meeting
        self._transaction = transaction
        self._forget = forget

    def listed(
        self, status: ActionStatus | None = None, owner: str = "", body: str = ""
    ) -> list[ListedActionItem]:
        """Every action item, or those with this status, whose owner contains `owner` and
        whose meeting's body contains `body` (letter case aside); by meeting date, oldest
        first, and in each meeting in the order of the note's paragraphs, those from no
        paragraph last."""
        with translated_errors(self._path):
            rows = self._db.execute(_ITEMS_SQL).fetchall()
        wanted: dict[str, set[str]] = {}
        for item_id, meeting_id, item_status, item_owner, meeting_body in rows:
            if status is not None and item_status != status:
                continue
            if _contains(item_owner, owner) and _contains(meeting_body, body):
                wanted.setdefault(meeting_id, set()).add(item_id)
        return [
            item
            for meeting in self._meetings_by_date(wanted)
            for item in _listed_of(meeting, wanted[meeting.id])
        ]

    def find(self, reference: str) -> list[str]:
        """The ids of the action items whose id is `reference`, or starts with it."""
        reference = reference.strip()
        if not reference:
            return []
        with translated_errors(self._path):
            exact = self._db.execute("SELECT id FROM action_items WHERE id = ?", [reference])
            if exact.fetchone():
                return [reference]
            found = self._db.execute(
                "SELECT id FROM action_items WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                [re.sub(r"([\\%_])", r"\\\1", reference) + "%"],
            )
            return [row[0] for row in found]

    def set_status(self, item_id: str, status: ActionStatus) -> StatusChange:
        """Mark the action item and its whole chain `status`, in one transaction. A meeting
        loaded before is compared with the file again at its next save."""
        with self._transaction() as db:
            chain = db.execute(_CHAIN_SQL, [item_id]).fetchall()
            if not chain:
                raise LibraryError(f"There is no action item {item_id} in {self._path}.")
            changed = [row for row in chain if row[1] != status]
            db.conn.executemany(
                "UPDATE action_items SET status = ? WHERE id = ?",
                [(str(status), row[0]) for row in changed],
            )
            meetings = sorted({row[2] for row in changed})
            modified = clock.now().astimezone(dt.UTC).isoformat(timespec="seconds")
            db.conn.executemany(
                "UPDATE meetings SET modified = ? WHERE id = ?", [(modified, m) for m in meetings]
            )
        for meeting_id in meetings:
            self._forget(meeting_id)
        ids = sorted(row[0] for row in chain)
        return StatusChange(item_id, status, ids, sorted(row[0] for row in changed))

    def _meetings_by_date(self, meeting_ids: Iterable[str]) -> list[Meeting]:
        meetings = [self._load_meeting(meeting_id) for meeting_id in meeting_ids]
        return sorted(meetings, key=lambda m: (m.date is None, m.date or dt.date.min, m.symbol))


def _listed_of(meeting: Meeting, item_ids: set[str]) -> list[ListedActionItem]:
    """The meeting's action items among `item_ids`, in the order of their paragraphs."""
    numbering = number_meeting(meeting)
    items = [
        ListedActionItem(
            id=action.id,
            meeting_id=meeting.id,
            symbol=meeting.symbol,
            date=meeting.date,
            body=meeting.body,
            paragraph=numbering.paragraph_number(action.paragraph_id),
            what=action.what,
            owner=action.owner,
            due=action.due,
            status=action.status,
            continues_id=action.continues_id,
        )
        for action in meeting.action_items
        if action.id in item_ids
    ]
    # sorted() keeps the meeting's own order among items of one paragraph
    return sorted(items, key=lambda i: (i.paragraph is None, i.paragraph or 0))


def _contains(text: str, part: str) -> bool:
    return part.casefold() in text.casefold()
