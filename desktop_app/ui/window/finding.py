"""Find and Replace, wired: the find bar asks, the editor's finder finds, and a match in a
footnote is shown in the footnotes pane with its marker highlighted in the note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.ui.editor.find_replace import Found

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


class Finding:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def forget(self) -> None:
        """Another meeting is shown: nothing found in the last one is kept."""
        self.window.editor.finder.forget()
        self.window.find_bar.close_bar()

    def open_find(self, replacing: bool = False) -> None:
        """Ctrl+F, and Ctrl+H with the replace row; the words selected are the ones to find."""
        w = self.window
        w.take_pending_edits()
        words = w.editor.textCursor().selectedText()
        replacing = replacing and not w.library.read_only
        w.find_bar.open_bar(words if "\u2029" not in words else "", replacing)

    def find(self, words: str, direction: int) -> None:
        w = self.window
        cursor, case = w.editor.textCursor(), w.find_bar.match_case.isChecked()
        self._show_found(w.editor.finder.find(words, direction, cursor, case))

    def replace(self, words: str, replacement: str) -> None:
        w = self.window
        if w.editor.isReadOnly():
            return
        cursor, case = w.editor.textCursor(), w.find_bar.match_case.isChecked()
        found = w.editor.finder.replace(words, replacement, cursor, case)
        w.refresh_footnotes()
        self._show_found(found)

    def replace_all(self, words: str, replacement: str) -> None:
        w = self.window
        if w.editor.isReadOnly():
            return
        case = w.find_bar.match_case.isChecked()
        count = w.editor.finder.replace_all(words, replacement, case)
        w.refresh_footnotes()
        w.footnotes.clear_found()
        w.find_bar.show_replaced(count)

    def _show_found(self, found: Found) -> None:
        """The words found selected in the note; in a footnote, its marker highlighted in
        the note and the words in the footnotes pane. The keyboard stays in the find bar."""
        w = self.window
        w.footnotes.clear_found()
        match = found.match
        if match is not None and match.footnote_id:
            w.editor.show_footnote_marker(match.footnote_id)
            w.footnotes_dock.show()
            w.footnotes.show_found(match.footnote_id, match.start, match.end)
        elif match is not None:
            w.editor.setTextCursor(w.editor.finder.cursor_for(match))
            w.editor.ensureCursorVisible()
        w.find_bar.show_count(found.number, found.count)

    def closed(self) -> None:
        self.window.footnotes.clear_found()
        self.window.editor.setFocus()
