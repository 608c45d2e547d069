"""The next meeting of a series, made in the library from the last one (core/next_meeting.py
says what it carries over)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.meeting_series import next_symbol
from desktop_app.core.model import Meeting
from desktop_app.core.next_meeting import next_date, next_meeting, usual_interval
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library


class SymbolTaken(LibraryError):
    """The symbol proposed for the next meeting is already another meeting's."""


def add_next_meeting(
    library: Library, previous_id: str, date: dt.date | None = None, symbol: str | None = None
) -> Meeting:
    """Make and write the meeting that follows `previous_id`, on `date` (by default: the
    previous date plus the usual interval of the meetings of its body), with `symbol` (by
    default the one proposed: `meeting_series.next_symbol`)."""
    previous = library.load_meeting(previous_id)
    meeting = next_meeting(previous, date, usual_interval(series_dates(library, previous)))
    if symbol is not None:
        meeting.symbol = symbol.strip()
    if meeting.symbol:
        taken = [m for m in library.find_meetings(meeting.symbol) if m.symbol == meeting.symbol]
        if taken:
            then = (
                "choose another symbol"
                if symbol is not None and meeting.symbol != next_symbol(previous.symbol)
                else f"the meeting after {previous.symbol} has been made already"
            )
            raise SymbolTaken(
                f"A meeting with symbol {meeting.symbol} is already in the library "
                f"({taken[0].id}); {then}."
            )
    library.add_meeting(meeting)
    return meeting


def series_dates(library: Library, last: Meeting) -> list[dt.date]:
    """The dates of the meetings of `last`'s body up to its own (none for a meeting of no
    body or no date)."""
    if not last.body or last.date is None:
        return []
    return [
        m.date
        for m in library.meetings()
        if m.body == last.body and m.date is not None and m.date <= last.date
    ]


def proposed_date(library: Library, previous: Meeting) -> dt.date:
    """The date `add_next_meeting` gives the next meeting when none is asked for."""
    return next_date(previous.date, usual_interval(series_dates(library, previous)))
