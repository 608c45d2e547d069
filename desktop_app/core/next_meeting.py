"""The next meeting of a series, started from the last one: its title block, its agenda, an
opening paragraph naming the previous note, and the requests still open, carried over.

What is carried over and what is not:
- body, language and place as they were; the symbol and the title proposed
  (`meeting_series.next_symbol`, `meeting_series.suggest_title`); status draft;
- the date given, or by default the previous date plus the usual interval of the series
  (`usual_interval`), else plus 7 days; with no previous date, today;
- the agenda: every agenda item and sub-item with its title and label, without paragraphs;
- the previous note as the one background document, named in the opening paragraph;
- every OPEN action item, in the order of the note's paragraphs, as a new action item (new
  id, same what, owner and due, open) whose `continues_id` is the original's id. It is
  linked to no paragraph: it was said in the earlier meeting, and is linked here once this
  meeting speaks of it. Done and dropped items stay behind.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from collections.abc import Iterable

from desktop_app.core import clock
from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import next_symbol, suggest_title
from desktop_app.core.model import ActionItem, AgendaItem, Meeting, MeetingStatus, Paragraph
from desktop_app.core.numbering import number_meeting

DEFAULT_INTERVAL = dt.timedelta(days=7)
# Where the short name of a body ends: "Working Group on IOM–UN Relations …" → "Working Group".
_NAME_ENDS = re.compile(r"\s(?:on|of|for)\s")


def next_meeting(
    previous: Meeting, date: dt.date | None = None, interval: dt.timedelta | None = None
) -> Meeting:
    """The next meeting after `previous`, on `date` (by default: `next_date`)."""
    date = date or next_date(previous.date, interval)
    meeting = Meeting(
        body=previous.body,
        title=suggest_title(date, previous.language, previous.title, previous.date),
        date=date,
        symbol=next_symbol(previous.symbol),
        place=previous.place,
        language=previous.language,
        status=MeetingStatus.DRAFT,
        agenda=[_agenda_item_copied(item) for item in previous.agenda],
    )
    document = note_reference(previous.title, previous.symbol)
    if document:
        meeting.background_documents = [document]
        text = opening_text(previous.body, previous.language, previous.title, previous.symbol)
        meeting.opening = [Paragraph(Inline.plain(text))]
    meeting.action_items = [
        ActionItem(what=a.what, owner=a.owner, due=a.due, continues_id=a.id)
        for a in open_in_note_order(previous)
    ]
    return meeting


def open_in_note_order(meeting: Meeting) -> list[ActionItem]:
    """The open action items in the order of the paragraphs they come from, as the note
    lists them; those from no paragraph last."""
    numbering = number_meeting(meeting)

    def place(action: ActionItem) -> tuple[bool, int]:
        number = numbering.paragraph_number(action.paragraph_id)
        return (number is None, number or 0)

    return sorted(meeting.open_action_items(), key=place)


def next_date(previous_date: dt.date | None, interval: dt.timedelta | None = None) -> dt.date:
    """The previous date plus `interval` (by default 7 days); today if there is none."""
    if previous_date is None:
        return clock.today()
    return previous_date + (interval or DEFAULT_INTERVAL)


def usual_interval(dates: Iterable[dt.date]) -> dt.timedelta | None:
    """The usual time between the meetings of a series held on `dates`: the median of the
    gaps between one meeting and the next (the lower one of the middle two), two meetings
    on one day not counting as a gap. None with fewer than two days."""
    days = sorted(set(dates))
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(days)]
    if not gaps:
        return None
    return dt.timedelta(days=statistics.median_low(gaps))


def note_reference(title: str, symbol: str) -> str:
    """A note as a list of background documents names it:
    "Chairperson's note on the meeting held on 28 August 2017 (WG/REL/2017/7)"."""
    title, symbol = title.strip(), symbol.strip()
    if title and symbol:
        return f"{title} ({symbol})"
    return title or symbol


def opening_text(body: str, language: str, title: str, symbol: str) -> str:
    """The opening paragraph of the next meeting: what it had before it, the previous note.

    English names the body by its short name (`short_name`): "The Working Group had before
    it the Chairperson's note on the meeting held on 28 August 2017 (WG/REL/2017/7)."
    French and Spanish say "the meeting", whose gender is known, and name the note by its
    title, whose gender is not: "La réunion était saisie du document intitulé « Note de la
    présidence sur la réunion du 28 août 2017 » (WG/REL/2017/7)." Other languages: English.
    """
    symbol_part = f" ({symbol.strip()})" if symbol.strip() else ""
    title = title.strip()
    base = language.split("-")[0].lower()
    if base == "fr":
        named = f"du document intitulé «\u00a0{title}\u00a0»" if title else "du document"
        return f"La réunion était saisie {named}{symbol_part}."
    if base == "es":
        named = f"el documento titulado “{title}”" if title else "el documento"
        return f"La reunión tuvo ante sí {named}{symbol_part}."
    named = f"the {title}" if title else "the document"
    return f"The {short_name(body)} had before it {named}{symbol_part}."


def short_name(body: str) -> str:
    """How the note calls its body after the first time: its name up to the first "on",
    "of" or "for" ("Working Group on IOM–UN Relations …" → "Working Group"); "meeting"
    for a meeting of no body."""
    name = re.sub(r"^the\s+", "", body.strip(), flags=re.IGNORECASE)
    return _NAME_ENDS.split(name, maxsplit=1)[0] or "meeting"


def _agenda_item_copied(item: AgendaItem) -> AgendaItem:
    """The agenda item's heading, and its sub-items', with new ids and no paragraphs."""
    return AgendaItem(
        title=item.title,
        label=item.label,
        sub_items=[_agenda_item_copied(inner) for inner in item.sub_items],
    )
