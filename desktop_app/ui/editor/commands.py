"""The note editor's own commands: the clipboard, find, inline formats, footnotes and the
paragraph's structure. The editor carries them out; the window puts them in its menus."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.ui.common.commands import command


class EditorCommands(QObject):
    """Every command of the note, by name: `commands.bold`, `commands.move_up` …

    Their shortcuts work anywhere in `window`; find and replace are the window's to answer
    (the find bar searches the footnotes pane too), the others the editor's."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        add = command
        std = QKeySequence.StandardKey
        self.cut = add(window, "Cu&t", std.Cut)
        self.copy = add(window, "&Copy", std.Copy)
        self.paste = add(window, "&Paste", std.Paste)
        self.select_all = add(window, "Select &all", std.SelectAll)
        self.find = add(window, "&Find in the note…", std.Find, "search")
        self.replace = add(window, "R&eplace in the note…", "Ctrl+H")

        self.bold = add(window, "&Bold (strong)", std.Bold, "bold")
        self.italic = add(window, "&Italic (emphasis)", std.Italic, "italic")
        self.footnote = add(window, "Insert &footnote", "Ctrl+Alt+F", "footnote")
        self.indent = add(window, "Make a &sub-item", "Tab")
        self.outdent = add(window, "Back one &level", "Shift+Tab")
        self.numbered = add(window, "&Numbered paragraph", "Ctrl+Alt+N")
        self.numbered.setCheckable(True)
        self.move_up = add(window, "Move paragraph &up", "Alt+Shift+Up", "move-up")
        self.move_down = add(window, "Move paragraph do&wn", "Alt+Shift+Down", "move-down")
        self.delete_paragraph = add(window, "&Delete paragraph", "Ctrl+Shift+Delete", "delete")
        # Tab and Shift+Tab belong to the editor's own keys; the menu only shows them.
        for action in (self.indent, self.outdent):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def clipboard_and_find(self) -> list[QAction | None]:
        """Edit › …, after Undo and Redo (None: a separator)."""
        return [self.cut, self.copy, self.paste, self.select_all, None, self.find, self.replace]

    def paragraph_menu(self) -> list[QAction | None]:
        """The Paragraph menu (None: a separator)."""
        return [
            self.bold, self.italic, None, self.footnote, None, self.indent, self.outdent,
            self.numbered, None, self.move_up, self.move_down, None, self.delete_paragraph,
        ]  # fmt: skip

    def editing(self) -> list[QAction]:
        """The commands that change the note: disabled when it is open read-only."""
        return [
            self.cut, self.paste, self.bold, self.italic, self.footnote, self.indent,
            self.outdent, self.numbered, self.move_up, self.move_down, self.delete_paragraph,
            self.replace,
        ]  # fmt: skip

    def reading(self) -> list[QAction]:
        """The commands that need a note, read-only or not."""
        return [self.copy, self.select_all, self.find]
