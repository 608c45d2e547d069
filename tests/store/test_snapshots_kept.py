"""Snapshots of a note in a real library file: taken, listed, compared, restored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core import clock
from desktop_app.core.inline import Inline
from desktop_app.core.note_diff import Change
from desktop_app.store.library import Library
from desktop_app.store.schema import SCHEMA_VERSION
from desktop_app.store.snapshots import BEFORE_RESTORE, EXPORT, ON_DEMAND
from tests.support.libraries import fill_library

SYMBOL = "WG/REL/2017/7"


def sample_id(library: Library) -> str:
    return next(m.id for m in library.meetings() if m.symbol == SYMBOL)


def test_a_snapshot_is_taken_listed_and_skipped_when_nothing_changed(library_path: Path) -> None:
    fill_library(library_path)
    with Library.open(library_path) as library:
        assert library.schema_version == SCHEMA_VERSION
        meeting = library.load_meeting(sample_id(library))
        first = library.snapshots.take(meeting, EXPORT)
        assert first is not None and first.words_changed > 2000  # the whole note, the first time
        assert library.snapshots.take(meeting, EXPORT) is None  # nothing changed
        again = library.snapshots.take(meeting, ON_DEMAND, always=True)
        assert again is not None and again.words_changed == 0
        assert [s.id for s in library.snapshots.listed(meeting.id)] == [again.id, first.id]
        assert len(first.id) == 16 and first.time.utcoffset() == dt.timedelta(0)


def test_words_changed_and_the_comparison_name_the_paragraph(library_path: Path) -> None:
    fill_library(library_path)
    with Library.open(library_path) as library:
        meeting = library.load_meeting(sample_id(library))
        first = library.snapshots.take(meeting, EXPORT)
        assert first is not None
        paragraph = list(meeting.paragraphs())[3]
        paragraph.text = Inline.from_markup(
            paragraph.text.markup.replace("further reported", "also reported")
        )
        library.save_meeting(meeting)
        second = library.snapshots.take(meeting, EXPORT)
        assert second is not None and second.words_changed == 1
        [change] = library.snapshots.compare(meeting.id, first.id).changes()
        assert (change.kind, change.place()) == (Change.CHANGED, "paragraph 4")


def test_a_restore_brings_the_words_back_and_the_search_follows(library_path: Path) -> None:
    fill_library(library_path)
    with Library.open(library_path) as library:
        meeting = library.load_meeting(sample_id(library))
        paragraph = list(meeting.paragraphs())[5]
        paragraph.text = Inline.plain("Zanzibar was mentioned only in this version.")
        library.save_meeting(meeting)
        old = library.snapshots.take(meeting, ON_DEMAND)
        assert old is not None and [h.item_id for h in library.search("Zanzibar")]
        paragraph.text = Inline.plain("Timbuktu replaced it.")
        library.save_meeting(meeting)
        kept, _ = library.snapshots.restore(meeting.id, old.id)
        assert kept is not None and kept.reason == BEFORE_RESTORE
        assert [h.item_id for h in library.search("Zanzibar")] == [paragraph.id]
        assert library.search("Timbuktu") == []
    with Library.open(library_path, read_only=True) as library:
        restored = library.load_meeting(meeting.id)
        assert list(restored.paragraphs())[5].text.plain_text().startswith("Zanzibar")
        assert [s.reason for s in library.snapshots.listed(meeting.id)] == [
            BEFORE_RESTORE,
            ON_DEMAND,
        ]
        before = library.snapshots.meeting(meeting.id, kept.id)
        assert list(before.paragraphs())[5].text.plain_text() == "Timbuktu replaced it."


def test_an_editing_snapshot_is_due_after_ten_minutes(library_path: Path) -> None:
    fill_library(library_path)
    start = clock.now()
    with Library.open(library_path) as library:
        meeting = library.load_meeting(sample_id(library))
        assert not library.snapshots.is_editing_snapshot_due(meeting.id, start)
        clock.set_clock(lambda: start + dt.timedelta(minutes=10, seconds=1))
        assert library.snapshots.is_editing_snapshot_due(meeting.id, start)
        library.snapshots.take(meeting, ON_DEMAND)
        assert not library.snapshots.is_editing_snapshot_due(meeting.id, start)


def test_snapshots_stay_in_the_trash_and_go_with_their_meeting(library_path: Path) -> None:
    fill_library(library_path)
    with Library.open(library_path) as library:
        meeting_id = sample_id(library)
        library.snapshots.take(library.load_meeting(meeting_id), EXPORT)
        library.trash.put(meeting_id)
        assert len(library.snapshots.listed(meeting_id)) == 1
        library.trash.empty()
        assert library.snapshots.listed(meeting_id) == []
