"""Structural changes keep references attached: footnotes, action items, sections."""

import pytest

from desktop_app.core import editing
from desktop_app.core.inline import Inline
from desktop_app.core.integrity import problems
from desktop_app.core.model import ActionItem, AgendaItem, Meeting, Paragraph, SubItem
from desktop_app.core.numbering import number_meeting


def build() -> Meeting:
    meeting = Meeting(title="Note", opening=[Paragraph(Inline.plain("opening"))])
    first = AgendaItem("First", paragraphs=[Paragraph(Inline.plain(f"f{i}")) for i in range(3)])
    first.sub_items = [AgendaItem("First, sub", paragraphs=[Paragraph(Inline.plain("fs"))])]
    second = AgendaItem("Second", paragraphs=[Paragraph(Inline.plain("s0"))])
    meeting.agenda = [first, second]
    return meeting


def texts(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text.plain_text() for p in paragraphs]


def test_deleting_a_paragraph_deletes_its_footnotes_and_unlinks_its_action_items():
    meeting = build()
    target = meeting.agenda[0].paragraphs[1]
    target.sub_items = [SubItem(Inline.plain("sub"))]
    in_text = editing.insert_footnote(meeting, target.id, 1, Inline.plain("note"))
    in_sub = editing.insert_footnote(
        meeting, target.id, 1, Inline.plain("n"), target.sub_items[0].id
    )
    action = ActionItem(what="Provide papers", paragraph_id=target.id)
    meeting.action_items.append(action)

    editing.delete_paragraph(meeting, target.id)

    assert in_text.id not in meeting.footnotes and in_sub.id not in meeting.footnotes
    assert action.paragraph_id is None
    assert action in meeting.action_items
    assert problems(meeting) == []


def test_deleting_an_agenda_item_keeps_its_paragraphs_in_the_section_before():
    meeting = build()
    first, second = meeting.agenda
    moved = editing.delete_agenda_item(meeting, second.id)
    assert texts(moved) == ["s0"]
    assert texts(first.sub_items[0].paragraphs) == ["fs", "s0"]
    assert [item.title for item, _ in meeting.agenda_items()] == ["First", "First, sub"]


def test_deleting_the_first_agenda_item_moves_its_paragraphs_to_the_opening_keeps_sub_items():
    meeting = build()
    editing.delete_agenda_item(meeting, meeting.agenda[0].id)
    assert texts(meeting.opening) == ["opening", "f0", "f1", "f2"]
    assert [item.title for item in meeting.agenda] == ["First, sub", "Second"]
    assert texts(meeting.agenda[0].paragraphs) == ["fs"]
    assert number_meeting(meeting).section_range(None) == "1–4"


def test_deleting_an_agenda_item_makes_its_sub_items_those_of_the_item_before():
    meeting = build()
    editing.insert_agenda_item(meeting, AgendaItem(title="Third"), None)
    second = meeting.agenda[1]
    editing.insert_agenda_item(meeting, AgendaItem(title="Second, sub"), second.id)
    editing.delete_agenda_item(meeting, second.id)
    first = meeting.agenda[0]
    assert [item.title for item in meeting.agenda] == ["First", "Third"]
    assert [sub.title for sub in first.sub_items] == ["First, sub", "Second, sub"]
    assert texts(first.sub_items[0].paragraphs) == ["fs", "s0"]


def test_agenda_items_nest_two_levels_at_most():
    meeting = build()
    first, second = meeting.agenda
    sub = first.sub_items[0]
    with pytest.raises(editing.EditError):
        editing.move_agenda_item(meeting, second.id, sub.id, 0)
    with pytest.raises(editing.EditError):
        editing.move_agenda_item(meeting, first.id, second.id, 0)  # first has sub-items
    editing.move_agenda_item(meeting, second.id, first.id, 0)
    assert [s.title for s in first.sub_items] == ["Second", "First, sub"]


def test_inserting_an_agenda_item_and_writing_into_it():
    meeting = build()
    item = AgendaItem("Other business")
    editing.insert_agenda_item(meeting, item)
    editing.insert_paragraph(meeting, Paragraph(Inline.plain("aob")), item.id)
    assert number_meeting(meeting).section_range(item.id) == "7"


