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
