"""The meeting's life cycle in the window: which one is shown at start, opening another
(the one on screen saved first), a new meeting, the sample meeting, its details.

The dialogs (ui/meeting/choices.py) load when one is first asked for: the start shows none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop_app.formats.errors import FormatError
from desktop_app.store.errors import LibraryError
from desktop_app.ui.meeting.header import window_title
from desktop_app.ui.window.final_note import show_whether_final
from desktop_app.ui.window.session import MeetingSession
from desktop_app.ui.window.snapshots import keep_snapshot, note_on_screen
from desktop_app.ui.window.window_state import is_final

if TYPE_CHECKING:
    from desktop_app.core.model import Meeting
    from desktop_app.ui.window.main_window import MainWindow


class MeetingLife:
    """Opens, shows and leaves the meetings of `window`'s library."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def start(self, meeting_reference: str | None = None) -> None:
        """Show the meeting asked for, else the last one open, else the library view (the
        start screen when no meeting is open), else, in an empty library, the welcome screen."""
        w = self.window
        library, meeting_id = w.library, None
        if meeting_reference:
            found = library.find_meetings(meeting_reference)
            if len(found) != 1:
                w.warn(
                    "Meeting not found",
                    f"No single meeting matches '{meeting_reference}' in {library.path}.",
                )
            else:
                meeting_id = found[0].id
        if meeting_id is None:
            last = w.settings.last_meeting(library.path)
            if last and library.find_meetings(last):
                meeting_id = last
        if meeting_id:
            self.open_meeting(meeting_id, at_end=bool(meeting_reference))
        elif library.meetings():
            w.library_page.show()
        else:
            w.centre.setCurrentWidget(w.welcome)

    def open_meeting(self, meeting_id: str, at_end: bool = False) -> bool:
        if not self.leave_current_meeting():
            return False
        try:
            meeting = self.window.library.load_meeting(meeting_id)
        except LibraryError as error:
            self.window.warn("Cannot open the meeting", error.message)
            return False
        self._show_meeting(meeting)
        if at_end:
            self.window.editor.go_to_end()
        return True

    def _show_meeting(self, meeting: Meeting) -> None:
        w = self.window
        session = MeetingSession(w.library, meeting, w.editor.note_for_saving(), w)
        w.session = session
        session.saved.connect(w.files.saved)
        session.save_failed.connect(w.files.save_failed)
        session.action_items_changed.connect(w.refresh_action_items)
        session.details_changed.connect(self.show_title)
        session.details_changed.connect(lambda: show_whether_final(w))
        w.finding.forget()
        w.centre.setCurrentIndex(1)  # the note
        w.settings.set_last_meeting(w.library.path, meeting.id)
        # Loading the note brought the agenda and the footnotes up to date (its structure
        # changed); the action items are the new session's.
        w.refresh_action_items()
        self.show_title()
        show_whether_final(w)  # the editor read-only, the note's commands and the notice
        w.saved_label.setText("Read-only" if w.library.read_only else "Saved")
        w.editor.go_to_end()
        w.editor.setFocus()

    def leave_current_meeting(self) -> bool:
        """Save the meeting on screen before another takes its place."""
        w = self.window
        if w.session is None:
            return True
        w.take_pending_edits()
        if not w.session.save_now():
            answer = QMessageBox.warning(
                w,
                "Not saved",
                "The meeting on screen could not be saved. Keep it open and try again?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        w.session.close()
        w.session.deleteLater()
        w.session = None
        return True

    def choose_meeting(self) -> None:
        from desktop_app.ui.meeting.choices import ask_meeting_to_open

        chosen = ask_meeting_to_open(self.window, self.window.library)
        if chosen:
            self.open_meeting(chosen)

    def new_meeting(self) -> None:
        from desktop_app.ui.meeting.choices import ask_new_meeting

        if self.window.library.read_only:
            return
        meeting = ask_new_meeting(self.window, self.window.library)
        if meeting and self.add_to_library(meeting):
            self.open_meeting(meeting.id)

    def open_sample_meeting(self) -> None:
        """The Chairperson's note of 28 August 2017, added to the library once."""
        from desktop_app.ui.meeting.choices import sample_meeting

        try:
            sample = sample_meeting()
        except (OSError, FormatError) as error:
            self.window.warn("Cannot open the sample meeting", str(error))
            return
        found = self.window.library.find_meetings(sample.symbol)
        existing = [m for m in found if m.symbol == sample.symbol]
        if existing:
            self.open_meeting(existing[0].id)
        elif self.add_to_library(sample):
            self.open_meeting(sample.id)

    def add_to_library(self, meeting: Meeting) -> bool:
        try:
            self.window.library.add_meeting(meeting)
        except LibraryError as error:
            self.window.warn("Cannot add the meeting", error.message)
            return False
        return True

    def edit_details(self) -> None:
        from desktop_app.ui.meeting.choices import ask_details

        w = self.window
        if w.session is None or w.library.read_only:
            return
        was_final = is_final(w)
        details = ask_details(w, w.library, w.session.details())
        if details:
            w.session.set_details(details)
            if is_final(w) and not was_final:  # marked final: as it was issued, kept
                keep_snapshot(w, note_on_screen(w), "final")

    def show_title(self) -> None:
        w = self.window
        if w.session:
            details = w.session.details()
            suffix = " (read-only)" if w.library.read_only else ""
            w.setWindowTitle(f"{window_title(details)}{suffix} — Rapporteur")
            w.meeting_header.show_details(details)
        else:
            w.setWindowTitle("Rapporteur")
