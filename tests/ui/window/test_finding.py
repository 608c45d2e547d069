"""Find and Replace as the window wires them: the words selected in the note are the ones to
find; a selection across paragraphs is not put in the bar; words just typed in a footnote
are found at once; another meeting closes the bar; a note that cannot change is never
replaced in. (Finding and replacing themselves: tests/ui/editor/test_find.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.ui.meeting.choices import sample_meeting
from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def select_words(window, words: str) -> None:
    """Select the first `words` in the note, as a user would with the mouse."""
    editor = window.editor
    found = editor.note.find(words)
    assert not found.isNull(), words
    editor.setTextCursor(found)
    editor.setFocus()


def test_ctrl_f_finds_the_words_selected_in_the_note(qtbot, sample_window):
    select_words(sample_window, "Resolution No. 1309")
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_F, CTRL)
    bar = sample_window.find_bar
    assert bar.isVisible() and bar.field.text() == "Resolution No. 1309"
    assert bar.result.text() == "1 of 4"
    assert sample_window.editor.textCursor().selectedText() == "Resolution No. 1309"


def test_ctrl_h_with_words_selected_goes_to_what_replaces_them(qtbot, sample_window):
    select_words(sample_window, "stocktaking")
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_H, CTRL)
    bar = sample_window.find_bar
    assert bar.field.text() == "stocktaking" and bar.replacement.isVisible()
    assert focused() is bar.replacement


def test_a_selection_across_paragraphs_is_not_put_in_the_bar(qtbot, sample_window):
    editor = sample_window.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor, 3)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    bar = sample_window.find_bar
    assert bar.isVisible() and bar.field.text() == "" and bar.result.text() == ""


def test_words_just_typed_in_a_footnote_are_found_at_once(qtbot, sample_window):
    footnote = next(iter(sample_window.session.meeting.footnotes))
    sample_window.footnotes.edit_footnote(footnote)
    sample_window.find_bar.field.setText("Zacatecas")  # looked for before
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    type_text(focused(), " Zacatecas")  # the panel's short pause has not run out
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)  # from the footnote, at once
    assert sample_window.find_bar.result.text() == "1 of 1"
    assert sample_window.footnotes.found_words() == "Zacatecas"


def test_another_meeting_closes_the_bar_and_gives_the_keyboard_to_its_note(qtbot, sample_window):
    other = sample_meeting()
    other.symbol = "WG/REL/2017/8"
    sample_window.meetings.add_to_library(other)
    sample_window.editor.setFocus()
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_F, CTRL)
    type_text(sample_window.find_bar.field, "stocktaking")
    assert sample_window.find_bar.result.text() == "1 of 2"
    sample_window.open_meeting(other.id)
    assert not sample_window.find_bar.isVisible()
    assert sample_window.editor.hasFocus()
    assert not sample_window.editor.textCursor().hasSelection()


def test_a_note_that_cannot_change_is_never_replaced_in(qtbot, read_only_sample_window):
    window = read_only_sample_window
    before = window.editor.toPlainText()
    window.find_bar.replace_requested.emit("stocktaking", "review")
    window.find_bar.replace_all_requested.emit("stocktaking", "review")
    assert window.editor.toPlainText() == before
    assert window.find_bar.result.text() != "2 replaced"


def test_closing_the_bar_gives_the_keyboard_back_to_the_note(qtbot, sample_window):
    sample_window.editor.setFocus()
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_F, CTRL)
    type_text(sample_window.find_bar.field, "Guadalajara")  # only in the footnote
    assert sample_window.footnotes.found_words() == "Guadalajara"
    qtbot.keyClick(sample_window.find_bar.field, Qt.Key.Key_Escape)
    assert sample_window.editor.hasFocus()
    assert sample_window.footnotes.found_words() == ""