def test_orphan_footnotes_are_dropped_when_their_marker_is_gone():
    meeting = build()
    paragraph = meeting.opening[0]
    footnote = editing.insert_footnote(meeting, paragraph.id, 7, Inline.plain("gone soon"))
    paragraph.text = Inline.plain("opening, rewritten without the marker")
    assert problems(meeting) == [f"footnote {footnote.id} is not referenced from the text"]
    assert editing.drop_orphan_footnotes(meeting) == [footnote.id]
    assert problems(meeting) == []


def test_integrity_reports_a_footnote_called_twice_and_a_missing_one():
    meeting = build()
    footnote = editing.insert_footnote(meeting, meeting.opening[0].id, 0, Inline.plain("x"))
    meeting.agenda[1].paragraphs[0].text = Inline.from_markup(f"s0[^{footnote.id}][^nowhere]")
    found = problems(meeting)
    assert f"footnote {footnote.id} is referenced 2 times, not once" in found
    assert "a footnote marker points at a missing footnote (nowhere)" in found


def titles(meeting: Meeting) -> list[str]:
    return [("  " if parent else "") + item.title for item, parent in meeting.agenda_items()]


def test_a_new_agenda_item_goes_after_the_one_given_or_last_under_its_parent():
    meeting = build()
    first = meeting.agenda[0]
    editing.add_agenda_item(meeting, None, first.id, "Between")
    editing.add_agenda_item(meeting, first.id, None, "Last sub-item")
    editing.add_agenda_item(meeting, None, None)
    assert titles(meeting) == [
        "First",
        "  First, sub",
        "  Last sub-item",
        "Between",
        "Second",
        editing.NEW_ITEM_TITLE,
    ]
    with pytest.raises(editing.EditError, match="two levels deep"):
        editing.add_agenda_item(meeting, first.sub_items[0].id, None)


def test_a_rename_tidies_the_spaces_and_an_empty_title_changes_nothing():
    meeting = build()
    first = meeting.agenda[0]
    assert editing.rename_agenda_item(meeting, first.id, "  Opening   of the session ")
    assert first.title == "Opening of the session"
    assert not editing.rename_agenda_item(meeting, first.id, "   ")
    assert first.title == "Opening of the session"


def test_a_paragraph_moved_a_step_crosses_headings_with_its_sub_items():
    meeting = build()
    f0 = meeting.agenda[0].paragraphs[0]
    f0.sub_items = [SubItem(Inline.plain("f0 (a)"))]
    assert editing.move_paragraph_step(meeting, f0.id, -1)  # past the heading "First"
    assert texts(meeting.opening) == ["opening", "f0"]
    assert meeting.opening[1].sub_items[0].text.plain_text() == "f0 (a)"
    assert editing.move_paragraph_step(meeting, f0.id, -1)
    assert not editing.move_paragraph_step(meeting, f0.id, -1)  # first in the note
    assert texts(meeting.opening) == ["f0", "opening"]
    fs = meeting.agenda[0].sub_items[0].paragraphs[0]
    assert editing.move_paragraph_step(meeting, fs.id, +1)  # into "Second"
    assert texts(meeting.agenda[1].paragraphs) == ["fs", "s0"]
    assert editing.move_paragraph_step(meeting, fs.id, +1)
    assert not editing.move_paragraph_step(meeting, fs.id, +1)  # last in the note


def test_enter_in_a_paragraph_takes_what_follows_and_its_sub_items_to_a_new_one():
    meeting = build()
    paragraph = meeting.opening[0]
    paragraph.text = Inline.from_markup("The Working Group **requested**: papers")
    paragraph.sub_items = [SubItem(Inline.plain("one")), SubItem(Inline.plain("two"))]
    new = editing.split_at(meeting, paragraph.id, 28, "new-id")
    head, tail = meeting.opening
    assert (head.id, tail.id) == (paragraph.id, new) == (paragraph.id, "new-id")
    assert (head.text.markup, tail.text.markup) == ("The Working Group **requested**:", " papers")
    assert head.sub_items == [] and texts(tail.sub_items) == ["one", "two"]  # type: ignore[arg-type]


