"""Levels: Tab makes a paragraph a sub-item of the one above and a sub-item go one deeper,
Shift+Tab brings each back one level; agenda items likewise."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.editing.agenda import TOO_DEEP
from desktop_app.core.editing.errors import EditError
from desktop_app.core.model import Meeting
from desktop_app.core.outline import Kind, rebuild, rows_of

TWO_LEVELS = "Sub-items go two levels deep: (a), then (i)."


def levels_after(kinds: list[Kind], first: int, last: int, deeper: bool) -> list[Kind]:
    """The kinds of the rows once rows `first`…`last` have gone one level deeper (or back
    one). `kinds` are as the rows count; raises EditError, saying why, when it cannot be."""
    kinds = list(kinds)
    for number in range(first, last + 1):
        problem = (_deeper if deeper else _shallower)(kinds, number)
        if problem:
            raise EditError(problem)
    return kinds


def change_level(meeting: Meeting, first_id: str, last_id: str, deeper: bool) -> None:
    """Tab (deeper) or Shift+Tab on the rows from `first_id` to `last_id`."""
    rows = rows_of(meeting)
    ids = [row.id for row in rows]
    first, last = ids.index(first_id), ids.index(last_id)
    kinds = levels_after([row.kind for row in rows], first, last, deeper)
    rebuild(meeting, [replace(row, kind=kind) for row, kind in zip(rows, kinds, strict=True)])


def _deeper(kinds: list[Kind], n: int) -> str | None:
    kind = kinds[n]
    above = kinds[n - 1] if n > 0 else None
    if kind.is_paragraph:
        if above is None or above.is_heading:
            return "A sub-item needs a paragraph above it in its section."
        children = _sub_items_after(kinds, n)
        if any(kinds[c] is Kind.SUB_SUB_ITEM for c in children):
            return TWO_LEVELS
        for child in children:
            kinds[child] = Kind.SUB_SUB_ITEM
        kinds[n] = Kind.SUB_ITEM
    elif kind is Kind.SUB_ITEM:
        if above is None or not above.is_sub_item:
            return "The first sub-item of a paragraph cannot go deeper: (i) needs an (a) above it."
        if any(kinds[c] is Kind.SUB_SUB_ITEM for c in _sub_items_after(kinds, n)):
            return TWO_LEVELS
        kinds[n] = Kind.SUB_SUB_ITEM
    elif kind is Kind.SUB_SUB_ITEM:
        return TWO_LEVELS
    elif kind is Kind.HEADING:
        if Kind.HEADING not in kinds[:n]:
            return "The first agenda item cannot be a sub-item."
        if _sub_headings_after(kinds, n):
            return TOO_DEEP
        kinds[n] = Kind.SUB_HEADING
    else:
        return TOO_DEEP
    return None


_PROMOTED = {
    Kind.SUB_SUB_ITEM: Kind.SUB_ITEM,
    Kind.SUB_ITEM: Kind.PARAGRAPH,
    Kind.SUB_HEADING: Kind.HEADING,
}


def _shallower(kinds: list[Kind], n: int) -> str | None:
    kinds[n] = _PROMOTED.get(kinds[n], kinds[n])
    return None


def _sub_items_after(kinds: list[Kind], n: int) -> list[int]:
    """The sub-item rows that follow row n directly."""
    found = []
    for index in range(n + 1, len(kinds)):
        if not kinds[index].is_sub_item:
            break
        found.append(index)
    return found


def _sub_headings_after(kinds: list[Kind], n: int) -> list[int]:
    """The sub-headings of the agenda item whose heading is row n."""
    found = []
    for index in range(n + 1, len(kinds)):
        if kinds[index] is Kind.HEADING:
            break
        if kinds[index] is Kind.SUB_HEADING:
            found.append(index)
    return found
