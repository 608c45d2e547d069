"""A meeting as table rows and back: what is saved, and what a save compares against.

Each row is a tuple of the columns named below, keyed by the entity's id. Tables are listed
parents first, the order in which rows are written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails, apply_details
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)

Row = tuple[object, ...]

MEETING_COLUMNS = ("body", "title", "date", "symbol", "place", "language", "status", "background")
COLUMNS: dict[str, tuple[str, ...]] = {
    "agenda_items": ("meeting_id", "parent_id", "position", "title", "label"),
    "paragraphs": ("meeting_id", "agenda_item_id", "position", "numbered", "text"),
    "sub_items": ("paragraph_id", "parent_id", "position", "text"),
    "footnotes": ("meeting_id", "text"),
    "action_items": (
        "meeting_id",
        "position",
        "what",
        "owner",
        "due",
        "status",
        "paragraph_id",
        "continues_id",
    ),
}


_SELECT = {
    "agenda_items": "SELECT id, {} FROM agenda_items WHERE meeting_id = ?",
    "paragraphs": "SELECT id, {} FROM paragraphs WHERE meeting_id = ?",
    "sub_items": "SELECT id, {} FROM sub_items WHERE paragraph_id IN "
    "(SELECT id FROM paragraphs WHERE meeting_id = ?)",
    "footnotes": "SELECT id, {} FROM footnotes WHERE meeting_id = ?",
    "action_items": "SELECT id, {} FROM action_items WHERE meeting_id = ?",
}
Execute = Callable[[str, list[object]], Iterable[Sequence[object]]]


@dataclass
class MeetingRows:
    meeting: Row
    tables: dict[str, dict[str, Row]] = field(default_factory=dict)


def read_rows(execute: Execute, meeting_id: str, meeting: Mapping[str, object]) -> MeetingRows:
    """A meeting's rows as the file holds them (`meeting`: its row in `meetings`)."""
    tables: dict[str, dict[str, Row]] = {}
    for table, columns in COLUMNS.items():
        sql = _SELECT[table].format(", ".join(columns))
        tables[table] = {str(r[0]): tuple(r[1:]) for r in execute(sql, [meeting_id])}
    return MeetingRows(tuple(meeting[c] for c in MEETING_COLUMNS), tables)


def meeting_row(meeting: Meeting) -> Row:
    return (
        meeting.body,
        meeting.title,
        meeting.date.isoformat() if meeting.date else None,
        meeting.symbol,
        meeting.place,
        meeting.language,
        str(meeting.status),
        json.dumps(meeting.background_documents, ensure_ascii=False),
    )


def _paragraph_of(
    place_id: str | None, paragraphs: dict[str, Row], sub_items: dict[str, Row]
) -> str | None:
    """The paragraph an action item came from: the one that holds the sub-item it names
    (a paragraph made a sub-item by Tab keeps its requests)."""
    if place_id in paragraphs:
        return place_id
    if place_id in sub_items:
        return str(sub_items[place_id][0])
    return None


def rows_of(meeting: Meeting) -> MeetingRows:
    """Every row that stores the meeting, as it is now."""
    mid = meeting.id
    agenda: dict[str, Row] = {}
    paragraphs: dict[str, Row] = {}
    sub_items: dict[str, Row] = {}
    for position, item in enumerate(meeting.agenda):
        agenda[item.id] = (mid, None, position, item.title, item.label)
        for inner_position, inner in enumerate(item.sub_items):
            agenda[inner.id] = (mid, item.id, inner_position, inner.title, inner.label)
    for section in meeting.sections():
        for position, paragraph in enumerate(section.paragraphs):
            text = paragraph.text.markup
            paragraphs[paragraph.id] = (mid, section.id, position, int(paragraph.numbered), text)
            if paragraph.sub_items:
                sub_item_rows(paragraph.id, None, paragraph.sub_items, sub_items)
    footnotes: dict[str, Row] = {f.id: (mid, f.text.markup) for f in meeting.footnotes.values()}
    actions: dict[str, Row] = {
        a.id: (
            mid,
            position,
            a.what,
            a.owner,
            a.due,
            str(a.status),
            _paragraph_of(a.paragraph_id, paragraphs, sub_items),
            a.continues_id,
        )
        for position, a in enumerate(meeting.action_items)
    }
    return MeetingRows(
        meeting_row(meeting),
        {
            "agenda_items": agenda,
            "paragraphs": paragraphs,
            "sub_items": sub_items,
            "footnotes": footnotes,
            "action_items": actions,
        },
    )


