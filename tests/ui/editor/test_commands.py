"""The note's commands: their names, shortcuts and order in the menus, their shortcuts working
anywhere in the window, and which of them a read-only note leaves enabled."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget

from desktop_app.ui.editor.commands import EditorCommands

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def host(qtbot):
    """A window with a line edit in it (another pane's field) and the note's commands."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.field = QLineEdit(widget)
    QVBoxLayout(widget).addWidget(widget.field)
    widget.commands = EditorCommands(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.field.setFocus()
    return widget


def menu_of(actions: list[QAction | None]) -> list[str]:
    """The menu's lines as it shows them: each command with its keys, "---" a separator."""
    menu = QMenu()
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    native = QKeySequence.SequenceFormat.NativeText
    return [
        "---" if a.isSeparator() else f"{a.text()} {a.shortcut().toString(native)}".strip()
        for a in menu.actions()
    ]


def test_the_paragraph_menu_names_each_command_with_its_keys(host):
    assert menu_of(host.commands.paragraph_menu()) == [
        "&Bold (strong) Ctrl+B",
        "&Italic (emphasis) Ctrl+I",
        "---",
        "Insert &footnote Ctrl+Alt+F",
        "---",
        "Make a &sub-item Tab",
        "Back one &level Shift+Tab",
        "&Numbered paragraph Ctrl+Alt+N",
        "---",
        "Move paragraph &up Alt+Shift+Up",
        "Move paragraph do&wn Alt+Shift+Down",
        "---",
        "&Delete paragraph Ctrl+Shift+Del",
    ]
    assert host.commands.numbered.isCheckable()


def test_the_edit_menu_has_the_clipboard_then_find_and_replace(host):
    assert menu_of(host.commands.clipboard_and_find()) == [
        "Cu&t Ctrl+X",
        "&Copy Ctrl+C",
        "&Paste Ctrl+V",
        "Select &all Ctrl+A",
        "---",
        "&Find in the note… Ctrl+F",
        "R&eplace in the note… Ctrl+H",
    ]
    assert host.commands.footnote.toolTip() == "Insert footnote (Ctrl+Alt+F)"


def test_a_shortcut_works_from_anywhere_in_the_window(qtbot, host):
    inserted = []
    host.commands.footnote.triggered.connect(lambda: inserted.append("footnote"))
    host.commands.move_down.triggered.connect(lambda: inserted.append("down"))
    qtbot.keyClick(host.field, Qt.Key.Key_F, CTRL | ALT)
    qtbot.keyClick(host.field, Qt.Key.Key_Down, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert inserted == ["footnote", "down"]


def test_tab_in_another_field_moves_on_and_makes_no_sub_item(qtbot, host):
    indented = []
    host.commands.indent.triggered.connect(lambda: indented.append(True))
    host.commands.outdent.triggered.connect(lambda: indented.append(False))
    qtbot.keyClick(host.field, Qt.Key.Key_Tab)
    qtbot.keyClick(host.field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert indented == []


def test_a_read_only_note_can_be_copied_and_searched_but_not_changed(read_only_sample_window):
    menus = {
        entry.text(): entry.menu()
        for entry in read_only_sample_window.menuBar().actions()
        if entry.menu() is not None
    }
    enabled = [
        action.text().replace("&", "")
        for name in ("&Edit", "&Paragraph")
        for action in menus[name].actions()
        if action.isEnabled() and not action.isSeparator()
    ]
    assert enabled == ["Copy", "Select all", "Find in the note…", "Search all meetings…"]


def test_ctrl_h_is_taken_by_replace_alone(sample_window):
    taken = [
        action.text()
        for action in sample_window.findChildren(QAction)
        if QKeySequence("Ctrl+H") in action.shortcuts()
    ]
    assert taken == ["R&eplace in the note…"]  # no other command of the window or its panes