def test_enter_at_the_start_opens_an_empty_row_above_and_keeps_the_ids_below():
    meeting = build()
    first = meeting.agenda[0]
    kept = editing.split_at(meeting, first.id, 0, "above")
    assert kept == first.id
    assert texts(meeting.opening) == ["opening", ""]
    assert meeting.opening[1].id == "above"
    sub_item = SubItem(Inline.plain("(a) text"))
    first.paragraphs[0].sub_items = [sub_item]
    editing.split_at(meeting, sub_item.id, 0, "empty")
    assert [s.id for s in first.paragraphs[0].sub_items] == ["empty", sub_item.id]


def test_enter_on_an_empty_sub_item_brings_it_back_to_a_paragraph():
    meeting = build()
    f0 = meeting.agenda[0].paragraphs[0]
    empty = SubItem()
    f0.sub_items = [SubItem(Inline.plain("(a)")), empty]
    assert editing.split_at(meeting, empty.id, 0) == empty.id
    assert [p.id for p in meeting.agenda[0].paragraphs][:2] == [f0.id, empty.id]
    assert len(f0.sub_items) == 1


def test_enter_in_a_heading_makes_the_rest_of_its_title_the_first_paragraph():
    meeting = build()
    second = meeting.agenda[1]
    editing.split_at(meeting, second.id, 6, "rest")
    assert second.title == "Second"
    assert texts(second.paragraphs) == ["", "s0"]
    editing.split_at(meeting, second.id, 3, "tail")
    assert second.title == "Sec"
    assert texts(second.paragraphs) == ["ond", "", "s0"]


def test_tab_makes_a_paragraph_a_sub_item_of_the_one_above_its_own_going_deeper():
    meeting = build()
    f0, f1, f2 = meeting.agenda[0].paragraphs
    f1.sub_items = [SubItem(Inline.plain("f1 (a)"))]
    action = ActionItem(what="A paper", paragraph_id=f1.id)
    meeting.action_items.append(action)
    editing.change_level(meeting, f1.id, f1.id, deeper=True)
    assert [p.id for p in meeting.agenda[0].paragraphs] == [f0.id, f2.id]
    (lettered,) = f0.sub_items
    assert lettered.id == f1.id and texts(lettered.sub_items) == ["f1 (a)"]  # type: ignore[arg-type]
    numbering = number_meeting(meeting)
    assert numbering.sub_items[f1.id] == "(a)"
    assert numbering.paragraph_number(action.paragraph_id) == numbering.paragraphs[f0.id]
    assert problems(meeting) == []
    (inner,) = lettered.sub_items
    with pytest.raises(editing.EditError, match="two levels deep"):
        editing.change_level(meeting, inner.id, inner.id, deeper=True)  # (i) is the deepest
    editing.change_level(meeting, f1.id, f1.id, deeper=False)
    assert [p.id for p in meeting.agenda[0].paragraphs] == [f0.id, f1.id, f2.id]


def test_a_paragraph_first_under_a_heading_cannot_be_a_sub_item():
    meeting = build()
    f0 = meeting.agenda[0].paragraphs[0]
    with pytest.raises(editing.EditError, match="needs a paragraph above it"):
        editing.change_level(meeting, f0.id, f0.id, deeper=True)


def test_deleting_says_where_paragraphs_and_sub_items_go():
    meeting = build()
    first, second = meeting.agenda
    assert editing.deletion_outcome(meeting, second.id) == (
        "Its 1 paragraph will be kept, at the end of “First, sub”."
    )
    assert editing.deletion_outcome(meeting, first.id) == (
        "Its 3 paragraphs will be kept, at the end of the paragraphs before the first agenda "
        "item.\nIts 1 sub-item, with its 1 paragraph, will become an agenda item."
    )


def test_a_note_left_empty_gets_one_paragraph_to_type_in():
    meeting = Meeting(agenda=[AgendaItem("Only")])
    editing.delete_agenda_item(meeting, meeting.agenda[0].id)
    paragraph = editing.ensure_a_paragraph(meeting, "typing")
    assert meeting.opening == [paragraph] and paragraph.id == "typing"  # type: ignore[union-attr]
    assert editing.ensure_a_paragraph(meeting) is None
