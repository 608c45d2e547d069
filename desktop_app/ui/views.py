"""What the main window hands to each pane: plain values, numbers already resolved.

Panes show these and emit signals; they never hold the meeting or reach into each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionStatus


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item as the agenda tree shows it."""

    id: str
    title: str
    label: str  # "(a)", "2." or ""
    level: int  # 1: an agenda item; 2: a sub-item of the entry above at level 1
    paragraph_range: str  # "3–10", "11", or "" when its section has no numbered paragraph
    paragraph_count: int  # paragraphs in its own section (numbered or not)


@dataclass(frozen=True)
class FootnoteView:
    id: str
    number: int
    text: Inline


@dataclass(frozen=True)
class ActionItemView:
    id: str
    what: str
    owner: str
    due: str
    status: ActionStatus
    paragraph_number: int | None  # the numbered paragraph it came from, if any
