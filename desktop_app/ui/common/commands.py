"""One command of the window as a QAction: its text, shortcut, icon, and a tip that names
the shortcut, the same way for every pane that brings its own commands."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.ui.common.icons import icon

Shortcut = QKeySequence.StandardKey | str | None


def command(
    parent: QWidget, text: str, shortcut: Shortcut, icon_name: str | None = None
) -> QAction:
    """A command added to `parent`, so that its shortcut works wherever `parent` does."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    tip = text.replace("&", "").rstrip("…")
    if shortcut is not None:
        tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    parent.addAction(action)
    return action
