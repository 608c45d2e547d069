"""A meeting's details, and the next meeting of a series suggested from the last one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.dates import long_date
from desktop_app.core.model import Meeting, MeetingStatus

_DEFAULT_TITLES = {
    "en": "Chairperson's note on the meeting held on {date}",
    "fr": "Note de la présidence sur la réunion du {date}",
    "es": "Nota de la Presidencia sobre la reunión celebrada el {date}",
}
_TRAILING_NUMBER = re.compile(r"(\d+)$")
# A revision, addendum, corrigendum or amendment of a document: "/Rev.1", "/Add. 2", "/Corr.1".
_ISSUE_SUFFIX = re.compile(r"(?:/(?:Rev|Add|Corr|Amend)\.\s?\d+)+$", re.IGNORECASE)


@dataclass
class MeetingDetails:
    """What a meeting is, apart from its note: its title block, as the meeting details dialog
    edits it, the header above the note shows it and the writers head the issued note with it.
    (Its background documents are listed apart, in the note's front matter only.)"""

    body: str
    title: str
    date: dt.date | None
    symbol: str
    place: str
    language: str
    status: MeetingStatus


def details_of(meeting: Meeting) -> MeetingDetails:
    return MeetingDetails(
        body=meeting.body,
        title=meeting.title,
        date=meeting.date,
        symbol=meeting.symbol,
        place=meeting.place,
        language=meeting.language,
        status=meeting.status,
    )


def apply_details(meeting: Meeting, details: MeetingDetails) -> None:
    meeting.body = details.body
    meeting.title = details.title
    meeting.date = details.date
    meeting.symbol = details.symbol
    meeting.place = details.place
    meeting.language = details.language
    meeting.status = details.status


def suggest_title(
    date: dt.date,
    language: str = "en",
    previous_title: str | None = None,
    previous_date: dt.date | None = None,
) -> str:
    """The previous title with the new date, if it named its date; else the usual title."""
    if previous_title and previous_date:
        previous_words = long_date(previous_date, language)
        if previous_words in previous_title:
            return previous_title.replace(previous_words, long_date(date, language))
    base = language.split("-")[0].lower()
    return _DEFAULT_TITLES.get(base, _DEFAULT_TITLES["en"]).format(date=long_date(date, language))


def base_symbol(symbol: str) -> str:
    """The symbol of the document itself, without its revision, addendum, corrigendum or
    amendment: "WG/REL/2017/6/Rev.1" → "WG/REL/2017/6"."""
    return _ISSUE_SUFFIX.sub("", symbol.strip())


def next_symbol(symbol: str) -> str:
    """The symbol of the next meeting's note, or "" when there is none to propose.

    The rule: take the symbol of the note itself (`base_symbol`: any /Rev.n, /Add.n,
    /Corr.n or /Amend.n at its end left out), and add one to the number it ends with,
    keeping its zero padding: "WG/REL/2017/6" → "WG/REL/2017/7",
    "WG/REL/2017/6/Rev.1" → "WG/REL/2017/7", "CAT/C/SR.229/Add.1" → "CAT/C/SR.230",
    "WG/05" → "WG/06". A symbol that does not end with a number ("WG/REL", or
    "A/HRC/59/L.1/Add", whose numbers are inside it) gets none: the user types one.
    """
    base = base_symbol(symbol)
    match = _TRAILING_NUMBER.search(base)
    if not match:
        return ""
    digits = match.group(1)
    return base[: match.start()] + str(int(digits) + 1).zfill(len(digits))


def suggest_new_meeting(previous: MeetingDetails | None, date: dt.date) -> MeetingDetails:
    """A new meeting's details, continuing the series of `previous` when there is one."""
    if previous is None:
        return MeetingDetails(
            body="",
            title=suggest_title(date),
            date=date,
            symbol="",
            place="",
            language="en",
            status=MeetingStatus.DRAFT,
        )
    return MeetingDetails(
        body=previous.body,
        title=suggest_title(date, previous.language, previous.title, previous.date),
        date=date,
        symbol=next_symbol(previous.symbol),
        place=previous.place,
        language=previous.language,
        status=MeetingStatus.DRAFT,
    )
