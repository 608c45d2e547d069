"""Edit › Undo and Redo follow the pane the user is in: the note's own undo, or the action
items' history; and the action items' edits, which go through that history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop_app.ui.window.window_state import is_final

if TYPE_CHECKING:
    from desktop_app.ui.window.main_window import MainWindow


class UndoRouting(QObject):
    """A QObject of the window's: the application's focusChanged, which outlives the window,
    is wired to it and so let go with it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def in_action_items(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.window.action_items.isAncestorOf(focus)

    def undo(self) -> None:
        """Edit › Undo takes back the last change of the pane the user is in."""
        if self.in_action_items():
            self.undo_action_item()
        else:
            self.window.editor.undo_change()

    def redo(self) -> None:
        if self.in_action_items():
            self.redo_action_item()
        else:
            self.window.editor.redo_change()

    def undo_action_item(self) -> None:
        w = self.window
        if w.session and not w.library.read_only:
            w.action_history.undo(w.session)

    def redo_action_item(self) -> None:
        w = self.window
        if w.session and not w.library.read_only:
            w.action_history.redo(w.session)

    def change_action_item(self, action_id: str, field: str, value: object) -> None:
        if self.window.session:
            self.window.action_history.change(self.window.session, action_id, field, value)

    def delete_action_item(self, action_id: str) -> None:
        if self.window.session:
            self.window.action_history.delete(self.window.session, action_id)

    def update_actions(self) -> None:
        """Undo and Redo enabled as the pane the user is in allows."""
        w = self.window
        if w.session is None or w.library.read_only or w.library_page.page_shown() or is_final(w):
            undo = redo = False  # nothing to undo where the note is not on screen, or final
        elif self.in_action_items():
            undo = w.action_history.can_undo(w.session)
            redo = w.action_history.can_redo(w.session)
        else:
            undo, redo = w.editor.can_undo(), w.editor.can_redo()
        w.actions.undo.setEnabled(undo)
        w.actions.redo.setEnabled(redo)

    def new_action_item(self) -> None:
        w = self.window
        if w.session is None or w.library.read_only or is_final(w):
            return
        paragraph_id = w.editor.current_paragraph_id()
        what = w.editor.selected_text_or_paragraph()
        action_id = w.session.add_action_item(what, paragraph_id)
        w.actions_dock.show()
        w.action_items.edit_what(action_id)

    def show_action_source(self, action_id: str) -> None:
        w = self.window
        action = w.session.action_item(action_id) if w.session else None
        if action and action.paragraph_id:
            w.editor.go_to_entity(action.paragraph_id)
