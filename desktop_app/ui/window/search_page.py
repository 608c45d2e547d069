"""The search pane in the window: Ctrl+Shift+F (Edit › Search all meetings…) shows it beside
the note, the keyboard in its query; a result opens its meeting at its place (the paragraph,
sub-item, heading, footnote or action item), the words highlighted; Esc goes back to the
note. The note on screen is saved before each search, so that it is searched as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_app.store.errors import LibraryError
from desktop_app.ui.window.docks import add_dock, name_tab_bars

if TYPE_CHECKING:  # the pane is built when first shown: the window's start needs none of it
    from desktop_app.store.search import NoteHit
    from desktop_app.ui.search.search_pane import SearchPane
    from desktop_app.ui.window.main_window import MainWindow

PANE_WIDTH = 380


class SearchPage:
    """Shows the search pane and opens the results chosen in it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._pane: SearchPane | None = None
        # The dock from the start, so that the window's layout can bring it back as it was
        # left; the pane in it when it is first seen.
        self.dock = add_dock(
            window,
            "Search all meetings",
            "searchDock",
            QWidget(window),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        window.tabifyDockWidget(window.agenda_dock, self.dock)  # a tab beside the agenda
        self.dock.hide()
        name_tab_bars(window)
        self._highlighted = False  # words of a result highlighted in the note
        # Shown at start (as the window was left), by Ctrl+Shift+F or its tab: the bodies
        # of the library as they are now.
        self.dock.visibilityChanged.connect(self._shown_or_hidden)
        window.actions.search_all.triggered.connect(self.show)
        window.editor.textChanged.connect(self._forget_highlight)

    @property
    def pane(self) -> SearchPane:
        if self._pane is None:
            from desktop_app.ui.search.search_pane import SearchPane

            pane = self._pane = SearchPane(self.window)
            pane.set_library(self.window.library.path)
            pane.searching.connect(self._save_note_on_screen)
            pane.result_chosen.connect(self.open_result)
            pane.back_requested.connect(self.back)
            self.dock.setWidget(pane)
        return self._pane

    def show(self) -> None:
        """The pane in sight, the keyboard in its query."""
        w = self.window
        w.take_pending_edits()
        first_time = self.dock.isHidden() and not self.pane.query.text()
        if self.dock.isVisible():
            self._offer_bodies()
        self.dock.show()
        self.dock.raise_()
        if first_time:
            w.resizeDocks([self.dock], [PANE_WIDTH], Qt.Orientation.Horizontal)
        self.pane.focus_query()
        if self.pane.query.text().strip():
            self.pane.search_now()  # the library may have changed since

    def stop(self) -> None:
        """The window closes: no search left running."""
        if self._pane is not None:
            self._pane.stop()

    def _shown_or_hidden(self, shown: bool) -> None:
        if shown:
            self._offer_bodies()

    def _offer_bodies(self) -> None:
        w = self.window
        try:
            bodies = sorted({m.body for m in w.library.meetings() if m.body})
        except LibraryError as error:
            w.statusBar().showMessage(error.message, 8000)
            return
        self.pane.set_library(w.library.path, bodies)

    def back(self) -> None:
        """Back to the note (from the library's pages too); the pane stays."""
        w = self.window
        if w.library_page.page_shown():
            w.library_page.back()
        elif w.session is not None:
            w.editor.setFocus()

    def open_result(self, hit: NoteHit) -> None:
        """The result's meeting on screen at the result's place, the words highlighted; the
        keyboard stays in the results, for the next one."""
        w = self.window
        w.take_pending_edits()
        if not self._still_in_library(hit):
            return
        if w.session is not None and w.session.meeting_id == hit.meeting_id:
            w.library_page.back()
        elif w.meetings.open_meeting(hit.meeting_id):
            w.library_page.put_panes_back()
        else:
            return
        self._go_to(hit)
        self.pane.results.setFocus()

    def _still_in_library(self, hit: NoteHit) -> bool:
        w = self.window
        try:
            if any(m.id == hit.meeting_id for m in w.library.find_meetings(hit.meeting_id)):
                return True
            trashed = any(m.id == hit.meeting_id for m in w.library.trash.find(hit.meeting_id))
        except LibraryError as error:
            w.warn("Cannot open the meeting", error.message)
            return False
        from desktop_app.ui.search.result_text import meeting_line

        name = meeting_line(hit)
        if trashed:
            message = f"{name} is in the trash. Restore it from the library (Ctrl+L) to open it."
        else:
            message = f"{name} is no longer in the library: it was deleted after this search."
        w.warn("Cannot open the meeting", message)
        self.pane.search_now()  # the results as the library has them now
        return False

    def _go_to(self, hit: NoteHit) -> None:
        from desktop_app.ui.search.words_found import word_spans

        w = self.window
        editor = w.editor
        if hit.where == "footnote":
            self._show_in_footnote(hit)
            return
        if hit.where == "title":
            editor.go_to_block(editor.note.begin())
            w.statusBar().showMessage("The words are in the meeting's title.", 6000)
            return
        if hit.where == "action item":
            w.actions_dock.show()
            w.action_items.show_action_item(hit.item_id)
        place = hit.paragraph_id if hit.where == "action item" else hit.item_id
        block = editor.note.block_of(place or "")
        if not block.isValid():
            return
        editor.go_to_block(block)
        spans = word_spans(block.text(), hit.words) if hit.where != "action item" else []
        if spans:
            self._highlight([(block.position() + a, block.position() + b) for a, b in spans])

    def _show_in_footnote(self, hit: NoteHit) -> None:
        from desktop_app.ui.search.words_found import word_spans

        w = self.window
        w.editor.show_footnote_marker(hit.item_id)
        footnote = next((f for f in w.editor.footnotes() if f.id == hit.item_id), None)
        w.footnotes_dock.show()
        spans = word_spans(footnote.text.plain_text(), hit.words) if footnote else []
        if spans:
            w.footnotes.show_found(hit.item_id, *spans[0])

    def _highlight(self, spans: list[tuple[int, int]]) -> None:
        """The words highlighted until the note is edited, the cursor before the first."""
        editor = self.window.editor
        palette = editor.palette()
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(editor.note)
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(palette.color(QPalette.ColorRole.Highlight))
            selection.format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            selections.append(selection)
        cursor = QTextCursor(editor.note)
        cursor.setPosition(spans[0][0])
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setExtraSelections(selections)
        self._highlighted = True

    def highlighted_words(self) -> list[str]:
        """The words highlighted in the note, as it shows them."""
        return [s.cursor.selectedText() for s in self.window.editor.extraSelections()]

    def _forget_highlight(self) -> None:
        if self._highlighted:
            self._highlighted = False
            self.window.editor.setExtraSelections([])

    def _save_note_on_screen(self) -> None:
        """Before each search: the note on screen saved, the library followed (a copy
        saved and worked on is the one searched)."""
        w = self.window
        self.pane.set_library(w.library.path)
        w.take_pending_edits()
        if w.session is not None and w.session.has_unsaved_changes:
            w.session.save_now()
