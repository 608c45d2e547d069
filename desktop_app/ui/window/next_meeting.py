"""File › New meeting from this one (Ctrl+Shift+N), and the library view's Next meeting
button: the next meeting of a series, made in the library from the one chosen (see
store/series.py for what it carries over), then opened. The dialog loads when first asked
for."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.core.model import Meeting
    from desktop_app.ui.window.main_window import MainWindow


class NextMeeting:
    """Asks for the next meeting's symbol and date, makes it, opens it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.actions.new_from_this.triggered.connect(self.from_meeting_on_screen)

    def from_meeting_on_screen(self) -> None:
        if self.window.session is not None:
            self.start_from(self.window.session.meeting_id)

    def start_from(self, meeting_id: str) -> None:
        from desktop_app.store.series import add_next_meeting, proposed_date
        from desktop_app.ui.meeting.next_meeting_dialog import ask_next_meeting

        w = self.window
        if w.library.read_only:
            return
        w.take_pending_edits()
        if w.session is not None and w.session.meeting_id == meeting_id:
            w.session.save_now()  # its agenda and open requests as on screen
        try:
            previous = w.library.load_meeting(meeting_id)
            date = proposed_date(w.library, previous)
        except LibraryError as error:
            w.warn("Cannot start the next meeting", error.message)
            return

        def create(symbol: str, date: dt.date) -> Meeting:
            return add_next_meeting(w.library, previous.id, date, symbol)

        made = ask_next_meeting(w, previous, date, create)
        if made is not None and w.meetings.open_meeting(made.id):
            w.library_page.put_panes_back()
            w.statusBar().showMessage(f"{made.symbol or made.title} started.", 6000)
