"""Ctrl+F finds words in the note and its footnotes as they are typed, says which match of how
many is shown, and Enter goes to the next, wrapping round; Ctrl+H replaces them, one by one or
all at once, each one step of undo, keeping the formatting, the headings and the footnotes."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView

from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MARKER = "\ufffc"
FOOTNOTE = (
    "Originally planned to take place in Guadalajara, the stocktaking meeting will now be "
    "held in Puerto Vallarta."
)


def label_at_cursor(window) -> str:
    """The number in the margin of the paragraph the cursor is in ("12.")."""
    editor = window.editor
    return editor.note.structure().rows[editor.textCursor().blockNumber()].label


def paragraph(window, number: int) -> str:
    """The text of the paragraph numbered so in the margin."""
    note = window.editor.note
    labels = [info.label for info in note.structure().rows]
    return note.findBlockByNumber(labels.index(f"{number}.")).text()


def footnote_in_pane(window) -> str:
    """The sample's one footnote as its row in the footnotes pane reads."""
    view = window.footnotes.findChild(QListView)
    return view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole).split(" ", 1)[1]


def open_find(qtbot, window, keys: Qt.Key = Qt.Key.Key_F):
    window.editor.setFocus()
    qtbot.keyClick(window.editor, keys, CTRL)
    return window.find_bar


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


def test_words_in_a_footnote_are_found_where_its_marker_stands(qtbot, sample_window):
    editor = sample_window.editor
    bar = open_find(qtbot, sample_window)
    type_text(bar.field, "stocktaking")  # in paragraph 4, then in its footnote
    assert label_at_cursor(sample_window) == "4." and bar.result.text() == "1 of 2"
    assert editor.textCursor().selectedText() == "stocktaking"
    assert sample_window.footnotes.found_words() == ""

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.result.text() == "2 of 2"
    assert sample_window.footnotes.isVisible()
    assert sample_window.footnotes.found_words() == "stocktaking"  # highlighted in the pane
    assert [s.cursor.selectedText() for s in editor.extraSelections()] == [MARKER]
    assert focused() is bar.field  # Enter goes on from here

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # round to paragraph 4
    assert bar.result.text() == "1 of 2" and editor.textCursor().selectedText() == "stocktaking"
    assert sample_window.footnotes.found_words() == ""
    bar.field.clear()
    type_text(bar.field, "Guadalajara")  # only in the footnote
    assert bar.result.text() == "1 of 1"
    assert sample_window.footnotes.found_words() == "Guadalajara"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert sample_window.footnotes.found_words() == ""


def test_replace_shows_each_match_then_replaces_it_and_undo_takes_one_back(qtbot, sample_window):
    bar = open_find(qtbot, sample_window, Qt.Key.Key_H)
    assert bar.field.hasFocus() and bar.replacement.isVisible()
    type_text(bar.field, "Resolution No. 1309")
    qtbot.keyClick(bar.field, Qt.Key.Key_Tab)
    assert focused() is bar.replacement
    type_text(bar.replacement, "resolution 1309")
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Return)  # paragraph 12's, shown first
    assert "Council resolution 1309 of 24 November 2015" in paragraph(sample_window, 12)
    assert bar.result.text() == "1 of 3" and label_at_cursor(sample_window) == "15."
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Return)
    assert "(resolution 1309)" in paragraph(sample_window, 15)
    assert "cited Resolution No. 1309" in paragraph(sample_window, 17)

    qtbot.keyClick(bar.replacement, Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # in the note: the last one only
    assert "(Resolution No. 1309)" in paragraph(sample_window, 15)
    assert "Council resolution 1309" in paragraph(sample_window, 12)


def test_replace_all_in_the_note_and_its_footnote_is_one_step_of_undo(qtbot, sample_window):
    note = sample_window.editor.note
    ids_before = [info.id for info in note.structure().rows]
    footnotes_before = list(note.footnote_texts())
    bar = open_find(qtbot, sample_window, Qt.Key.Key_H)
    type_text(bar.field, "STOCKTAKING")
    qtbot.keyClick(bar.field, Qt.Key.Key_Tab)
    type_text(bar.replacement, "review")
    qtbot.keyClick(bar.replace_all_button, Qt.Key.Key_Space)
    assert bar.result.text() == "2 replaced"
    assert "upcoming review meeting scheduled" in paragraph(sample_window, 4)
    assert paragraph(sample_window, 4).endswith(f"December 2017.{MARKER}")  # the marker stays
    assert footnote_in_pane(sample_window) == FOOTNOTE.replace("stocktaking", "review")
    assert [info.id for info in note.structure().rows] == ids_before
    assert list(note.footnote_texts()) == footnotes_before  # the same footnote, same id

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # one Ctrl+Z: all of them back
    assert "upcoming stocktaking meeting" in paragraph(sample_window, 4)
    qtbot.waitUntil(lambda: footnote_in_pane(sample_window) == FOOTNOTE)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "review meeting will" in footnote_in_pane(sample_window))


def test_replacing_keeps_the_formatting_and_renames_a_heading_in_the_agenda(qtbot, sample_window):
    editor = sample_window.editor
    bar = open_find(qtbot, sample_window)
    type_text(bar.field, "Morocco")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)  # "Morocco" selected in the note
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)  # emphasis
    first_heading = editor.note.structure().agenda[0].id

    bar = open_find(qtbot, sample_window, Qt.Key.Key_H)  # the words selected are the ones found
    assert bar.field.text() == "Morocco" and focused() is bar.replacement
    type_text(bar.replacement, "the Kingdom of Morocco")
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Return)
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Backtab)
    assert focused() is bar.field
    qtbot.keyClick(bar.field, Qt.Key.Key_A, CTRL)
    type_text(bar.field, "exchange of views")
    qtbot.keyClick(bar.field, Qt.Key.Key_Tab)
    qtbot.keyClick(bar.replacement, Qt.Key.Key_A, CTRL)
    type_text(bar.replacement, "discussion")
    qtbot.keyClick(bar.replace_all_button, Qt.Key.Key_Space)

    meeting = editor.note.to_meeting(sample_window.session.meeting)
    fourth = meeting.agenda[0].paragraphs[1]
    assert "Government of *the Kingdom of Morocco*." in fourth.text.markup
    assert meeting.agenda[0].id == first_heading
    assert meeting.agenda[0].title.endswith("on migration and discussion")
    qtbot.waitUntil(
        lambda: sample_window.agenda.topLevelItem(0).text(0).endswith("migration and discussion")
    )


def test_ctrl_h_is_taken_by_replace_alone(sample_window):
    taken = [
        action.text()
        for action in sample_window.findChildren(QAction)
        if QKeySequence("Ctrl+H") in action.shortcuts()
    ]
    assert taken == ["R&eplace in the note…"]  # no other command of the window or its panes


def test_a_read_only_library_finds_but_offers_no_replacing(qtbot, read_only_sample_window):
    window = read_only_sample_window
    bar = open_find(qtbot, window, Qt.Key.Key_H)
    assert not bar.isVisible()  # Ctrl+H is for changing the note
    bar = open_find(qtbot, window)
    type_text(bar.field, "stocktaking")
    assert bar.result.text() == "1 of 2" and not bar.replacement.isVisible()
