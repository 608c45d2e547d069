"""The window's commands: in their menus in the order a user reads them, on the toolbar,
answering their keys anywhere in the window, and sorted into those that change the meeting
and those that only need one open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app.ui.editor.commands import EditorCommands
from desktop_app.ui.window.actions import WindowActions
from tests.ui.window.helpers import menu_texts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot):
    shown = QMainWindow()
    qtbot.addWidget(shown)
    centre = QWidget(shown)  # takes the keyboard, and no key of its own
    centre.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    shown.setCentralWidget(centre)
    shown.commands = WindowActions(shown, EditorCommands(shown))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def menus(window: QMainWindow) -> dict[str, list[str]]:
    return {
        action.text().replace("&", ""): menu_texts(action.menu().actions())
        for action in window.menuBar().actions()
    }


def test_the_menus_hold_the_commands_in_order(window):
    agenda = QAction("&New agenda item", window)
    toggle = QAction("Show the agenda &pane", window)
    window.commands.build_menus([agenda], [toggle])
    shown = menus(window)
    assert list(shown) == [
        "File", "Edit", "Paragraph", "Agenda", "Action items", "View", "Help",
    ]  # fmt: skip
    assert shown["File"] == [
        "New meeting…", "New meeting from this one…", "Open meeting…", "Library",
        "Open the sample meeting", "Import…", "", "Save",
        "Save a copy of the library as…", "Restore from a backup…", "Export…", "",
        "Meeting details…", "Reopen for editing", "", "History of this note…",
        "Take a snapshot now", "", "Quit",
    ]  # fmt: skip
    assert shown["Edit"][:3] == ["Undo", "Redo", ""]
    assert "Find in the note…" in shown["Edit"]
    assert shown["Agenda"] == ["New agenda item"]
    assert shown["Action items"] == [
        "New action item from the selection", "", "Requests across meetings",
    ]  # fmt: skip
    assert shown["View"] == [
        "Go to the agenda", "Go to the note", "Go to the footnotes", "Go to the action items",
        "", "Show the agenda pane",
    ]  # fmt: skip
    assert shown["Help"] == ["Keyboard shortcuts", "About Rapporteur"]


def test_the_toolbar_holds_the_everyday_commands(window):
    toolbar = window.commands.build_toolbar()
    assert toolbar.accessibleName() == "Main toolbar"
    assert menu_texts(toolbar.actions()) == [
        "New meeting…", "Open meeting…", "Save", "Export…", "", "Undo", "Redo", "",
        "Bold (strong)", "Italic (emphasis)", "Insert footnote", "", "Move paragraph up",
        "Move paragraph down", "", "New action item from the selection",
        "Meeting details…", "Find in the note…",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "key", "modifiers"),
    [
        ("save", Qt.Key.Key_S, CTRL),
        ("new_meeting", Qt.Key.Key_N, CTRL),
        ("redo", Qt.Key.Key_Y, CTRL),
        ("redo", Qt.Key.Key_Z, CTRL | SHIFT),
        ("export", Qt.Key.Key_E, CTRL | SHIFT),
        ("go_footnotes", Qt.Key.Key_3, CTRL),
        ("new_action_item", Qt.Key.Key_A, CTRL | SHIFT),
        ("show_history", Qt.Key.Key_H, CTRL | ALT),
    ],
)
def test_each_command_answers_its_keys_anywhere_in_the_window(qtbot, window, name, key, modifiers):
    window.centralWidget().setFocus()
    with qtbot.waitSignal(getattr(window.commands, name).triggered, timeout=1000):
        qtbot.keyClick(window.centralWidget(), key, modifiers)


def test_the_action_items_pane_brings_its_own_command(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane_command = QAction("&New action item from the selection", window)
    commands = WindowActions(window, EditorCommands(window), pane_command)
    assert commands.new_action_item is pane_command
    assert pane_command in window.actions()  # its keys work wherever the window has them


def test_the_commands_that_change_the_meeting_are_apart_from_those_that_read_it(window):
    commands = window.commands
    changing = set(commands.editing_actions())
    needing_a_meeting = set(commands.meeting_actions())
    assert changing < needing_a_meeting
    for name in ("save", "undo", "redo", "details", "new_action_item"):
        assert getattr(commands, name) in changing
    for action in (commands.note.bold, commands.note.footnote, commands.note.replace):
        assert action in changing
    reading = needing_a_meeting - changing
    assert reading == {
        commands.export, commands.go_note, commands.note.copy, commands.note.select_all,
        commands.note.find, commands.new_from_this, commands.show_history, commands.take_snapshot,
    }  # fmt: skip
    assert commands.new_meeting not in needing_a_meeting  # the library needs no meeting
