"""Hints in the status line go once they have done their job, not seconds later."""

from PySide6.QtCore import Qt

from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TITLE_HINT = "Type the agenda item's title, then Enter."


def status_line(window) -> str:
    return window.statusBar().currentMessage()


def test_the_title_hint_stays_while_the_title_is_typed_and_goes_with_enter(qtbot, sample_window):
    editor = sample_window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | ALT)
    assert status_line(sample_window) == TITLE_HINT
    type_text(focused(), "Other business")
    assert status_line(sample_window) == TITLE_HINT
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert status_line(sample_window) == ""
    type_text(focused(), "No other business was raised.")
    assert status_line(sample_window) == ""
    headings = [entry.title for entry in editor.note.structure().agenda]
    assert headings[-1] == "Other business"


def test_the_title_hint_goes_when_the_cursor_leaves_the_heading(qtbot, sample_window):
    editor = sample_window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | ALT)
    type_text(focused(), "Other business")
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert status_line(sample_window) == ""


def test_a_keystroke_that_could_not_be_done_is_explained_until_the_cursor_moves_on(
    qtbot, sample_window
):
    editor = sample_window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Home, CTRL)  # paragraph 1: nothing above it
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    explained = status_line(sample_window)
    assert "sub-item" in explained
    qtbot.keyClick(editor, Qt.Key.Key_Right)  # still in paragraph 1
    assert status_line(sample_window) == explained
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)  # the last paragraph
    assert status_line(sample_window) == ""
