"""What the window lets the user do and tells at once: the commands a meeting (and write
access) allows, the reason a library is read-only, the size and docks of the last session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.model import MeetingStatus

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


def enable_meeting_actions(window: MainWindow, enabled: bool) -> None:
    """The commands that need a meeting enabled when one is open; the editing ones, never
    on a library open read-only, nor on a final note until it is reopened."""
    library_read_only = window.library.read_only
    read_only = library_read_only or is_final(window)
    commands = window.actions
    for action in commands.meeting_actions():
        action.setEnabled(enabled)
    if read_only:
        for action in commands.editing_actions():
            action.setEnabled(False)
    if library_read_only:
        refused = (commands.new_meeting, commands.new_from_this, commands.open_sample)
        for action in (*refused, commands.take_snapshot, commands.import_notes):
            action.setEnabled(False)
    # Its button shows beside "Final" above the note while it is enabled.
    commands.reopen.setEnabled(enabled and is_final(window) and not library_read_only)
    window.agenda.set_read_only(read_only or not enabled)
    window.footnotes.set_read_only(read_only)
    window.find_bar.set_read_only(read_only)
    window.action_items.set_read_only(read_only)
    window.undo.update_actions()


def is_final(window: MainWindow) -> bool:
    """Whether the meeting on screen is final: read-only until it is reopened for editing."""
    session = window.session
    return session is not None and session.details().status is MeetingStatus.FINAL


def show_read_only_reason(window: MainWindow) -> None:
    library = window.library
    reason = window.read_only_reason or "This library is open read-only."
    shown = [reason] if library.read_only else []
    shown += library.notices  # what opening did beside the file: a -wal set aside
    if shown:
        window.banner.show_notice(" ".join(shown))


def restore_window(window: MainWindow) -> None:
    """The size, place and docks the window had when it was last closed."""
    geometry = window.settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = window.settings.window_state()
    if state is not None:
        window.restoreState(state)
