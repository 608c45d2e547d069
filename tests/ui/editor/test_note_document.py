"""The note's document: it shows a meeting, reads it back whole or a paragraph at a time,
keeps the footnotes in their markers, and knows what changed since the last save."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionItem, Footnote, Meeting, Paragraph, SubItem
from desktop_app.ui.editor.block_kinds import BlockKind, block_id
from desktop_app.ui.editor.note_document import NoteDocument
from tests.ui.editor.notes import outline_meeting, shown


@pytest.fixture
def note(qapp) -> NoteDocument:
    document = NoteDocument()
    document.load(outline_meeting())
    document.structure()  # read as the view reads it, once it is told the note is there
    return document


def type_at(note: NoteDocument, block: int, text: str) -> None:
    cursor = QTextCursor(note.findBlockByNumber(block))
    cursor.insertText(text)


def test_a_meeting_loaded_is_shown_with_its_numbers_and_a_fresh_undo_history(qapp):
    note = NoteDocument()
    said = []
    note.structure_changed.connect(lambda: said.append(True))
    note.load(outline_meeting())
    assert shown(note) == [
        ("1.", "Opening."), ("", "Mali"), ("2.", "Namely:"), ("(a)", "One;"),
        ("(i)", "Deeper."), ("", "Quoted."), ("", "Niger"), ("3.", "Noted.\ufffc"),
    ]  # fmt: skip
    assert said == [True]
    assert not note.isUndoAvailable() and not note.isModified()
    assert note.changed_ids == set() and not note.structure_changed_since_save


def test_an_empty_meeting_is_shown_as_one_empty_numbered_paragraph(qapp):
    note = NoteDocument()
    note.load(Meeting())
    assert shown(note) == [("1.", "")]
    assert block_id(note.begin())  # an id of its own, to be saved under


def test_the_note_reads_back_as_the_meeting_it_shows_with_the_templates_details(note):
    meeting = outline_meeting()
    meeting.title, meeting.action_items = "Note", [ActionItem("A paper", "Mali")]
    meeting.background_documents = ["Background paper (WG/REL/2017/6)"]
    assert note.to_meeting(meeting) == meeting
    type_at(note, 7, "It was ")
    assert note.to_meeting(meeting).agenda[0].sub_items[0].paragraphs[0].text == (
        Inline.from_markup("It was Noted.[^f1]")
    )


def test_one_paragraph_reads_back_with_its_sub_items_and_footnotes(note):
    type_at(note, 4, "Much ")  # in its sub-item's sub-item
    paragraph, footnotes = note.paragraph("namely")
    deeper = SubItem(Inline.plain("Much Deeper."), id="sub-sub")
    assert paragraph == Paragraph(
        Inline.plain("Namely:"), sub_items=[SubItem(Inline.plain("One;"), [deeper], id="sub")],
        id="namely",
    )  # fmt: skip
    assert footnotes == {}
    assert note.paragraph("noted") == (
        Paragraph(Inline.from_markup("Noted.[^f1]"), id="noted"),
        {"f1": Inline.plain("A paper.")},
    )
    assert note.paragraph("quoted")[0].numbered is False
    assert note.paragraph("mali") is None and note.paragraph("gone") is None
    assert note.block_of("quoted").text() == "Quoted." and not note.block_of("gone").isValid()


def test_typing_marks_only_its_paragraph_changed_and_enter_the_structure(qtbot, note):
    type_at(note, 2, "As listed, ")
    type_at(note, 4, "Much ")
    assert note.changed_ids == {"namely", "sub-sub"}
    assert not note.structure_changed_since_save  # the numbers are as they were
    note.mark_saved()
    assert note.changed_ids == set()
    cursor = QTextCursor(note.findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(note.new_block_format(BlockKind.PARAGRAPH, "new"))
    assert note.structure_changed_since_save
    assert [label for label, _ in shown(note)][:3] == ["1.", "2.", ""]


def test_the_structure_changed_is_said_once_the_change_is_done_not_for_typing(qtbot, note):
    said = []
    note.structure_changed.connect(lambda: said.append(True))
    type_at(note, 2, "As listed, ")
    qtbot.wait(5)
    assert said == []
    note.set_block_kind(QTextCursor(note), note.findBlockByNumber(5), BlockKind.PARAGRAPH)
    assert said == []  # not while the change is being made
    qtbot.waitUntil(lambda: said == [True])
    assert shown(note)[5] == ("3.", "Quoted.")


def title_type(note: NoteDocument, number: int) -> tuple[float, bool]:
    """The size and boldness of the first letter of block `number`."""
    cursor = QTextCursor(note.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().fontPointSize(), cursor.charFormat().font().bold()


def test_a_block_changed_to_a_heading_keeps_its_id_and_is_set_as_a_heading(note):
    cursor = QTextCursor(note)
    cursor.beginEditBlock()  # as every caller makes it: one step of undo
    note.set_block_kind(cursor, note.findBlockByNumber(5), BlockKind.SUB_HEADING)
    cursor.endEditBlock()
    assert block_id(note.findBlockByNumber(5)) == "quoted"
    assert title_type(note, 5) == title_type(note, 6)  # as "Niger", the other sub-item
    assert [e.title for e in note.structure().agenda] == ["Mali", "Quoted.", "Niger"]
    note.undo_step()
    assert [e.title for e in note.structure().agenda] == ["Mali", "Niger"]
    assert title_type(note, 5) == title_type(note, 0)  # a paragraph's type again
    note.redo_step()
    assert [e.title for e in note.structure().agenda] == ["Mali", "Quoted.", "Niger"]


def test_shift_tab_on_an_agenda_sub_item_gives_its_title_an_agenda_items_size(qtbot, editor):
    editor.note.load(outline_meeting())
    assert title_type(editor.note, 6)[0] < title_type(editor.note, 1)[0]
    editor.setTextCursor(QTextCursor(editor.note.findBlockByNumber(6)))
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert [e.level for e in editor.note.structure().agenda] == [1, 1]
    assert title_type(editor.note, 6) == title_type(editor.note, 1)  # as when opened again


def test_footnotes_are_listed_in_number_order_and_found_by_their_marker(qapp):
    meeting = Meeting(
        opening=[Paragraph(Inline.from_markup("First[^b] then[^a]."))],
        footnotes={
            "a": Footnote(Inline.plain("Later."), "a"),
            "b": Footnote(Inline.plain("One."), "b"),
        },
    )
    note = NoteDocument()
    note.load(meeting)
    assert list(note.footnote_texts().items()) == [
        ("b", Inline.plain("One.")),
        ("a", Inline.plain("Later.")),
    ]
    assert (note.footnote_number("b"), note.footnote_number("a")) == (1, 2)
    assert note.marker_position("a") == len("First\ufffc then")
    assert note.marker_position("gone") is None


def test_a_footnote_inserted_at_the_cursor_is_numbered_where_it_stands(note):
    cursor = QTextCursor(note.findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    footnote_id = note.insert_footnote(cursor, Inline.plain("New."))
    assert note.findBlockByNumber(0).text() == "Opening.\ufffc"
    assert (note.footnote_number(footnote_id), note.footnote_number("f1")) == (1, 2)
    assert note.footnote_texts()[footnote_id] == Inline.plain("New.")


def test_a_footnotes_text_is_changed_in_one_step_of_undo(note):
    assert note.set_footnote_text("f1", Inline.from_markup("A *new* paper."))
    assert note.to_meeting(Meeting()).footnotes["f1"].text == Inline.from_markup("A *new* paper.")
    assert note.set_footnote_text("f1", Inline.from_markup("A *new* paper."))
    note.undo_step()  # the change; the same text again was no change
    assert note.footnote_texts() == {"f1": Inline.plain("A paper.")}
    assert not note.isUndoAvailable()
    assert note.set_footnote_text("gone", Inline.plain("Lost.")) is False


def test_a_paragraph_split_in_two_has_two_ids_at_once_when_an_edit_asks(note):
    cursor = QTextCursor(note.findBlockByNumber(0))
    cursor.setPosition(cursor.position() + 4)
    cursor.insertBlock()  # as Qt splits a block: both halves carry its id
    note.settle_ids()  # no wait for the event loop: an edit reads the note right after
    first, second = (block_id(note.findBlockByNumber(n)) for n in (0, 1))
    assert first == "opening" and second not in ("", "opening")
    assert shown(note)[:2] == [("1.", "Open"), ("2.", "ing.")]


def test_a_larger_font_gives_the_numbers_more_room_from_the_next_meeting_on(note):
    unit = note.indent_unit
    font = QFont(note.defaultFont())
    font.setPointSizeF(font.pointSizeF() * 2)
    note.setDefaultFont(font)
    note.load(outline_meeting())
    assert note.indent_unit > 1.5 * unit
    assert note.findBlockByNumber(3).blockFormat().leftMargin() == pytest.approx(
        2 * note.indent_unit
    )
