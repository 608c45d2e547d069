"""The tracker in the window: Ctrl+Shift+T, the Action items menu or the library's Requests
button show it in place of the note, as the library view is; a request marked there is
marked in the library, the whole chain at once, and in the meeting on screen too; Enter
opens its meeting at its paragraph; Esc goes back to where it was asked for.

The meeting on screen keeps its action items in its saving session: a status changed in the
library behind its back would be written back at its next save, so the session is told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.model import ActionStatus
from desktop_app.store.action_items import ListedActionItem
from desktop_app.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop_app.ui.tracker.tracker_view import TrackerView
    from desktop_app.ui.window.main_window import MainWindow

NOTE_PAGE = 1  # the note in the window's centre, after the welcome screen


class TrackerPage:
    """Shows the tracker and carries out what is asked in it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._from_library = False  # Esc goes back to the library view, else to the note
        self._view: TrackerView | None = None
        window.actions.show_tracker.triggered.connect(self.show)

    @property
    def view(self) -> TrackerView:
        """Built when first shown: the window's start needs none of it."""
        if self._view is None:
            from desktop_app.ui.tracker.tracker_view import TrackerView

            view = self._view = TrackerView(self.window)
            self.window.centre.addWidget(view)
            self.window.library_page.whole_window_pages.append(view)
            view.status_requested.connect(self.set_status)
            view.source_requested.connect(self.open_source)
            view.back_requested.connect(self.back)
        return self._view

    def show(self) -> None:
        """Every request as the library has it now, the meeting on screen's saved first."""
        w = self.window
        if self.is_shown():
            self.view.focus_table()
            return
        w.take_pending_edits()
        if w.session is not None:
            w.session.save_now()  # so that the tracker lists its requests as they are
        self._from_library = w.library_page.is_shown()
        try:
            items = w.library.action_items.listed()
        except LibraryError as error:
            w.warn("Cannot list the requests", error.message)
            return
        self.view.set_items(items)
        self.view.set_read_only(w.library.read_only)
        self._select_one_of_the_meeting_on_screen(items)
        w.library_page.take_whole_window(self.view)
        self.view.focus_table()

    def is_shown(self) -> bool:
        return self._view is not None and self.window.centre.currentWidget() is self._view

    def back(self) -> None:
        """Back to the library view if the tracker was asked for there, else to the note."""
        w = self.window
        if self._from_library or w.session is None:
            w.library_page.show()
        else:
            w.library_page.back()

    def set_status(self, item_id: str, status: ActionStatus) -> None:
        w = self.window
        try:
            change = w.library.action_items.set_status(item_id, status)
        except LibraryError as error:
            w.warn("Cannot mark the request", error.message)
            return
        if w.session is not None:  # else its next save would write the old status back
            w.session.take_statuses(change.chain, status)
        self.view.set_status(change.chain, status)
        meetings = len(change.chain)
        across = f" in all {meetings} meetings of its chain" if meetings > 1 else ""
        w.statusBar().showMessage(f"Request marked {status}{across}.", 6000)

    def open_source(self, item_id: str) -> None:
        """The meeting of the request at the paragraph it comes from: for a request carried
        over and not yet linked to a paragraph here, the one it was first said in."""
        w = self.window
        request = self.view.model.request(item_id)
        if request is None:
            return
        item = self._source_of(request.item)
        if w.session is not None and w.session.meeting_id == item.meeting_id:
            w.library_page.back()
        elif w.meetings.open_meeting(item.meeting_id):
            w.library_page.put_panes_back()
        else:
            return
        action = w.session.action_item(item.id) if w.session else None
        if action is not None and action.paragraph_id:
            w.editor.go_to_entity(action.paragraph_id)
        w.editor.setFocus()

    def _source_of(self, item: ListedActionItem) -> ListedActionItem:
        seen = {item.id}
        while item.paragraph is None and item.continues_id and item.continues_id not in seen:
            earlier = self.view.model.request(item.continues_id)
            if earlier is None:
                break
            item = earlier.item
            seen.add(item.id)
        return item

    def _select_one_of_the_meeting_on_screen(self, items: list[ListedActionItem]) -> None:
        session = self.window.session
        if session is not None:
            ours = [i.id for i in items if i.meeting_id == session.meeting_id]
            if ours:
                self.view.select_item(ours[0])
