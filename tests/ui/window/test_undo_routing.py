"""Edit › Undo takes back the last change of the pane the user is in."""

from tests.ui.keyboard import type_text


def test_undo_in_the_note_takes_back_typing_and_enables_redo(qtbot, sample_window):
    window = sample_window
    before = window.editor.toPlainText()
    window.editor.setFocus()
    type_text(window.editor, "Typed.")
    qtbot.waitUntil(lambda: window.actions.undo.isEnabled())
    window.actions.undo.trigger()
    assert window.editor.toPlainText() == before
    assert window.actions.redo.isEnabled()
