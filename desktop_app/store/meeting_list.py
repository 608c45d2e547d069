"""The library's list of meetings: one line per meeting, with the counts the library view
shows, and which meetings count as in the library (those not in the trash)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.store import rows as meeting_rows

# The one place that says which meetings are in the library: every list, search and count of
# meetings (aliased m) keeps to it, so a meeting in the trash is nowhere but in the trash.
IN_LIBRARY = "m.deleted IS NULL"
IN_TRASH = "m.deleted IS NOT NULL"


@dataclass(frozen=True)
class MeetingSummary:
    """A line of the library's list of meetings."""

    id: str
    date: dt.date | None
    symbol: str
    title: str
    body: str
    status: str
    paragraphs: int
    open_action_items: int
    modified: str
    deleted: str = ""  # when it was put in the trash (UTC, ISO 8601); "" when it is not


SUMMARY_SQL = """
    SELECT m.id, m.body, m.title, m.date, m.symbol, m.place, m.language, m.status, m.modified,
        m.deleted,
        (SELECT count(*) FROM paragraphs p WHERE p.meeting_id = m.id AND p.numbered)
            AS paragraphs,
        (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status = 'open')
            AS open_action_items
    FROM meetings m
"""


def summary(row: dict[str, object]) -> MeetingSummary:
    details = meeting_rows.details_from_row(row)
    return MeetingSummary(
        id=str(row["id"]),
        date=details.date,
        symbol=details.symbol,
        title=details.title,
        body=details.body,
        status=str(details.status),
        paragraphs=int(row["paragraphs"]),  # type: ignore[call-overload]
        open_action_items=int(row["open_action_items"]),  # type: ignore[call-overload]
        modified=str(row["modified"]),
        deleted=str(row["deleted"] or ""),
    )
