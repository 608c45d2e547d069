"""The find bar: what it asks for as the user types and presses keys, and what it says back.

The bar alone only asks (the window finds and replaces); the tests in the window below show
the whole round, as a user drives it with Ctrl+F and Ctrl+H."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.editor.find_bar import NO_MATCHES, FindBar
from tests.ui.editor.find_helpers import SHIFT, label_at_cursor, open_find
from tests.ui.keyboard import type_text


@pytest.fixture
def bar(qtbot):
    """The find bar on its own, opened with Ctrl+H's replace row, and what it asks for."""
    widget = FindBar()
    qtbot.addWidget(widget)
    widget.asked = []
    widget.find_requested.connect(lambda words, way: widget.asked.append(("find", words, way)))
    widget.replace_requested.connect(lambda *args: widget.asked.append(("replace", *args)))
    widget.replace_all_requested.connect(lambda *args: widget.asked.append(("all", *args)))
    widget.closed.connect(lambda: widget.asked.append(("closed",)))
    widget.open_bar(replacing=True)
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def test_each_letter_typed_asks_for_the_match_as_typed(bar):
    type_text(bar.field, "Mali")
    assert bar.asked == [
        ("find", "M", 0),
        ("find", "Ma", 0),
        ("find", "Mal", 0),
        ("find", "Mali", 0),
    ]


def test_enter_asks_for_the_next_match_and_shift_enter_for_the_one_before(qtbot, bar):
    type_text(bar.field, "Mali")
    bar.asked.clear()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(bar.field, Qt.Key.Key_Enter)
    assert bar.asked == [("find", "Mali", 1), ("find", "Mali", -1), ("find", "Mali", 1)]


def test_the_arrow_buttons_ask_for_the_next_and_previous_match(qtbot, bar):
    bar.field.setText("Mali")
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
    assert bar.asked == [("find", "Mali", 1), ("find", "Mali", -1)]
    assert bar.next.accessibleName() == "Next match"
    assert bar.previous.accessibleName() == "Previous match"


def test_match_case_asks_again_for_the_words_already_typed(qtbot, bar):
    bar.field.setText("Mali")
    qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    assert bar.match_case.isChecked()
    assert bar.asked == [("find", "Mali", 0)]


def test_escape_closes_the_bar_and_says_so(qtbot, bar):
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert bar.asked == [("closed",)]


def test_enter_in_the_replace_field_replaces_and_replace_all_replaces_every_match(qtbot, bar):
    bar.field.setText("Mali")
    bar.replacement.setFocus()
    qtbot.waitUntil(bar.replacement.hasFocus)
    type_text(bar.replacement, "the Republic of Mali")
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Return)
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.asked == [
        ("replace", "Mali", "the Republic of Mali"),
        ("replace", "Mali", "the Republic of Mali"),
        ("all", "Mali", "the Republic of Mali"),
    ]


def test_enter_on_a_button_presses_that_button_not_find_next(qtbot, bar):
    bar.field.setText("Mali")
    bar.replace_all_button.setFocus()
    qtbot.keyClick(bar.replace_all_button, Qt.Key.Key_Return)
    assert bar.asked == [("all", "Mali", "")]


def test_opening_with_words_shows_them_selected_and_finds_them_at_once(qtbot):
    bar = FindBar()
    qtbot.addWidget(bar)
    asked = []
    bar.find_requested.connect(lambda words, way: asked.append((words, way)))
    assert not bar.isVisible()  # until Ctrl+F
    bar.open_bar("Resolution No. 1309")
    assert bar.isVisible() and not bar.replacement.isVisible()
    assert bar.field.text() == bar.field.selectedText() == "Resolution No. 1309"
    assert asked == [("Resolution No. 1309", 0)]


def test_ctrl_h_with_words_there_puts_the_keyboard_in_the_replace_field(qtbot, bar):
    bar.open_bar("Mali", replacing=True)
    qtbot.waitUntil(bar.replacement.hasFocus)
    assert bar.replacement.isVisible() and bar.replace_all_button.isVisible()
    bar.open_bar(replacing=False)  # Ctrl+F afterwards: the words kept, no replace row
    assert bar.field.text() == "Mali"
    assert not bar.replacement.isVisible() and not bar.replace_button.isVisible()


def test_a_read_only_note_can_be_searched_but_not_replaced_in(bar):
    bar.set_read_only(True)
    assert bar.field.isEnabled() and bar.next.isEnabled()
    assert not bar.replacement.isEnabled()
    assert not bar.replace_button.isEnabled() and not bar.replace_all_button.isEnabled()
    bar.set_read_only(False)
    assert bar.replace_all_button.isEnabled()


def test_the_result_says_which_match_of_how_many_or_that_there_is_none(bar):
    bar.show_count(3, 12)
    assert bar.result.text() == "3 of 12"
    bar.field.setText("Timbuktu")
    bar.show_count(0, 0)
    assert bar.result.text() == NO_MATCHES == "No matches"
    bar.field.clear()
    bar.show_count(0, 0)
    assert bar.result.text() == ""  # no words, nothing to say
    bar.show_replaced(4)
    assert bar.result.text() == "4 replaced"
    bar.show_replaced(0)
    assert bar.result.text() == "No matches"


# In the window: Ctrl+F, the keys of the bar, and the match shown in the note


def test_find_as_you_type_then_next_then_previous_then_no_matches(qtbot, sample_window):
    editor = sample_window.editor
    bar = open_find(qtbot, sample_window)
    field = bar.field
    assert field.hasFocus()
    type_text(field, "Resolution No. 1309")
    assert editor.textCursor().selectedText() == "Resolution No. 1309"
    assert label_at_cursor(sample_window) == "12."  # the first mention is in paragraph 12
    assert bar.result.text() == "1 of 4"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert label_at_cursor(sample_window) == "15." and bar.result.text() == "2 of 4"
    qtbot.keyClick(field, Qt.Key.Key_Return, SHIFT)
    assert label_at_cursor(sample_window) == "12." and bar.result.text() == "1 of 4"
    qtbot.keyClick(field, Qt.Key.Key_Return, SHIFT)  # round to the last
    assert label_at_cursor(sample_window) == "21." and bar.result.text() == "4 of 4"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert label_at_cursor(sample_window) == "12." and bar.result.text() == "1 of 4"
    field.clear()
    type_text(field, "no such words anywhere")
    assert bar.result.text() == "No matches"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.hasFocus()


def test_letter_case_does_not_matter_unless_asked(qtbot, sample_window):
    bar = open_find(qtbot, sample_window)
    type_text(bar.field, "resolution no. 1309")
    assert bar.result.text() == "1 of 4"
    qtbot.keyClick(bar.match_case, Qt.Key.Key_Space)
    assert bar.result.text() == "No matches"


def test_a_read_only_library_finds_but_offers_no_replacing(qtbot, read_only_sample_window):
    window = read_only_sample_window
    bar = open_find(qtbot, window, Qt.Key.Key_H)
    assert not bar.isVisible()  # Ctrl+H is for changing the note
    bar = open_find(qtbot, window)
    type_text(bar.field, "stocktaking")
    assert bar.result.text() == "1 of 2" and not bar.replacement.isVisible()
