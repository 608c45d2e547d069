"""The agenda pane's requests carried out in the note, refusals said on the status line."""


def test_renaming_an_agenda_item_changes_its_heading_in_the_note(qtbot, sample_window):
    window = sample_window
    first = window.editor.agenda()[0]
    window.agenda.rename_requested.emit(first.id, "Renamed item")
    qtbot.waitUntil(lambda: window.editor.agenda()[0].title == "Renamed item")
    assert "Renamed item" in window.editor.toPlainText()


def test_a_move_the_note_refuses_is_said_on_the_status_line(qtbot, sample_window):
    window = sample_window
    first = window.editor.agenda()[0]
    window.agenda.move_requested.emit(first.id, first.id, 0)  # into itself
    assert window.statusBar().currentMessage() != ""
    assert window.editor.agenda()[0].id == first.id
