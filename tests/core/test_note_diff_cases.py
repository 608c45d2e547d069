"""Two versions of the sample note compared by their paragraphs' ids."""

from __future__ import annotations

import copy

from desktop_app.core.editing.paragraphs import delete_paragraph, insert_paragraph, move_paragraph
from desktop_app.core.inline import Inline
from desktop_app.core.meeting_json import meeting_from_json, meeting_to_json
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.note_diff import Change, PieceKind, compare, word_diff
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import SAMPLE_NOTE
from tests.support.notes import generated_meeting


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def numbered(meeting: Meeting, number: int) -> Paragraph:
    numbers = number_meeting(meeting).paragraphs
    return next(p for p in meeting.paragraphs() if numbers.get(p.id) == number)


def test_a_meeting_comes_back_from_its_json_with_every_id() -> None:
    for meeting in (sample(), generated_meeting(120, 6, seed=40)):
        again = meeting_from_json(meeting_to_json(meeting))
        assert again == meeting
        assert [p.id for p in again.paragraphs()] == [p.id for p in meeting.paragraphs()]


def test_the_same_note_has_no_changes() -> None:
    meeting = sample()
    diff = compare(meeting, copy.deepcopy(meeting))
    assert diff.changes() == [] and diff.headings == () and diff.words_changed == 0


def test_words_changed_in_a_paragraph_are_marked_inserted_and_deleted() -> None:
    former = sample()
    current = copy.deepcopy(former)
    paragraph = numbered(current, 4)
    paragraph.text = Inline.from_markup(
        paragraph.text.markup.replace("further reported", "also reported")
    )
    diff = compare(former, current)
    [change] = diff.changes()
    assert (change.kind, change.place(), change.words_changed) == (Change.CHANGED, "paragraph 4", 1)
    kinds = {(p.kind, p.text.strip()) for p in change.pieces}
    assert (PieceKind.DELETED, "further") in kinds and (PieceKind.INSERTED, "also") in kinds
    assert change.text().startswith("The Senior Policy Adviser also reported")
    assert diff.words_changed == 1


def test_a_paragraph_moved_to_another_section_is_moved_with_both_numbers() -> None:
    former = sample()
    current = copy.deepcopy(former)
    eleven = numbered(current, 11)
    section, _ = current.find_paragraph(eleven.id)
    later = [s for s in current.sections() if s.paragraphs and s.id != section.id][-1]
    move_paragraph(current, eleven.id, later.id, 0)
    now = number_meeting(current).paragraphs[eleven.id]
    [change] = compare(former, current).changes()
    assert change.kind is Change.MOVED and change.moved and change.words_changed == 0
    assert change.place() == f"paragraph {now}, formerly 11"
    assert now != 11


def test_added_and_removed_paragraphs_count_their_words() -> None:
    former = sample()
    current = copy.deepcopy(former)
    removed = numbered(current, 12)
    delete_paragraph(current, removed.id)
    insert_paragraph(current, Paragraph(Inline.plain("Five new words stand here.")), None, 0)
    diff = compare(former, current)
    kinds = [(c.kind, c.place()) for c in diff.changes()]
    assert kinds[0] == (Change.ADDED, "paragraph 1")
    assert (Change.REMOVED, "formerly paragraph 12") in kinds
    removed_change = next(c for c in diff.changes() if c.kind is Change.REMOVED)
    assert removed_change.words_changed == len(removed.text.plain_text().split()) + sum(
        len(s.text.plain_text().split()) + 1 for s, _ in removed.all_sub_items()
    ) + sum(len(former.footnotes[f].text.plain_text().split()) + 1 for f in removed.footnote_ids())
    # numbers after the added paragraph shift by one, but those paragraphs did not change
    assert all(c.kind in (Change.ADDED, Change.REMOVED) for c in diff.changes())


def test_a_heading_renamed_and_a_footnote_edited_are_changes() -> None:
    former = sample()
    current = copy.deepcopy(former)
    current.agenda[0].title = "A shorter title"
    footnote_id = next(fid for p in current.paragraphs() for fid in p.footnote_ids())
    holder = next(p for p in current.paragraphs() if footnote_id in p.footnote_ids())
    current.footnotes[footnote_id].text = Inline.plain("A footnote rewritten.")
    diff = compare(former, current)
    [heading] = diff.headings
    assert (heading.kind, heading.title) == (Change.CHANGED, "A shorter title")
    [change] = diff.changes()
    assert change.paragraph_id == holder.id and change.kind is Change.CHANGED
    assert "A footnote rewritten." in change.text()


def test_word_diff_counts_a_replaced_word_once() -> None:
    pieces, words = word_diff("the cat sat", "the dog sat down")
    assert words == 2
    assert "".join(p.text for p in pieces if p.kind is not PieceKind.DELETED) == "the dog sat down"
    assert "".join(p.text for p in pieces if p.kind is not PieceKind.INSERTED) == "the cat sat"
