"""What the main window hands to each pane: plain values, numbers already resolved.

Panes show these and emit signals; they never hold the meeting or reach into each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionStatus
from desktop_app.core.outline import AgendaEntry

__all__ = ["ActionItemView", "AgendaEntry", "FootnoteView"]


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
