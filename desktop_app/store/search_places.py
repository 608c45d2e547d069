"""Where a search hit stands in its note, in the note's own numbers: "paragraph 12",
"sub-item (b) of paragraph 26", "footnote 3 in paragraph 4".

Numbers are never stored: they are computed for the hits kept only, from the order of their
meetings' paragraphs (read in SQL, ids and flags only). A stored note's paragraphs are read
in the order core's numbering reads them (core/outline.py): the opening section, then each
agenda item's paragraphs followed by its sub-items' sections; every numbered paragraph
counts, the unnumbered ones do not. A footnote's number (by first call in the text) needs
the texts: its meeting is loaded whole and numbered by core.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.labels import sub_item_label
from desktop_app.core.numbering import number_meeting
from desktop_app.store import rows as meeting_rows
from desktop_app.store.paragraph_numbers import paragraph_numbers


@dataclass(frozen=True)
class NoteHit:
    """One place where the words are, as a result shows it."""

    meeting_id: str
    symbol: str
    date: dt.date | None
    title: str
    where: str  # paragraph, sub-item, footnote, heading, title or action item
    item_id: str  # the paragraph's, sub-item's … id; the meeting's for a title
    paragraph_id: str | None  # the paragraph to open at, if any
    paragraph: int | None  # its number as the note shows it; None: unnumbered or none
    place: str  # in words: "paragraph 12", "sub-item (b) of paragraph 26" …
    snippet: str  # plain text; the words found between « and »
    words: tuple[str, ...]  # the words and phrases of the query, to highlight


@dataclass(frozen=True)
class Found:
    """A search entry found: its kind as the index names it, its ids, its snippet."""

    kind: str
    item_id: str
    meeting_id: str
    snippet: str


WHERE = {
    "paragraph": "paragraph",
    "sub_item": "sub-item",
    "footnote": "footnote",
    "heading": "heading",
    "title": "title",
    "action_item": "action item",
}

# A sub-item's paragraph, and its place among its siblings (and its parent's, for an (i)).
_SIBLINGS = (
    "t.paragraph_id = {s}.paragraph_id AND coalesce(t.parent_id, '') = coalesce({s}.parent_id, '')"
)
_SUB_ITEMS_SQL = f"""
    SELECT s.id, s.paragraph_id, s.parent_id,
        (SELECT count(*) FROM sub_items t
            WHERE {_SIBLINGS.format(s="s")} AND t.position < s.position),
        (SELECT count(*) FROM sub_items u JOIN sub_items t ON {_SIBLINGS.format(s="u")}
            WHERE u.id = s.parent_id AND t.position < u.position)
    FROM sub_items s WHERE s.id IN ({{ids}})
"""


def places_of(
    connection: sqlite3.Connection, found: Sequence[Found], words: tuple[str, ...]
) -> list[NoteHit]:
    """The hits, each with its meeting and its place in words."""
    if not found:
        return []
    meetings = _meetings(connection, {f.meeting_id for f in found})
    sub_items = _sub_items(connection, [f.item_id for f in found if f.kind == "sub_item"])
    footnotes = _footnotes(connection, {f.meeting_id for f in found if f.kind == "footnote"})
    actions = _action_paragraphs(connection, [f.item_id for f in found if f.kind == "action_item"])
    paragraph_of: dict[str, str | None] = {**actions}
    paragraph_of.update((sid, s[0]) for sid, s in sub_items.items())
    paragraph_of.update((fid, f[1]) for fid, f in footnotes.items())
    for hit in found:
        if hit.kind == "paragraph":
            paragraph_of[hit.item_id] = hit.item_id
    numbers = paragraph_numbers(connection, {p for p in paragraph_of.values() if p})
    hits = []
    for hit in found:
        symbol, date, title = meetings.get(hit.meeting_id, ("", None, ""))
        paragraph_id = paragraph_of.get(hit.item_id)
        number = numbers.get(paragraph_id) if paragraph_id else None
        hits.append(
            NoteHit(
                meeting_id=hit.meeting_id,
                symbol=symbol,
                date=date,
                title=title,
                where=WHERE.get(hit.kind, hit.kind),
                item_id=hit.item_id,
                paragraph_id=paragraph_id,
                paragraph=number,
                place=_place(hit, number, paragraph_id, sub_items, footnotes),
                snippet=hit.snippet,
                words=words,
            )
        )
    return hits


def _place(
    hit: Found,
    number: int | None,
    paragraph_id: str | None,
    sub_items: dict[str, tuple[str, str]],
    footnotes: dict[str, tuple[int | None, str | None]],
) -> str:
    paragraph = f"paragraph {number}" if number is not None else "an unnumbered paragraph"
    if hit.kind == "paragraph":
        return paragraph
    if hit.kind == "sub_item":
        return f"sub-item {sub_items[hit.item_id][1]} of {paragraph}"
    if hit.kind == "footnote":
        footnote_number, _ = footnotes.get(hit.item_id, (None, None))
        footnote = f"footnote {footnote_number}" if footnote_number else "a footnote"
        return f"{footnote} in {paragraph}" if paragraph_id else footnote
    return {"heading": "the heading", "title": "the title"}.get(hit.kind, "an action item")


def _in(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)


def _meetings(
    connection: sqlite3.Connection, ids: set[str]
) -> dict[str, tuple[str, dt.date | None, str]]:
    rows = connection.execute(
        f"SELECT id, symbol, date, title FROM meetings WHERE id IN ({_in(ids)})", [*ids]
    )
    return {
        row[0]: (row[1], dt.date.fromisoformat(row[2]) if row[2] else None, row[3]) for row in rows
    }


def _sub_items(connection: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """Each sub-item's paragraph and label: "(b)", or "(b)(ii)" one level down."""
    if not ids:
        return {}
    labels = {}
    for sid, paragraph_id, parent_id, index, parent_index in connection.execute(
        _SUB_ITEMS_SQL.format(ids=_in(ids)), ids
    ):
        label = sub_item_label(index, 1)
        if parent_id is not None:
            label = sub_item_label(parent_index, 1) + sub_item_label(index, 2)
        labels[sid] = (paragraph_id, label)
    return labels


def _action_paragraphs(connection: sqlite3.Connection, ids: list[str]) -> dict[str, str | None]:
    if not ids:
        return {}
    rows = connection.execute(
        f"SELECT id, paragraph_id FROM action_items WHERE id IN ({_in(ids)})", ids
    )
    return {row[0]: row[1] for row in rows}


def _footnotes(
    connection: sqlite3.Connection, meeting_ids: set[str]
) -> dict[str, tuple[int | None, str | None]]:
    """Each footnote of these meetings: its number and the paragraph that first calls it."""
    out: dict[str, tuple[int | None, str | None]] = {}
    for meeting_id in meeting_ids:
        cursor = connection.execute("SELECT * FROM meetings WHERE id = ?", [meeting_id])
        names = [column[0] for column in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
        rows = meeting_rows.read_rows(connection.execute, meeting_id, row)
        meeting = meeting_rows.meeting_from_rows(meeting_id, row, rows)
        numbers = number_meeting(meeting).footnotes
        calling: dict[str, str] = {}
        for paragraph in meeting.paragraphs():
            for footnote_id in paragraph.footnote_ids():
                calling.setdefault(footnote_id, paragraph.id)
        for footnote_id in meeting.footnotes:
            out[footnote_id] = (numbers.get(footnote_id), calling.get(footnote_id))
    return out
