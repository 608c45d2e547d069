"""The agenda pane's requests, carried out by the editor on the note: add, rename, move and
delete an agenda item. A request the note does not allow is said on the status line."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.editing import EditError

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


class AgendaRequests:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @contextlib.contextmanager
    def _refusal_said(self) -> Iterator[None]:
        try:
            yield
        except EditError as refusal:
            self.window.statusBar().showMessage(str(refusal), 6000)

    def write_in_section(self, item_id: str) -> None:
        """Enter on an agenda item: the keyboard goes to the end of its section, to type on."""
        self.window.editor.go_to_section(item_id)
        self.window.editor.setFocus()

    def move(self, item_id: str, parent_id: str | None, index: int) -> None:
        """The note follows the moved section, so the agenda keeps it current: Alt+Up or
        Alt+Down again moves it on."""
        with self._refusal_said():
            self.window.editor.move_agenda_item(item_id, parent_id, index)

    def rename(self, item_id: str, title: str) -> None:
        with self._refusal_said():
            self.window.editor.rename_agenda_item(item_id, title)

    def add(self, parent_id: str | None, after_id: str | None) -> None:
        """A new agenda item, its title selected in the note to be typed over."""
        with self._refusal_said():
            self.window.editor.add_agenda_item(parent_id, after_id)
            self.window.editor.setFocus()
            self.window.hints.show("Type the agenda item's title, then Enter.")

    def delete(self, item_id: str) -> None:
        w = self.window
        title = w.editor.agenda_item_title(item_id)
        if title is None:
            return
        kept = w.editor.deletion_outcome(item_id)
        answer = QMessageBox.question(
            w, "Delete agenda item", f"Delete the agenda item “{title}”?\n\n{kept}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        w.activateWindow()
        if answer == QMessageBox.StandardButton.Yes:
            with self._refusal_said():
                w.editor.delete_agenda_item(item_id)
