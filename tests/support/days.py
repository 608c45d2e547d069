"""Days of work on a library, on the app's clock: for the tests of backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core import clock
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.store.library import Library

ZONE = dt.timezone(dt.timedelta(hours=1), "CET")
MEETING_ID = "backed0000000001"
MONDAY = dt.date(2026, 9, 7)  # ISO week 37


def set_time(day: dt.date, hour: int) -> None:
    """The app's clock stands at this hour of this day."""
    moment = dt.datetime.combine(day, dt.time(hour), ZONE)
    clock.set_clock(lambda: moment)


def title_of(day: dt.date) -> str:
    return f"Written on {day.isoformat()}"


def work_on(library_path: Path, day: dt.date) -> None:
    """A day's work: open the library at 9, give the meeting that day's title, close at 18."""
    set_time(day, 9)
    with Library.open(library_path) as library:
        meeting = (
            library.load_meeting(MEETING_ID)
            if library.find_meetings(MEETING_ID)
            else Meeting(id=MEETING_ID, opening=[Paragraph(Inline.plain("Opening."))])
        )
        meeting.title = title_of(day)
        library.save_meeting(meeting)
        set_time(day, 18)


def days_from(first: dt.date, count: int) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(count)]


def damage(path: Path) -> None:
    """Overwrite the middle of a file (its tables' pages) with garbage, as a bad disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
