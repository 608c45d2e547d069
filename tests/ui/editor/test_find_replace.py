"""Find and Replace in the note: every match in reading order, a footnote's words where its
marker stands, going round the note, and replacements that keep the formatting, the ids and
the footnotes, each Replace (and a whole Replace all) one step of undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Footnote, Meeting, Paragraph
from desktop_app.ui.editor.find_replace import NoteFinder, find_all
from desktop_app.ui.editor.note_document import NoteDocument
from tests.ui.editor.find_helpers import (
    CTRL,
    FOOTNOTE,
    MARKER,
    SHIFT,
    footnote_in_pane,
    label_at_cursor,
    open_find,
    paragraph,
)
from tests.ui.keyboard import focused, type_text


@pytest.fixture
def note(qapp) -> NoteDocument:
    """A heading, a paragraph with a footnote, another paragraph: "Mali" in each of them."""
    meeting = Meeting(
        agenda=[
            AgendaItem(
                "Mali and Niger",
                paragraphs=[
                    Paragraph(Inline.from_markup("The delegate of *Mali* spoke.[^f1]")),
                    Paragraph(Inline.plain("MALI agreed.")),
                ],
                id="item",
            )
        ],
        footnotes={"f1": Footnote(Inline.plain("A paper of Mali, on Mali."), "f1")},
    )
    document = NoteDocument()
    document.load(meeting)
    return document


def shown(finder: NoteFinder, found) -> str:
    """The match as the user sees it: the words selected, or the footnote's words."""
    match = found.match
    if match.footnote_id:
        text = finder.note.footnote_texts()[match.footnote_id].plain_text()
        return f"footnote: {text[match.start : match.end]}"
    return finder.cursor_for(match).selectedText()


def texts(note: NoteDocument) -> list[str]:
    return note.toPlainText().split("\n")


def test_every_match_in_reading_order_a_footnotes_words_where_its_marker_stands(note):
    matches = find_all(note, "mali")
    marker = note.marker_position("f1")
    assert [(m.footnote_id, m.marker == marker) for m in matches] == [
        ("", False), ("", False), ("f1", True), ("f1", True), ("", False),
    ]  # fmt: skip
    assert [m.start for m in matches if m.footnote_id] == [11, 20]  # in "A paper of Mali, on Mali."
    assert find_all(note, "") == [] and find_all(note, "Mali\u2029MALI") == []


def test_next_goes_round_the_note_and_previous_goes_round_backwards(note):
    finder = NoteFinder(note)
    cursor = QTextCursor(note)  # at the start of the note
    seen = []
    for _ in range(6):
        found = finder.find("Mali", 1, cursor, match_case=False)
        seen.append((found.number, found.count, shown(finder, found)))
        cursor = finder.cursor_for(found.match)
    assert seen == [
        (1, 5, "Mali"), (2, 5, "Mali"), (3, 5, "footnote: Mali"), (4, 5, "footnote: Mali"),
        (5, 5, "MALI"), (1, 5, "Mali"),
    ]  # fmt: skip
    found = finder.find("Mali", -1, cursor, match_case=False)
    assert (found.number, shown(finder, found)) == (5, "MALI")


def test_the_words_as_typed_are_found_from_the_cursor_on(note):
    finder = NoteFinder(note)
    cursor = QTextCursor(note.findBlockByNumber(2))  # the second paragraph
    found = finder.find("Mal", 0, cursor, match_case=False)
    assert (found.number, found.count, shown(finder, found)) == (5, 5, "MAL")
    found = finder.find("Mali", 0, finder.cursor_for(found.match), match_case=False)
    assert (found.number, shown(finder, found)) == (5, "MALI")  # the same match, grown


def test_match_case_finds_only_the_words_in_the_case_typed(note):
    finder = NoteFinder(note)
    found = finder.find("MALI", 0, QTextCursor(note), match_case=True)
    assert (found.number, found.count, shown(finder, found)) == (1, 1, "MALI")
    assert finder.find("mali", 0, QTextCursor(note), match_case=True).match is None


def test_replace_keeps_the_formatting_of_the_words_and_shows_the_next(note):
    finder = NoteFinder(note)
    found = finder.find("Mali", 1, QTextCursor(note.findBlockByNumber(1)), match_case=False)
    assert shown(finder, found) == "Mali"  # the emphasised one, in the first paragraph
    found = finder.replace("Mali", "Senegal", finder.cursor_for(found.match), False)
    assert note.to_meeting(Meeting()).agenda[0].paragraphs[0].text.markup == (
        "The delegate of *Senegal* spoke.[^f1]"
    )
    assert (found.number, found.count, shown(finder, found)) == (2, 4, "footnote: Mali")
    note.undo_step()
    assert texts(note)[1] == f"The delegate of Mali spoke.{MARKER}"


def test_replace_in_a_footnote_changes_its_text_and_keeps_its_marker(note):
    finder = NoteFinder(note)
    marker = note.marker_position("f1")
    cursor = QTextCursor(note)
    cursor.setPosition(marker)  # just before the marker: its words come next
    found = finder.find("Mali", 0, cursor, match_case=False)
    assert shown(finder, found) == "footnote: Mali"
    found = finder.replace("Mali", "Chad", finder.cursor_for(found.match), False)
    assert note.footnote_texts() == {"f1": Inline.plain("A paper of Chad, on Mali.")}
    assert note.marker_position("f1") == marker
    assert (found.number, found.count, shown(finder, found)) == (3, 4, "footnote: Mali")
    note.undo_step()
    assert note.footnote_texts() == {"f1": Inline.plain("A paper of Mali, on Mali.")}


def test_replace_with_no_match_shown_at_the_cursor_only_finds(note):
    finder = NoteFinder(note)
    found = finder.find("Mali", 0, QTextCursor(note), match_case=False)
    elsewhere = QTextCursor(note.findBlockByNumber(2))
    found = finder.replace("Mali", "Chad", elsewhere, False)
    assert shown(finder, found) == "MALI"  # seen first, not replaced
    assert "Chad" not in note.toPlainText()


def test_another_meeting_forgets_the_match_shown(note):
    finder = NoteFinder(note)
    found = finder.find("Mali", 0, QTextCursor(note), match_case=False)
    finder.forget()
    finder.replace("Mali", "Chad", finder.cursor_for(found.match), False)
    assert "Chad" not in note.toPlainText()


def test_replace_all_replaces_in_headings_and_footnotes_in_one_step_of_undo(note):
    finder = NoteFinder(note)
    assert finder.replace_all("mali", "Chad", match_case=False) == 5
    assert texts(note) == ["Chad and Niger", f"The delegate of Chad spoke.{MARKER}", "Chad agreed."]
    assert note.footnote_texts() == {"f1": Inline.plain("A paper of Chad, on Chad.")}
    assert note.structure().agenda[0].id == "item"  # the same agenda item, renamed
    assert finder.replace_all("Timbuktu", "Chad", match_case=False) == 0
    note.undo_step()
    assert texts(note) == ["Mali and Niger", f"The delegate of Mali spoke.{MARKER}", "MALI agreed."]
    assert note.footnote_texts() == {"f1": Inline.plain("A paper of Mali, on Mali.")}


# In the window: what the user sees of each match and each replacement


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
