"""The dates of the search's date range as people type them: a day ("2017-08-28", "28 August
2017"), a month ("2017-08") or a year ("2017"), the first day of it for "from" and the last
for "to"."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from desktop_app.core.dates import read_date

_YEAR_MONTH = re.compile(r"(\d{4})(?:[-/.](\d{1,2}))?")


class DateNotUnderstood(ValueError):
    """A date the search cannot read; the message says what it can."""


def date_bound(text: str, last: bool) -> dt.date | None:
    """The date `text` names (None for no text); for a month or a year, its first day, or its
    last if `last`. Raises DateNotUnderstood."""
    text = text.strip()
    if not text:
        return None
    match = _YEAR_MONTH.fullmatch(text)
    if match:
        year, month = int(match[1]), int(match[2]) if match[2] else None
        if month is None:
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        if 1 <= month <= 12:
            day = calendar.monthrange(year, month)[1] if last else 1
            return dt.date(year, month, day)
    found = read_date(text)
    if found is None:
        raise DateNotUnderstood(
            f"'{text}' is not a date the search can read: type a day (2017-08-28), "
            "a month (2017-08) or a year (2017)."
        )
    return found
