"""The library view in the window: Ctrl+L shows it in place of the note, a meeting chosen
there opens, Esc goes back to the meeting on screen. The view is built when first shown:
the window's start needs none of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QWidget

from desktop_app.ui.window.library_edits import LibraryEdits
from desktop_app.ui.window.window_state import enable_meeting_actions

if TYPE_CHECKING:
    from desktop_app.ui.library.library_view import LibraryView
    from desktop_app.ui.window.main_window import MainWindow


class LibraryPage:
    """Shows the library view and carries out what is asked in it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._hidden_panes: list[QDockWidget] = []  # the meeting's panes, while it is away
        # The pages that take the whole window in place of the note: this view, the tracker.
        self.whole_window_pages: list[QWidget] = []
        self.edits = LibraryEdits(window)  # duplicate, delete, restore, empty the trash
        self._view: LibraryView | None = None
        window.actions.show_library.triggered.connect(self.show)

    @property
    def view(self) -> LibraryView:
        if self._view is None:
            self._view = self._built_view()
        return self._view

    def _built_view(self) -> LibraryView:
        from desktop_app.ui.library.library_view import LibraryView

        w, edits = self.window, self.edits
        view = LibraryView(w)
        w.centre.addWidget(view)
        self.whole_window_pages.append(view)
        view.set_note_search(w.library.meetings_holding)
        view.open_requested.connect(self.open)
        view.back_requested.connect(self.back)
        view.duplicate_requested.connect(edits.duplicate)
        view.delete_requested.connect(edits.delete)
        view.restore_requested.connect(edits.restore)
        view.empty_trash_requested.connect(edits.empty_trash)
        view.tracker_requested.connect(w.tracker_page.show)
        view.next_meeting_requested.connect(w.next_meeting.start_from)
        return view

    def show(self) -> None:
        """Every meeting as the library has it now, the one on screen selected."""
        w = self.window
        w.take_pending_edits()
        if w.session is not None:
            w.session.save_now()  # so that its counts are those of the note on screen
        w.library_view.set_meetings(w.library.meetings(), w.library.trash.meetings())
        w.library_view.set_read_only(w.library.read_only)
        if w.session is not None:
            w.library_view.select_meeting(w.session.meeting_id)
        self.take_whole_window(w.library_view)
        w.library_view.focus_filter()

    def is_shown(self) -> bool:
        shown = self.window.centre.currentWidget()
        return self._view is not None and shown is self._view

    def page_shown(self) -> bool:
        """Whether a page of the library (this view, the tracker) is in place of the note."""
        return self.window.centre.currentWidget() in self.whole_window_pages

    def take_whole_window(self, page: QWidget) -> None:
        """`page` in place of the note, the meeting's panes gone until `put_panes_back`."""
        w = self.window
        if not self.page_shown():
            panes = (w.agenda_dock, w.footnotes_dock, w.actions_dock)
            self._hidden_panes = [pane for pane in panes if pane.isVisible()]
            for pane in self._hidden_panes:
                pane.hide()
        w.centre.setCurrentWidget(page)
        enable_meeting_actions(w, False)  # the note's commands wait until it is back

    def back(self) -> None:
        """Back to the meeting on screen; with none open, the library stays."""
        w = self.window
        if w.session is not None:
            self.put_panes_back()
            w.centre.setCurrentIndex(1)  # the note
            enable_meeting_actions(w, True)
            w.editor.setFocus()

    def put_panes_back(self) -> None:
        """The meeting's panes as they were before the library came: before the note comes
        back, and before the window keeps its layout for next time."""
        for pane in self._hidden_panes:
            pane.show()
        self._hidden_panes = []

    def open(self, meeting_id: str) -> None:
        w = self.window
        if w.session is not None and w.session.meeting_id == meeting_id:
            self.back()
        elif w.meetings.open_meeting(meeting_id):
            self.put_panes_back()
