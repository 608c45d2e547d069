"""A deleted meeting waits in the trash, out of every list and search, until it is brought
back whole or the trash is emptied."""

import pytest

from desktop_app.core.model import ActionStatus
from desktop_app.store.errors import MeetingNotFound
from desktop_app.store.library import Library
from tests.support.libraries import fill_library

SAMPLE = "WG/REL/2017/7"


@pytest.fixture
def filled_library(library_path):
    return fill_library(library_path)


def symbol_ids(library: Library) -> dict[str, str]:
    return {m.symbol: m.id for m in library.meetings()}


def test_a_meeting_in_the_trash_is_in_no_list_search_or_count(filled_library):
    with Library.open(filled_library) as library:
        sample = symbol_ids(library)[SAMPLE]
        assert any(hit.meeting_id == sample for hit in library.search("Deputy Director"))
        assert library.action_items.listed(ActionStatus.OPEN)
        library.trash.put(sample)

        assert SAMPLE not in symbol_ids(library)
        assert len(library.meetings()) == 3
        assert library.find_meetings(SAMPLE) == []
        assert library.find_meetings(sample[:6]) == []
        assert not any(hit.meeting_id == sample for hit in library.search("Deputy Director"))
        assert sample not in library.meetings_holding(["Deputy"])
        assert all(item.meeting_id != sample for item in library.action_items.listed())


def test_the_trash_lists_what_was_put_there_last_first_with_when(filled_library, today):
    with Library.open(filled_library) as library:
        ids = symbol_ids(library)
        library.trash.put(ids["CAT/C/SR.229"])
        library.trash.put(ids[SAMPLE])
        trashed = library.trash.meetings()
    assert [m.symbol for m in trashed] == [SAMPLE, "CAT/C/SR.229"]
    assert all(m.deleted.startswith(str(today)[:4]) for m in trashed)
    assert trashed[0].paragraphs == 29  # the note is all there, counted as in the library


def test_a_meeting_taken_out_of_the_trash_is_back_whole(filled_library):
    with Library.open(filled_library) as library:
        sample = symbol_ids(library)[SAMPLE]
        before = library.load_meeting(sample)
        library.trash.put(sample)
    with Library.open(filled_library) as library:  # the trash is in the file, not in memory
        assert [m.id for m in library.trash.find(SAMPLE)] == [sample]
        library.trash.take_out(sample)
        assert library.trash.meetings() == []
        assert library.load_meeting(sample) == before
        assert symbol_ids(library)[SAMPLE] == sample
        assert any(hit.meeting_id == sample for hit in library.search("Deputy Director"))


def test_emptying_the_trash_deletes_its_meetings_for_good_and_only_them(filled_library):
    with Library.open(filled_library) as library:
        ids = symbol_ids(library)
        library.trash.put(ids[SAMPLE])
        assert library.trash.empty() == 1
        with pytest.raises(MeetingNotFound):
            library.load_meeting(ids[SAMPLE])
        assert library.trash.meetings() == []
        assert len(library.meetings()) == 3
        entries = library._db.execute(
            "SELECT count(*) FROM search WHERE meeting_id = ?", [ids[SAMPLE]]
        ).fetchone()[0]
        assert entries == 0
        assert library.trash.empty() == 0


def test_a_meeting_is_put_in_the_trash_once_and_taken_out_once(filled_library):
    with Library.open(filled_library) as library:
        sample = symbol_ids(library)[SAMPLE]
        with pytest.raises(MeetingNotFound, match="in the trash"):
            library.trash.take_out(sample)
        library.trash.put(sample)
        with pytest.raises(MeetingNotFound, match="in the library"):
            library.trash.put(sample)
        with pytest.raises(MeetingNotFound):
            library.trash.put("no-such-meeting")


def test_a_meeting_saved_again_after_coming_back_from_the_trash_saves_its_edits(filled_library):
    with Library.open(filled_library) as library:
        sample = symbol_ids(library)[SAMPLE]
        meeting = library.load_meeting(sample)
        library.trash.put(sample)
        library.trash.take_out(sample)
        meeting.place = "Geneva, Room 3"
        library.save_meeting(meeting)
    with Library.open(filled_library, read_only=True) as library:
        assert library.load_meeting(sample).place == "Geneva, Room 3"
