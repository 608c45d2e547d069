"""A footnote and an action item with their numbers resolved: one record each, as the panes
show them and the writers write them (numbers are computed by `numbering`, never stored)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionItem, ActionStatus


@dataclass(frozen=True)
class NumberedFootnote:
    id: str
    number: int
    text: Inline


@dataclass(frozen=True)
class NumberedActionItem:
    id: str
    what: str
    owner: str
    due: str
    status: ActionStatus
    paragraph_number: int | None  # the numbered paragraph it came from, if any

    @classmethod
    def of(cls, action: ActionItem, paragraph_number: int | None) -> NumberedActionItem:
        """The action item as shown, `paragraph_number` being that of its paragraph."""
        return cls(
            action.id, action.what, action.owner, action.due, action.status, paragraph_number
        )


def numbered_footnotes(
    numbers: Mapping[str, int], texts: Mapping[str, Inline]
) -> list[NumberedFootnote]:
    """The footnotes in number order (`numbers` is); a number with no text is left out."""
    return [NumberedFootnote(fid, n, texts[fid]) for fid, n in numbers.items() if fid in texts]
