"""The agenda the agenda tests show, and how they read the tree back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop_app.core.outline import AgendaEntry

NESTED = [
    AgendaEntry("opening", "Opening of the session", "1.", 1, "1–2", 2),
    AgendaEntry("compact", "Update on the global compact", "2.", 1, "3", 1),
    AgendaEntry("sessions", "Thematic sessions", "(a)", 2, "4–10", 7),
    AgendaEntry("budget", "Budget", "(b)", 2, "", 0),
    AgendaEntry("hearing", "Multi-stakeholder hearing", "(c)", 2, "11", 1),
    AgendaEntry("future", "IOM's future role", "3.", 1, "12–29", 18),
    AgendaEntry("other", "Other business", "4.", 1, "30", 1),
]


def shown(tree: QTreeWidget) -> list[tuple[int, str, str]]:
    """What the tree shows, in order: (level, item text, range text)."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((1, top.text(0), top.text(1)))
        rows += [(2, top.child(j).text(0), top.child(j).text(1)) for j in range(top.childCount())]
    return rows


def item(tree: QTreeWidget, item_id: str) -> QTreeWidgetItem:
    everything = tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    return next(i for i in everything if i.data(0, Qt.ItemDataRole.UserRole) == item_id)
