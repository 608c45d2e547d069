"""What the library view asks of the library: duplicate a meeting, put one in the trash
(asked first), restore one from the trash, empty the trash (asked first). Each is one small
write; the meeting on screen is saved first, and leaves the screen if it goes to the trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.meeting_copy import copy_of_meeting
from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow

Buttons = QMessageBox.StandardButton


class LibraryEdits:
    """Carries out the library view's duplicate, delete, restore and empty-the-trash."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def duplicate(self, meeting_id: str) -> None:
        w = self.window
        try:
            duplicate = copy_of_meeting(w.library.load_meeting(meeting_id))
            w.library.add_meeting(duplicate)
        except LibraryError as error:
            w.warn("Cannot duplicate the meeting", error.message)
            return
        self._show_library(duplicate.id, f"A copy was made: {duplicate.title}.")

    def delete(self, meeting_id: str) -> None:
        w = self.window
        meeting = next((m for m in w.library.meetings() if m.id == meeting_id), None)
        if meeting is None:
            return
        name = meeting.symbol or meeting.title or "this meeting"
        answer = QMessageBox.question(
            w,
            "Delete the meeting?",
            f"Put {name} in the trash? You can restore it from the trash until the trash "
            "is emptied.",
            Buttons.Yes | Buttons.Cancel,
            Buttons.Cancel,
        )
        w.activateWindow()
        if answer != Buttons.Yes:
            return
        if w.session is not None and w.session.meeting_id == meeting_id:
            if not w.meetings.leave_current_meeting():  # its last words saved first
                return
            w.meetings.show_title()
        try:
            w.library.trash.put(meeting_id)
        except LibraryError as error:
            w.warn("Cannot delete the meeting", error.message)
        self._show_library(None, f"{name} is in the trash.")

    def restore(self, meeting_id: str) -> None:
        w = self.window
        try:
            w.library.trash.take_out(meeting_id)
        except LibraryError as error:
            w.warn("Cannot restore the meeting", error.message)
            return
        w.library_view.show_trash(False)
        self._show_library(meeting_id, "The meeting is back in the library.")

    def empty_trash(self) -> None:
        w = self.window
        count = len(w.library.trash.meetings())
        if not count:
            return
        meetings = f"{count} meeting{'s' * (count != 1)}"
        answer = QMessageBox.warning(
            w,
            "Empty the trash?",
            f"Delete the {meetings} in the trash for good? This cannot be undone.",
            Buttons.Discard | Buttons.Cancel,
            Buttons.Cancel,
        )
        w.activateWindow()
        if answer != Buttons.Discard:
            return
        try:
            w.library.trash.empty()
        except LibraryError as error:
            w.warn("Cannot empty the trash", error.message)
        self._show_library(None, f"The trash is empty: {meetings} deleted for good.")

    def _show_library(self, chosen: str | None, message: str) -> None:
        w = self.window
        w.library_page.show()
        if chosen is not None:
            w.library_view.select_meeting(chosen)
        w.statusBar().showMessage(message, 8000)
