"""Two versions of a note compared paragraph by paragraph by their ids, on the sample: a
paragraph moved across a heading, words changed, one added, one removed, a heading renamed;
and the whole meeting kept as JSON with every id."""

from __future__ import annotations

import copy

from desktop_app.core.inline import Inline
from desktop_app.core.meeting_json import meeting_from_json, meeting_to_json
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.note_diff import Change, PieceKind, compare
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.conftest import SAMPLE_NOTE


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def test_a_meeting_kept_as_json_comes_back_with_every_id():
    original = sample()
    back = meeting_from_json(meeting_to_json(original))
    assert back == original
    assert meeting_to_markdown(back) == SAMPLE_NOTE.read_text(encoding="utf-8")


def test_the_same_note_has_no_changes():
    meeting = sample()
    diff = compare(meeting, copy.deepcopy(meeting))
    assert diff.words_changed == 0 and list(diff.changes()) == []


def test_a_moved_paragraph_is_named_by_its_number_now_and_before():
    former = sample()
    current = copy.deepcopy(former)
    # Paragraph 11 (the first of "IOM's future role") goes to the top of the first item.
    moved = current.agenda[1].paragraphs.pop(0)
    current.agenda[0].paragraphs.insert(0, moved)
    words = moved.text.plain_text().split()
    moved.text = Inline.plain(" ".join(["Briefly,", *words]))
    changes = {c.paragraph_id: c for c in compare(former, current).changes()}
    change = changes[moved.id]
    assert change.moved and change.kind is Change.CHANGED
    assert change.place() == "paragraph 3, formerly 11"
    assert [p.text.strip() for p in change.pieces if p.kind is PieceKind.INSERTED] == ["Briefly,"]
    assert change.words_changed == 1


def test_added_removed_and_renamed_are_said_as_such():
    former = sample()
    current = copy.deepcopy(former)
    removed = current.agenda[1].paragraphs.pop(3)  # paragraph 14
    added = Paragraph(Inline.plain("The meeting rose at 6 p.m."))
    current.agenda[1].paragraphs.append(added)
    current.agenda[0].title = "Update on the global compact"
    diff = compare(former, current)
    changes = {c.paragraph_id: c for c in diff.changes()}
    assert changes[removed.id].kind is Change.REMOVED
    assert changes[removed.id].place() == "formerly paragraph 14"
    assert changes[added.id].kind is Change.ADDED and changes[added.id].number == 29
    assert [h.title for h in diff.headings] == ["Update on the global compact"]
    assert diff.words_changed >= len(removed.text.plain_text().split()) + 6
