"""Everything reachable from the keyboard, and named for a screen reader."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def test_every_control_that_takes_the_keyboard_has_a_name(sample_window):
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in sample_window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_every_command_is_in_a_menu_with_a_mnemonic(sample_window):
    menus = [action.menu() for action in sample_window.menuBar().actions()]
    assert all("&" in menu.title() for menu in menus)
    in_menus = {action for menu in menus for action in menu.actions() if not action.isSeparator()}
    assert all("&" in action.text() for action in in_menus)
    without_shortcut = sorted(
        action.text().replace("&", "") for action in in_menus if action.shortcut().isEmpty()
    )
    # Rare commands; a hidden pane also comes back with its Ctrl+1, Ctrl+3 or Ctrl+4.
    assert without_shortcut == [
        "About Rapporteur",
        "Open the sample meeting",
        "Reopen for editing",
        "Restore from a backup…",
        "Show the action items pane",
        "Show the agenda pane",
        "Show the footnotes pane",
        "Take a snapshot now",
    ]


@pytest.mark.parametrize(
    ("command", "pane"),
    [("go_agenda", "agenda"), ("go_footnotes", "footnotes"), ("go_actions", "action_items")],
)
def test_each_pane_is_one_shortcut_away(qtbot, sample_window, command, pane):
    getattr(sample_window.actions, command).trigger()
    focus = sample_window.focusWidget()
    target = getattr(sample_window, pane)
    assert focus is target or target.isAncestorOf(focus)
    sample_window.actions.go_note.trigger()
    assert sample_window.editor.hasFocus()
