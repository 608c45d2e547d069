"""A structural edit of `core.editing` carried out on the note: the note shows its result as
one step of undo, writes again only the blocks that differ, and an edit refused leaves the
note as it was."""

import pytest
from PySide6.QtGui import QTextCursor

from desktop_app.core import editing
from desktop_app.core.editing import EditError
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.note_document import NoteDocument
from desktop_app.ui.editor.structure_edits import carry_out, set_kinds
from tests.ui.editor.notes import outline_meeting, shown

BEFORE = [
    ("1.", "Opening."), ("", "Mali"), ("2.", "Namely:"), ("(a)", "One;"), ("(i)", "Deeper."),
    ("", "Quoted."), ("", "Niger"), ("3.", "Noted.\ufffc"),
]  # fmt: skip


@pytest.fixture
def note(qapp) -> NoteDocument:
    document = NoteDocument()
    document.load(outline_meeting())
    document.structure()
    return document


def test_an_edit_is_shown_in_the_note_and_its_result_returned(note):
    moved = carry_out(note, lambda m: editing.move_paragraph_step(m, "opening", 1))
    assert moved is True
    assert shown(note) == [
        ("", "Mali"), ("1.", "Opening."), ("2.", "Namely:"), ("(a)", "One;"), ("(i)", "Deeper."),
        ("", "Quoted."), ("", "Niger"), ("3.", "Noted.\ufffc"),
    ]  # fmt: skip
    assert note.to_meeting(Meeting()).agenda[0].paragraphs[0].id == "opening"


def test_one_undo_takes_back_the_whole_edit(note):
    carry_out(note, lambda m: editing.delete_agenda_item(m, "mali"))
    assert [e.title for e in note.structure().agenda] == ["Niger"]
    note.undo_step()
    assert shown(note) == BEFORE
    assert [e.id for e in note.structure().agenda] == ["mali", "niger"]


def test_only_the_blocks_that_differ_are_written_again(note):
    note.mark_saved()
    carry_out(note, lambda m: editing.move_paragraph_step(m, "namely", 1))  # past "Quoted."
    assert [text for _, text in shown(note)][2:6] == ["Quoted.", "Namely:", "One;", "Deeper."]
    assert {"namely", "quoted"} <= note.changed_ids
    assert {"opening", "noted"}.isdisjoint(note.changed_ids)  # saved as they were


def test_footnotes_and_formatting_survive_an_edit_that_rewrites_their_paragraph(note):
    cursor = QTextCursor(note.findBlockByNumber(7))
    cursor.insertText("It was ")
    carry_out(note, lambda m: editing.move_paragraph_step(m, "noted", -1))
    meeting = note.to_meeting(Meeting())
    assert meeting.agenda[0].paragraphs[-1].text == Inline.from_markup("It was Noted.[^f1]")
    assert note.footnote_texts() == {"f1": Inline.plain("A paper.")}


def test_an_edit_refused_leaves_the_note_as_it_was(note):
    with pytest.raises(EditError):
        carry_out(note, lambda m: editing.move_agenda_item(m, "mali", "niger", 0))
    assert shown(note) == BEFORE
    assert not note.isUndoAvailable()


def test_a_note_left_empty_keeps_one_paragraph_to_type_in(qapp):
    note = NoteDocument()
    note.load(Meeting(opening=[Paragraph(Inline.plain("Only."), id="only")]))
    carry_out(note, lambda m: editing.delete_paragraph(m, "only"))
    assert shown(note) == [("1.", "")]


def test_new_kinds_are_given_in_one_step_of_undo_and_no_step_when_nothing_changes(note):
    kinds = [row.kind for row in note.structure().rows]
    set_kinds(note, kinds)
    assert not note.isUndoAvailable()
    kinds[3], kinds[4] = BlockKind.PARAGRAPH, BlockKind.SUB_ITEM  # Shift+Tab on "One;"
    set_kinds(note, kinds)
    assert [label for label, _ in shown(note)][2:5] == ["2.", "3.", "(a)"]
    note.undo_step()
    assert shown(note) == BEFORE
