"""A copy of a meeting reads as the original, number for number, with ids of its own."""

from __future__ import annotations

import dataclasses

from desktop_app.core.meeting_copy import copy_of_meeting
from desktop_app.core.model import ActionStatus, Meeting, MeetingStatus
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.conftest import SAMPLE_NOTE
from tests.support.notes import generated_meeting


def every_id(meeting: Meeting) -> set[str]:
    ids = {meeting.id, *meeting.footnotes}
    ids |= {item.id for item, _ in meeting.agenda_items()}
    for paragraph in meeting.paragraphs():
        ids |= {paragraph.id, *(s.id for s, _ in paragraph.all_sub_items())}
    return ids | {a.id for a in meeting.action_items}


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def test_the_copy_of_the_sample_reads_as_the_sample_as_a_draft_with_no_symbol():
    original = sample()
    duplicate = copy_of_meeting(original)
    assert duplicate.title == "Chairperson's note on the meeting held on 28 August 2017 (copy)"
    assert (duplicate.symbol, duplicate.status) == ("", MeetingStatus.DRAFT)
    as_original = dataclasses.replace(
        duplicate, title=original.title, symbol=original.symbol, status=original.status
    )
    assert meeting_to_markdown(as_original) == SAMPLE_NOTE.read_text(encoding="utf-8")
    assert meeting_to_markdown(original) == SAMPLE_NOTE.read_text(encoding="utf-8")


def test_no_id_of_the_copy_is_one_of_the_original():
    original = generated_meeting(120, 6, seed=40)
    duplicate = copy_of_meeting(original)
    assert len(every_id(duplicate)) == len(every_id(original))
    assert every_id(duplicate).isdisjoint(every_id(original))


def test_markers_and_action_items_point_into_the_copy_at_the_same_numbers():
    original = sample()
    duplicate = copy_of_meeting(original)
    numbers, copy_numbers = number_meeting(original), number_meeting(duplicate)
    assert sorted(copy_numbers.footnotes.values()) == sorted(numbers.footnotes.values())
    assert set(copy_numbers.footnotes) == set(duplicate.footnotes)
    pairs = zip(original.action_items, duplicate.action_items, strict=True)
    for before, after in pairs:
        assert after.what == before.what
        assert copy_numbers.paragraph_number(after.paragraph_id) == numbers.paragraph_number(
            before.paragraph_id
        )
        assert after.continues_id is None


def test_closing_a_request_of_the_copy_leaves_the_original_open():
    original = sample()
    duplicate = copy_of_meeting(original)
    duplicate.action_items[0].status = ActionStatus.DONE
    duplicate.opening[0].sub_items.clear()
    assert original.action_items[0].status is ActionStatus.OPEN
    assert meeting_to_markdown(original) == SAMPLE_NOTE.read_text(encoding="utf-8")
