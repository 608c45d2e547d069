"""The snapshots the window keeps of the note on screen: when it is exported and when it is
marked final (what was issued can always be seen again: rapporteur history). A snapshot
that cannot be written is said on the status line; the export or the change goes on."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.store.errors import LibraryError
from desktop_app.store.snapshots import EXPORT, FINAL

if TYPE_CHECKING:
    from desktop_app.core.model import Meeting
    from desktop_app.ui.window.main_window import MainWindow

REASONS = {"export": EXPORT, "final": FINAL}


def note_on_screen(window: MainWindow) -> Meeting | None:
    """The meeting as the window shows it now, apart from what the window goes on editing."""
    if window.session is None:
        return None
    window.take_pending_edits()
    meeting = window.editor.meeting(window.session.meeting)
    meeting.action_items = [replace(action) for action in meeting.action_items]
    return meeting


def keep_snapshot(window: MainWindow, meeting: Meeting | None, reason: str) -> None:
    """A snapshot of `meeting` for this reason (none if it is the same as the last one)."""
    if meeting is None or window.library.read_only:
        return
    try:
        window.library.snapshots.take(meeting, REASONS[reason])
    except LibraryError as error:
        window.statusBar().showMessage(f"No snapshot of the note was kept: {error}", 10000)
