"""The window's commands: one QAction each, with its shortcut, icon and accessible text,
arranged with the note's own commands into menus and a toolbar. The main window connects
them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop_app.ui.action_items.pane import new_action_item_command
from desktop_app.ui.common.commands import Shortcut, command
from desktop_app.ui.editor.commands import EditorCommands


class WindowActions(QObject):
    """Every command of the window, by name: `actions.save`, `actions.new_meeting` …
    A pane's own commands are the pane's: the window is given them to place in its menus
    and toolbar (`new_action_item`, from the action items pane)."""

    def __init__(
        self, window: QMainWindow, note: EditorCommands, new_action_item: QAction | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self.note = note  # the note's own commands, brought by the editor
        add = self._add
        self.new_meeting = add("&New meeting…", QKeySequence.StandardKey.New, "new-meeting")
        self.new_from_this = add("New meeting &from this one…", "Ctrl+Shift+N")
        self.open_meeting = add("&Open meeting…", QKeySequence.StandardKey.Open, "open-meeting")
        self.show_library = add("&Library", "Ctrl+L")
        self.open_sample = add("Open the &sample meeting", None)
        self.import_notes = add("&Import…", "Ctrl+Shift+I")
        self.save = add("&Save", QKeySequence.StandardKey.Save, "save")
        self.save_copy = add("Save a &copy of the library as…", "Ctrl+Shift+S")
        self.restore_backup = add("&Restore from a backup…", None)
        self.export = add("&Export…", "Ctrl+Shift+E", "export")
        self.details = add("Meeting &details…", "Ctrl+Alt+D", "details")
        self.reopen = add("Reopen for &editing", None)
        self.show_history = add("&History of this note…", "Ctrl+Alt+H")
        self.take_snapshot = add("&Take a snapshot now", None)
        self.quit = add("&Quit", "Ctrl+Q")  # the standard key is empty on Windows

        self.undo = add("&Undo", QKeySequence.StandardKey.Undo, "undo")
        self.redo = add("&Redo", "Ctrl+Shift+Z", "redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        if new_action_item is None:  # not given the pane's: the same command, the window's own
            new_action_item = new_action_item_command(self._window)
        self.new_action_item = new_action_item
        self._window.addAction(new_action_item)  # its keys work wherever the window has them
        self.show_tracker = add("&Requests across meetings", "Ctrl+Shift+T")
        self.search_all = add("Searc&h all meetings…", "Ctrl+Shift+F")

        self.go_agenda = add("Go to the &agenda", "Ctrl+1")
        self.go_note = add("Go to the &note", "Ctrl+2")
        self.go_footnotes = add("Go to the &footnotes", "Ctrl+3")
        self.go_actions = add("Go to the action &items", "Ctrl+4")
        self.shortcuts = add("&Keyboard shortcuts", QKeySequence.StandardKey.HelpContents)
        self.about = add("&About Rapporteur", None)

    def _add(self, text: str, shortcut: Shortcut, icon_name: str | None = None) -> QAction:
        return command(self._window, text, shortcut, icon_name)

    def build_menus(self, agenda_actions: list[QAction], pane_toggles: list[QAction]) -> None:
        bar = self._window.menuBar()
        self._menu(bar.addMenu("&File"), [
            self.new_meeting, self.new_from_this, self.open_meeting, self.show_library,
            self.open_sample, self.import_notes, None,
            self.save,
            self.save_copy, self.restore_backup, self.export, None, self.details, self.reopen, None,
            self.show_history, self.take_snapshot, None,
            self.quit,
        ])  # fmt: skip
        self._menu(
            bar.addMenu("&Edit"),
            [self.undo, self.redo, None, *self.note.clipboard_and_find(), self.search_all],
        )
        self._menu(bar.addMenu("&Paragraph"), self.note.paragraph_menu())
        self._menu(bar.addMenu("&Agenda"), agenda_actions)
        self._menu(bar.addMenu("A&ction items"), [self.new_action_item, None, self.show_tracker])
        view = bar.addMenu("&View")
        self._menu(view, [self.go_agenda, self.go_note, self.go_footnotes, self.go_actions, None])
        self._menu(view, pane_toggles)
        self._menu(bar.addMenu("&Help"), [self.shortcuts, self.about])

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar("Main toolbar", self._window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName("Main toolbar")
        for action in (
            self.new_meeting, self.open_meeting, self.save, self.export, None, self.undo,
            self.redo, None,
            self.note.bold, self.note.italic, self.note.footnote, None, self.note.move_up,
            self.note.move_down, None, self.new_action_item, self.details, self.note.find,
        ):  # fmt: skip
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        return toolbar

    def editing_actions(self) -> list[QAction]:
        """The commands that change the meeting: disabled when it is open read-only."""
        return [
            self.undo, self.redo, *self.note.editing(), self.new_action_item, self.details,
            self.save,
        ]  # fmt: skip

    def meeting_actions(self) -> list[QAction]:
        """The commands that need an open meeting."""
        return [
            *self.editing_actions(), *self.note.reading(), self.go_note, self.export,
            self.new_from_this, self.show_history, self.take_snapshot,
        ]  # fmt: skip

    @staticmethod
    def _menu(menu: QMenu, actions: Sequence[QAction | None]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
