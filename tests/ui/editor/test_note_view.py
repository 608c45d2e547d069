"""The note as the user sees it: the agenda its headings make, its footnotes numbered, the
section and paragraph the cursor is in, and the ways to go to a place in the note."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.note_view import NoteView
from desktop_app.ui.meeting.choices import sample_meeting
from tests.ui.editor.notes import outline_meeting


@pytest.fixture
def view(qtbot) -> NoteView:
    """The note's view on its own, shown, holding the small outline note."""
    widget = NoteView()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.note.load(outline_meeting())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def put_cursor(view: NoteView, block: int, offset: int = 0) -> None:
    cursor = QTextCursor(view.note.findBlockByNumber(block))
    cursor.setPosition(cursor.position() + offset)
    view.setTextCursor(cursor)


def top_block(view: NoteView) -> str:
    """The text of the block at the top of the screen."""
    return view.cursorForPosition(view.viewport().rect().topLeft()).block().text()


def test_the_agenda_is_the_notes_headings_in_order(view):
    agenda = view.agenda()
    assert [(e.id, e.title, e.label, e.level, e.paragraph_range) for e in agenda] == [
        ("mali", "Mali", "(a)", 1, "2–3"),
        ("niger", "Niger", "", 2, "3"),
    ]
    assert view.agenda_item_title("niger") == "Niger"
    assert view.agenda_item_title("gone") is None


def test_the_footnotes_are_listed_with_their_numbers(view):
    assert view.footnotes() == [NumberedFootnote("f1", 1, Inline.plain("A paper."))]


def test_the_section_the_paragraph_and_the_kind_at_the_cursor(view):
    sections = []
    view.current_section_changed.connect(sections.append)
    put_cursor(view, 0)
    assert (view.current_section(), view.current_paragraph_id()) == (None, "opening")
    put_cursor(view, 4)  # the sub-item of the sub-item
    assert view.current_section() == "mali"
    assert (view.current_paragraph_id(), view.current_kind()) == ("namely", BlockKind.SUB_SUB_ITEM)
    put_cursor(view, 6)  # the heading of the sub-item of the agenda
    assert (view.current_section(), view.current_paragraph_id()) == ("niger", None)
    put_cursor(view, 7)
    assert sections == [None, "mali", "niger"]  # said once each time it changes


def test_the_words_to_find_are_the_selection_or_else_the_paragraph(view):
    put_cursor(view, 7, 2)
    assert view.selected_text_or_paragraph() == "Noted."  # its footnote marker left out
    cursor = view.textCursor()
    cursor.setPosition(view.note.findBlockByNumber(2).position() + 5)
    cursor.setPosition(view.note.findBlockByNumber(3).position() + 3, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_text_or_paragraph() == "y: One"  # across a paragraph break


def test_going_to_a_paragraph_brings_it_to_the_top_with_the_cursor_at_its_start(qtbot, view):
    view.note.load(sample_meeting())
    target = view.note.structure().rows[15]
    view.go_to_entity(target.id)
    assert view.textCursor().block().blockNumber() == 15
    assert view.textCursor().positionInBlock() == 0
    qtbot.waitUntil(lambda: top_block(view) == view.textCursor().block().text())


def test_going_to_the_end_stops_at_the_last_paragraph_not_an_empty_heading(view):
    cursor = QTextCursor(view.note)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(view.note.new_block_format(BlockKind.HEADING, "new"))
    view.go_to_end()
    assert view.textCursor().block().text() == "Noted.\ufffc"
    assert view.textCursor().atBlockEnd()


def test_going_to_a_section_puts_the_cursor_after_its_last_paragraph(qtbot, view):
    view.go_to_section("mali")  # its own paragraphs, not its sub-item's
    assert view.textCursor().block().text() == "Quoted." and view.textCursor().atBlockEnd()
    view.go_to_section("niger")
    assert view.textCursor().block().text() == "Noted.\ufffc"
    view.go_to_section("gone")  # no such agenda item: the cursor stays
    assert view.textCursor().block().text() == "Noted.\ufffc"


def test_a_new_agenda_items_title_is_selected_to_be_typed_over(view):
    view.select_heading_title("niger")
    assert view.textCursor().selectedText() == "Niger"


def test_a_footnote_shown_is_highlighted_not_selected_until_the_cursor_moves(qtbot, view):
    view.show_footnote_marker("f1")
    marker = view.note.marker_position("f1")
    cursor = view.textCursor()
    assert cursor.position() == marker + 1 and not cursor.hasSelection()
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["\ufffc"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.extraSelections() == []
    view.go_to_footnote_marker("f1")
    assert view.textCursor().position() == marker + 1 and view.extraSelections() == []


def test_a_footnotes_text_changed_in_the_note_is_said_typing_elsewhere_is_not(qtbot, view):
    said = []
    view.footnote_texts_changed.connect(lambda: said.append("footnotes"))
    view.structure_changed.connect(lambda: said.append("structure"))
    put_cursor(view, 0)
    qtbot.keyClicks(view, "The ")
    qtbot.wait(5)
    assert said == []  # typing in a paragraph changes neither
    view.note.set_footnote_text("f1", Inline.plain("Another paper."))
    qtbot.waitUntil(lambda: said == ["footnotes"])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "structure" in said)
    assert said[0] == "footnotes" and set(said[1:]) == {"structure"}
