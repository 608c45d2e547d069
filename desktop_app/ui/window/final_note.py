"""A note marked final opens read-only, and stays so until it is reopened for editing
(File › Reopen for editing, or the button beside "Final" above the note), which makes it a
draft again: what is issued is not changed by a stray keystroke."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop_app.core.model import MeetingStatus
from desktop_app.ui.window.window_state import enable_meeting_actions, is_final

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


def show_whether_final(window: MainWindow) -> None:
    """The editor and the commands as the meeting's status wants them: after a meeting is
    shown and whenever its details change."""
    window.editor.setReadOnly(is_final(window) or window.library.read_only)
    if window.session is not None and not window.library_page.page_shown():
        enable_meeting_actions(window, True)


def reopen_for_editing(window: MainWindow) -> None:
    """The final note on screen becomes a draft, to be edited (and marked final again)."""
    session = window.session
    if session is None or window.library.read_only or not is_final(window):
        return
    session.set_details(dataclasses.replace(session.details(), status=MeetingStatus.DRAFT))
    window.editor.setFocus()
    window.statusBar().showMessage("The note is a draft again; you can edit it.", 6000)
