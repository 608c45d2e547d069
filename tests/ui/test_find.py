"""Ctrl+F finds words in the note as they are typed; Enter goes to the next, wrapping round."""

from PySide6.QtCore import Qt

from tests.ui.keyboard import type_text


def test_find_as_you_type_then_next_then_not_found(qtbot, sample_window):
    editor = sample_window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = sample_window.find_bar.field
    assert field.hasFocus()
    type_text(field, "Resolution No. 1309")
    first = editor.textCursor()
    assert first.selectedText() == "Resolution No. 1309"
    number = editor.note.structure().rows[first.blockNumber()].label
    assert number == "12."  # the first mention is in paragraph 12
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.note.structure().rows[editor.textCursor().blockNumber()].label == "15."
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.note.structure().rows[editor.textCursor().blockNumber()].label == "12."
    field.clear()
    type_text(field, "no such words anywhere")
    assert sample_window.find_bar.result.text() == "Not found"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not sample_window.find_bar.isVisible() and editor.hasFocus()