def sub_item_rows(
    paragraph_id: str, parent_id: str | None, items: list[SubItem], out: dict[str, Row]
) -> None:
    """Add the rows of a paragraph's sub-items (and theirs) to `out`."""
    for position, sub_item in enumerate(items):
        out[sub_item.id] = (paragraph_id, parent_id, position, sub_item.text.markup)
        sub_item_rows(paragraph_id, sub_item.id, sub_item.sub_items, out)


def details_from_row(meeting: Mapping[str, object]) -> MeetingDetails:
    """A meeting's title block as its row in `meetings` holds it: the one reading of those
    columns, for a loaded meeting and for the library's list of meetings alike."""
    date = meeting["date"]
    return MeetingDetails(
        body=str(meeting["body"]),
        title=str(meeting["title"]),
        date=dt.date.fromisoformat(str(date)) if date else None,
        symbol=str(meeting["symbol"]),
        place=str(meeting["place"]),
        language=str(meeting["language"]),
        status=MeetingStatus(str(meeting["status"])),
    )


def meeting_from_rows(meeting_id: str, meeting: Mapping[str, object], rows: MeetingRows) -> Meeting:
    """Rebuild a meeting from its rows (as `rows_of` makes them)."""
    tables = rows.tables
    items, agenda = _agenda_from_rows(tables["agenda_items"])
    paragraphs, opening = _paragraphs_from_rows(tables["paragraphs"], items)
    _add_sub_items(tables["sub_items"], paragraphs)
    rebuilt = Meeting(
        background_documents=list(json.loads(str(meeting["background"]))),
        opening=opening,
        agenda=agenda,
        footnotes={
            fid: Footnote(Inline.from_markup(str(r[1])), id=fid)
            for fid, r in tables["footnotes"].items()
        },
        action_items=_action_items_from_rows(tables["action_items"]),
        id=meeting_id,
    )
    apply_details(rebuilt, details_from_row(meeting))
    return rebuilt


def _agenda_from_rows(
    rows: dict[str, Row],
) -> tuple[dict[str, AgendaItem], list[AgendaItem]]:
    """Every agenda item by id, and the top-level ones in order (each holding its sub-items)."""
    items = {
        iid: AgendaItem(title=str(r[3]), label=str(r[4]), id=iid)
        for iid, r in _by_position(rows, 2)
    }
    top_level: list[AgendaItem] = []
    for iid, r in _by_position(rows, 2):
        parent = r[1]
        (items[str(parent)].sub_items if parent else top_level).append(items[iid])
    return items, top_level


def _paragraphs_from_rows(
    rows: dict[str, Row], items: dict[str, AgendaItem]
) -> tuple[dict[str, Paragraph], list[Paragraph]]:
    """Every paragraph by id, each put in its agenda item; and the opening paragraphs."""
    paragraphs: dict[str, Paragraph] = {}
    opening: list[Paragraph] = []
    for pid, r in _by_position(rows, 2):
        paragraph = Paragraph(Inline.from_markup(str(r[4])), bool(r[3]), id=pid)
        paragraphs[pid] = paragraph
        (items[str(r[1])].paragraphs if r[1] else opening).append(paragraph)
    return paragraphs, opening


def _add_sub_items(rows: dict[str, Row], paragraphs: dict[str, Paragraph]) -> None:
    """Put each sub-item in its paragraph, or in the sub-item it belongs to."""
    sub_items: dict[str, SubItem] = {}
    for sid, r in _by_position(rows, 2):
        sub_items[sid] = SubItem(Inline.from_markup(str(r[3])), id=sid)
    for sid, r in _by_position(rows, 2):
        parent = r[1]
        holder = sub_items[str(parent)] if parent else paragraphs[str(r[0])]
        holder.sub_items.append(sub_items[sid])


def _action_items_from_rows(rows: dict[str, Row]) -> list[ActionItem]:
    return [
        ActionItem(
            what=str(r[2]),
            owner=str(r[3]),
            due=str(r[4]),
            status=ActionStatus(str(r[5])),
            paragraph_id=_optional(r[6]),
            continues_id=_optional(r[7]),
            id=aid,
        )
        for aid, r in _by_position(rows, 1)
    ]


def _by_position(rows: dict[str, Row], position_column: int) -> list[tuple[str, Row]]:
    return sorted(rows.items(), key=lambda item: int(item[1][position_column]))  # type: ignore[call-overload]


def _optional(value: object) -> str | None:
    return None if value is None else str(value)
