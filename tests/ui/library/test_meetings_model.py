"""The table of meetings: what each column shows and sorts by, and what the filter accepts."""

import datetime as dt

from desktop_app.store.meeting_list import MeetingSummary
from desktop_app.ui.library.meetings_model import (
    DATE,
    PARAGRAPHS,
    SORT_ROLE,
    STATUS,
    FilteredMeetings,
    MeetingFilter,
    MeetingsModel,
)

IOM = "Working Group on IOM–UN Relations and Related Issues"


def summary(meeting_id, date, symbol, paragraphs=30, body=IOM, status="draft"):
    return MeetingSummary(meeting_id, date, symbol, "A note", body, status, paragraphs, 0, "")


AUGUST = summary("aug", dt.date(2017, 8, 28), "WG/REL/2017/7", 29, status="final")
UNDATED = summary("lunch", None, "", 3)
MAY = summary("may", dt.date(1995, 5, 3), "CAT/C/SR.229", 112, body="Comité contre la torture")


def test_a_meeting_with_no_date_sorts_before_the_oldest_and_shows_no_date(qtbot):
    model = MeetingsModel()
    model.set_meetings([AUGUST, UNDATED, MAY])
    assert model.index(1, DATE).data() == ""
    keys = [model.index(row, DATE).data(SORT_ROLE) for row in range(3)]
    assert sorted(keys) == [keys[1], keys[2], keys[0]]
    assert [model.index(row, PARAGRAPHS).data(SORT_ROLE) for row in range(3)] == [29, 3, 112]
    assert [model.index(row, STATUS).data() for row in range(3)] == ["Final", "Draft", "Draft"]


def test_the_filter_wants_the_body_the_year_and_every_word():
    assert MeetingFilter(body=IOM).accepts(AUGUST)
    assert not MeetingFilter(body=IOM).accepts(MAY)
    assert MeetingFilter(year=2017).accepts(AUGUST)
    assert not MeetingFilter(year=2017).accepts(UNDATED)  # a year asked: no date, no match
    assert MeetingFilter(words=("wg/rel", "AUGUST")).accepts(AUGUST)  # the long date's month
    assert MeetingFilter(words=("2017-08",)).accepts(AUGUST)
    assert not MeetingFilter(words=("wg/rel", "may")).accepts(AUGUST)
    # Words found in the note only: the meeting is one of those the search found.
    assert MeetingFilter(words=("migration",), in_notes=frozenset({"aug"})).accepts(AUGUST)
    assert not MeetingFilter(words=("migration",), in_notes=frozenset({"aug"}), year=1995).accepts(
        AUGUST
    )


def test_the_filtered_rows_follow_a_new_filter(qtbot):
    model = MeetingsModel()
    model.set_meetings([AUGUST, UNDATED, MAY])
    shown = FilteredMeetings(model)
    shown.set_filter(MeetingFilter(words=("cat/c",)))
    assert [shown.meeting_id(row) for row in range(shown.rowCount())] == ["may"]
    shown.set_filter(MeetingFilter())
    assert shown.rowCount() == 3
