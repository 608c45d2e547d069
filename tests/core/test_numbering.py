"""Numbers come from order: paragraphs straight across sections, sub-item letters, footnotes
by first appearance. Every change renumbers; references stay attached to their ids."""

import pytest

from desktop_app.core import editing
from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph, SubItem
from desktop_app.core.numbering import letter, number_meeting, roman, sub_item_label


def paragraph(text: str, numbered: bool = True) -> Paragraph:
    return Paragraph(Inline.plain(text), numbered=numbered)


def note() -> Meeting:
    """Opening: p1, p2. Item A: p3, (unnumbered), p4. Item A.1: p5. Item B: p6."""
    meeting = Meeting(title="Note")
    meeting.opening = [paragraph("p1"), paragraph("p2")]
    a = AgendaItem("A", paragraphs=[paragraph("p3"), paragraph("quote", False), paragraph("p4")])
    a.sub_items = [AgendaItem("A.1", paragraphs=[paragraph("p5")])]
    b = AgendaItem("B", paragraphs=[paragraph("p6")])
    meeting.agenda = [a, b]
    return meeting


def numbers(meeting: Meeting) -> list[tuple[str, int | None]]:
    """(text, number) for every paragraph in reading order."""
    numbering = number_meeting(meeting)
    return [(p.text.plain_text(), numbering.paragraphs.get(p.id)) for p in meeting.paragraphs()]


def test_paragraphs_are_numbered_straight_across_sections_skipping_unnumbered_ones():
    assert numbers(note()) == [
        ("p1", 1),
        ("p2", 2),
        ("p3", 3),
        ("quote", None),
        ("p4", 4),
        ("p5", 5),
        ("p6", 6),
    ]


def test_each_heading_shows_the_range_of_the_paragraphs_under_it_its_sub_items_included():
    meeting = note()
    meeting.agenda.append(AgendaItem("Empty"))
    numbering = number_meeting(meeting)
    a, b, empty = meeting.agenda
    assert numbering.section_range(None) == "1–2"
    assert numbering.section_range(a.id) == "3–5"
    assert numbering.section_range(a.sub_items[0].id) == "5"
    assert numbering.section_range(b.id) == "6"
    assert numbering.section_range(empty.id) == ""


def test_inserting_a_paragraph_renumbers_everything_after_it():
    meeting = note()
    p3_id = meeting.agenda[0].paragraphs[0].id
    editing.insert_paragraph(meeting, paragraph("new"), None, 1)
    assert numbers(meeting)[:4] == [("p1", 1), ("new", 2), ("p2", 3), ("p3", 4)]
    assert number_meeting(meeting).paragraphs[p3_id] == 4


def test_deleting_a_paragraph_renumbers_across_sections():
    meeting = note()
    editing.delete_paragraph(meeting, meeting.opening[0].id)
    assert [n for _, n in numbers(meeting)] == [1, 2, None, 3, 4, 5]


def test_moving_a_paragraph_to_another_section_renumbers_both():
    meeting = note()
    p6 = meeting.agenda[1].paragraphs[0]
    editing.move_paragraph(meeting, p6.id, None, 0)
    assert numbers(meeting)[:3] == [("p6", 1), ("p1", 2), ("p2", 3)]
    assert meeting.agenda[1].paragraphs == []


def test_reordering_agenda_items_moves_their_paragraphs_and_numbers():
    meeting = note()
    a, b = meeting.agenda
    editing.move_agenda_item(meeting, b.id, None, 0)
    assert [t for t, _ in numbers(meeting)] == ["p1", "p2", "p6", "p3", "quote", "p4", "p5"]
    assert number_meeting(meeting).section_range(b.id) == "3"
    assert number_meeting(meeting).section_range(a.id) == "4–6"  # A.1 with it


def test_unnumbering_a_paragraph_renumbers_the_rest():
    meeting = note()
    meeting.opening[1].numbered = False
    assert [n for _, n in numbers(meeting)] == [1, None, 2, None, 3, 4, 5]


def test_sub_items_are_lettered_then_roman_at_the_second_level():
    inner = [SubItem(Inline.plain(t)) for t in ("i", "ii", "iii", "iv")]
    subs = [SubItem(Inline.plain("a")), SubItem(Inline.plain("b"), inner), SubItem()]
    meeting = Meeting(opening=[Paragraph(Inline.plain("p"), sub_items=subs)])
    labels = number_meeting(meeting).sub_items
    assert [labels[s.id] for s in subs] == ["(a)", "(b)", "(c)"]
    assert [labels[s.id] for s in inner] == ["(i)", "(ii)", "(iii)", "(iv)"]


def test_removing_a_sub_item_reletters_those_after_it():
    subs = [SubItem(Inline.plain(t)) for t in "abc"]
    meeting = Meeting(opening=[Paragraph(sub_items=subs)])
    del meeting.opening[0].sub_items[0]
    labels = number_meeting(meeting).sub_items
    assert [labels[s.id] for s in meeting.opening[0].sub_items] == ["(a)", "(b)"]


@pytest.mark.parametrize(
    ("index", "expected"), [(0, "a"), (25, "z"), (26, "aa"), (27, "bb"), (52, "aaa")]
)
def test_letters_go_on_past_z_as_in_un_documents(index, expected):
    assert letter(index) == expected


@pytest.mark.parametrize(
    ("index", "expected"), [(0, "i"), (3, "iv"), (8, "ix"), (13, "xiv"), (39, "xl"), (48, "xlix")]
)
def test_roman_numerals(index, expected):
    assert roman(index) == expected
    assert sub_item_label(index, 2) == f"({expected})"


def test_footnotes_are_numbered_by_first_appearance_and_renumber_when_text_moves():
    meeting = note()
    p1, p2 = meeting.opening
    p6 = meeting.agenda[1].paragraphs[0]
    late = editing.insert_footnote(meeting, p6.id, 2, Inline.plain("late"))
    early = editing.insert_footnote(meeting, p2.id, 2, Inline.plain("early"))
    sub = SubItem(Inline.plain("sub-item text"))
    p1.sub_items.append(sub)
    in_sub = editing.insert_footnote(meeting, p1.id, 3, Inline.plain("in a sub-item"), sub.id)
    assert number_meeting(meeting).footnotes == {in_sub.id: 1, early.id: 2, late.id: 3}

    editing.move_paragraph(meeting, p6.id, None, 0)
    assert number_meeting(meeting).footnotes == {late.id: 1, in_sub.id: 2, early.id: 3}

    editing.delete_footnote(meeting, in_sub.id)
    assert number_meeting(meeting).footnotes == {late.id: 1, early.id: 2}
    assert sub.text.plain_text() == "sub-item text"


def test_several_footnotes_in_one_paragraph_keep_their_reading_order():
    meeting = Meeting(opening=[paragraph("one two three")])
    pid = meeting.opening[0].id
    third = editing.insert_footnote(meeting, pid, 13, Inline.plain("3"))
    first = editing.insert_footnote(meeting, pid, 3, Inline.plain("1"))
    second = editing.insert_footnote(meeting, pid, 8, Inline.plain("2"))  # after one[^1]
    assert number_meeting(meeting).footnotes == {first.id: 1, second.id: 2, third.id: 3}
    assert (
        meeting.opening[0].text.markup == f"one[^{first.id}] two[^{second.id}] three[^{third.id}]"
    )
