"""Ctrl+L in the window: the library in place of the note, a meeting found by a word of its
note opened with Enter, Esc back to the meeting on screen, and nothing of the note changed
by keys pressed while the library is shown."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from tests.support.libraries import fill_library
from tests.ui.keyboard import focused

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, library_path):
    fill_library(library_path)
    with Library.open(library_path) as library:
        sample = next(m.id for m in library.meetings() if m.symbol == "WG/REL/2017/7")
    shown = create_window(library_path, sample)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.close()
    shown.library.close()


def test_ctrl_l_shows_the_library_with_the_meeting_on_screen_selected(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL)
    view = window.library_view
    assert window.centre.currentWidget() is view
    assert view.current_meeting_id() == window.session.meeting_id
    assert focused() is view.words
    assert view.count.text() == "4 meetings"
    assert not window.agenda_dock.isVisible()  # the library has the whole window
    assert not window.actions_dock.isVisible()


def test_a_word_of_a_note_then_enter_opens_that_meeting(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(focused(), "migracion")  # in the French note only, written "migración"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.centre.currentIndex() == 1  # the note
    assert window.windowTitle().startswith("CAT/C/SR.229")
    assert "La migración des données" in window.editor.toPlainText()
    assert focused() is window.editor


def test_esc_goes_back_to_the_same_meeting_and_its_commands(qtbot, window):
    qtbot.keyClicks(window.editor, " Typed last.")
    before = window.editor.toPlainText()
    assert before.endswith(" Typed last.")
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL)
    assert not window.actions.export.isEnabled()
    window.library_view.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # the note is not on screen: no undo in it
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.centre.currentIndex() == 1
    assert window.windowTitle().startswith("WG/REL/2017/7")
    assert window.actions.export.isEnabled()
    assert window.agenda_dock.isVisible() and window.actions_dock.isVisible()
    assert window.editor.toPlainText() == before
    assert focused() is window.editor


def test_a_pane_closed_before_stays_closed_and_the_rest_come_back(qtbot, window):
    window.footnotes_dock.hide()
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # another meeting
    assert window.agenda_dock.isVisible()
    assert not window.footnotes_dock.isVisible()
