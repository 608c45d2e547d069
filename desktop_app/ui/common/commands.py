"""A command as a QAction: its text, its shortcut and icon, and a tip that names its keys.
The window and the panes make their commands alike with `command`."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.ui.common.icons import icon

Shortcut = QKeySequence.StandardKey | str | None


def command(
    parent: QObject, text: str, shortcut: Shortcut = None, icon_name: str | None = None
) -> QAction:
    """The action "&Save" (Ctrl+S) with its icon; its tool tip and status tip "Save (Ctrl+S)".
    Made for a widget, it is added to it, so that its shortcut works wherever the widget does."""
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
    if isinstance(parent, QWidget):
        parent.addAction(action)
    return action
