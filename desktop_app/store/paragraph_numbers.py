"""The numbers of some paragraphs as their notes show them, without loading the notes.

A stored note's paragraphs are numbered as core's numbering reads them (core/outline.py):
the opening section, then each agenda item's paragraphs followed by its sub-items'
sections, each section in its order; every numbered paragraph counts, the unnumbered do
not (a stored sub-item always has its paragraph, so none counts as one). A paragraph's
number is then the numbered paragraphs of the sections before its own, plus those before
it in its own: counts the index `paragraphs_reading_order` answers without reading a text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

_PARAGRAPHS_SQL = """
    SELECT p.id, p.meeting_id, p.agenda_item_id, p.numbered,
        (SELECT count(*) FROM paragraphs q
            WHERE q.meeting_id = p.meeting_id AND q.agenda_item_id IS p.agenda_item_id
            AND q.position < p.position AND q.numbered)
    FROM paragraphs p WHERE p.id IN ({ids})
"""
_SECTIONS_SQL = """
    SELECT meeting_id, agenda_item_id, sum(numbered != 0) FROM paragraphs
    WHERE meeting_id IN ({ids}) GROUP BY meeting_id, agenda_item_id
"""
_AGENDA_SQL = (
    "SELECT meeting_id, id, parent_id, position FROM agenda_items WHERE meeting_id IN ({ids})"
)


def paragraph_numbers(connection: sqlite3.Connection, ids: Collection[str]) -> dict[str, int]:
    """The number of each of these paragraphs that is numbered, by id."""
    if not ids:
        return {}
    paragraphs = connection.execute(_PARAGRAPHS_SQL.format(ids=_marks(ids)), [*ids]).fetchall()
    meetings = sorted({row[1] for row in paragraphs if row[3]})
    if not meetings:
        return {}
    marks = _marks(meetings)
    counts = {
        (m, s): int(n) for m, s, n in connection.execute(_SECTIONS_SQL.format(ids=marks), meetings)
    }
    before = _numbered_before(connection, meetings, counts)
    return {
        pid: before[(meeting, section)] + earlier + 1
        for pid, meeting, section, numbered, earlier in paragraphs
        if numbered
    }


def _numbered_before(
    connection: sqlite3.Connection, meetings: list[str], counts: dict[tuple[str, str | None], int]
) -> dict[tuple[str, str | None], int]:
    """For each section of these meetings, the numbered paragraphs of the sections before."""
    top: dict[str, list[tuple[int, str]]] = {m: [] for m in meetings}
    children: dict[str, list[tuple[int, str]]] = {}
    for meeting, item, parent, position in connection.execute(
        _AGENDA_SQL.format(ids=_marks(meetings)), meetings
    ):
        if parent is None:
            top[meeting].append((position, item))
        else:
            children.setdefault(parent, []).append((position, item))
    before: dict[tuple[str, str | None], int] = {}
    for meeting in meetings:
        order: list[str | None] = [None]
        for _, item in sorted(top[meeting]):
            order.append(item)
            order.extend(child for _, child in sorted(children.get(item, [])))
        total = 0
        for section in order:
            before[(meeting, section)] = total
            total += counts.get((meeting, section), 0)
    return before


def _marks(values: Collection[object]) -> str:
    return ", ".join("?" for _ in values)
