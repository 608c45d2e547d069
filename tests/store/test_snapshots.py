"""Snapshots of a note: taken (once for the same note), listed with the words changed,
compared with the note, and restored as the note, the note kept first; the search index
follows a restore."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.note_diff import Change
from desktop_app.store.library import Library
from tests.support.libraries import fill_library

SAMPLE = "WG/REL/2017/7"


@pytest.fixture
def library(library_path):
    fill_library(library_path)
    with Library.open(library_path) as opened:
        yield opened


def sample_id(library: Library) -> str:
    return next(m.id for m in library.meetings() if m.symbol == SAMPLE)


def test_a_snapshot_is_taken_once_for_the_same_note_unless_asked(library):
    meeting = library.load_meeting(sample_id(library))
    first = library.snapshots.take(meeting, "export")
    assert first is not None and first.reason == "export"
    assert first.words_changed > 1000  # the whole note, against nothing before it
    assert library.snapshots.take(meeting, "export") is None
    again = library.snapshots.take(meeting, "on demand", always=True)
    assert again is not None and again.words_changed == 0
    assert [s.reason for s in library.snapshots.listed(meeting.id)] == ["on demand", "export"]


def test_a_snapshot_compared_and_restored_brings_back_the_words_and_their_search(library):
    meeting_id = sample_id(library)
    meeting = library.load_meeting(meeting_id)
    kept = library.snapshots.take(meeting, "on demand")
    assert kept is not None
    last = meeting.agenda[-1].paragraphs[-1]
    said = last.text.plain_text()
    last.text = Inline.plain("The Chairperson closed the meeting at noon.")
    library.save_meeting(meeting)
    assert not [h for h in library.search("Strategy still pending") if h.meeting_id == meeting_id]

    diff = library.snapshots.compare(meeting_id, kept.id)
    [change] = list(diff.changes())
    assert (change.kind, change.place()) == (Change.CHANGED, "paragraph 29")

    before_restore, restored = library.snapshots.restore(meeting_id, kept.id)
    assert before_restore is not None and before_restore.reason == "before restore"
    assert restored.agenda[-1].paragraphs[-1].text.plain_text() == said
    reread = library.load_meeting(meeting_id)
    assert reread.agenda[-1].paragraphs[-1].text.plain_text() == said
    assert reread.action_items == meeting.action_items  # shared with the series: kept
    assert [h for h in library.search("Strategy still pending") if h.meeting_id == meeting_id]
    reasons = [s.reason for s in library.snapshots.listed(meeting_id)]
    assert reasons == ["before restore", "on demand"]


def test_an_editing_snapshot_is_due_after_ten_minutes(library, monkeypatch):
    meeting = library.load_meeting(sample_id(library))
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    from desktop_app.core import clock

    monkeypatch.setattr(clock, "now", lambda: start)
    assert not library.snapshots.is_editing_snapshot_due(meeting.id, since=start)
    library.snapshots.take(meeting, "editing")
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=9, seconds=59))
    assert not library.snapshots.is_editing_snapshot_due(meeting.id, since=start)
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=10))
    assert library.snapshots.is_editing_snapshot_due(meeting.id, since=start)


def test_a_meeting_in_the_trash_keeps_its_snapshots_and_loses_them_for_good(library):
    meeting_id = sample_id(library)
    library.snapshots.take(library.load_meeting(meeting_id), "final")
    library.trash.put(meeting_id)
    assert len(library.snapshots.listed(meeting_id)) == 1
    library.trash.empty()
    assert library.snapshots.listed(meeting_id) == []
