"""Everything reachable from the keyboard, and named for a screen reader."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop_app.ui.app import create_window


@pytest.fixture
def window(qtbot, library_path: Path):
    shown = create_window(library_path)
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_sample_meeting()
    yield shown
    shown.close()
    shown.library.close()


def test_every_control_that_takes_the_keyboard_has_a_name(window):
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_every_command_is_in_a_menu_with_a_mnemonic(window):
    menus = [action.menu() for action in window.menuBar().actions()]
    assert all("&" in menu.title() for menu in menus)
    in_menus = {action for menu in menus for action in menu.actions() if not action.isSeparator()}
    assert all("&" in action.text() for action in in_menus)
    for action in (window.actions.footnote, window.actions.new_action_item, window.actions.save):
        assert action in in_menus and not action.shortcut().isEmpty()


@pytest.mark.parametrize(
    ("command", "pane"),
    [("go_agenda", "agenda"), ("go_footnotes", "footnotes"), ("go_actions", "action_items")],
)
def test_each_pane_is_one_shortcut_away(qtbot, window, command, pane):
    getattr(window.actions, command).trigger()
    focus = window.focusWidget()
    target = getattr(window, pane)
    assert focus is target or target.isAncestorOf(focus)
    window.actions.go_note.trigger()
    assert window.editor.hasFocus()
