"""What the main window hands to each pane: plain values, numbers already resolved.

Panes show these and emit signals; they never hold the meeting or reach into each other.
Each is core's own record (the writers write the same ones).
"""

from __future__ import annotations

from desktop_app.core.numbered import NumberedActionItem, NumberedFootnote
from desktop_app.core.outline import AgendaEntry

__all__ = ["AgendaEntry", "NumberedActionItem", "NumberedFootnote"]
