"""The next meeting of a series starts from the last one: same body, next symbol, new date."""

import datetime as dt

import pytest

from desktop_app.core.meeting_series import (
    MeetingDetails,
    apply_details,
    base_symbol,
    details_of,
    next_symbol,
    suggest_new_meeting,
    suggest_title,
)
from desktop_app.core.model import Meeting, MeetingStatus

BODY = "Working Group on IOM–UN Relations and Related Issues"
AUGUST = dt.date(2017, 8, 28)
OCTOBER = dt.date(2017, 10, 2)


def august_meeting() -> MeetingDetails:
    return MeetingDetails(
        body=BODY,
        title="Chairperson's note on the meeting held on 28 August 2017",
        date=AUGUST,
        symbol="WG/REL/2017/7",
        place="Geneva",
        language="en",
        status=MeetingStatus.FINAL,
    )


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("WG/REL/2017/6", "WG/REL/2017/7"),
        ("A/HRC/59/15", "A/HRC/59/16"),
        ("CAT/C/SR.229", "CAT/C/SR.230"),
        ("WG/REL/2017/9", "WG/REL/2017/10"),
        ("WG/05", "WG/06"),
        ("", ""),
    ],
)
def test_the_next_symbol_has_its_last_number_one_higher(symbol, expected):
    assert next_symbol(symbol) == expected


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("WG/REL/2017/6/Rev.1", "WG/REL/2017/7"),
        ("WG/REL/2017/6/Add.2", "WG/REL/2017/7"),
        ("WG/REL/2017/6/Corr.1", "WG/REL/2017/7"),
        ("CAT/C/SR.229/Add. 3", "CAT/C/SR.230"),
        ("A/HRC/59/15/Add.1/Corr.1", "A/HRC/59/16"),
        ("wg/rel/2017/6/rev.2", "wg/rel/2017/7"),
    ],
)
def test_a_revision_addendum_or_corrigendum_is_followed_by_the_next_note_itself(symbol, expected):
    assert next_symbol(symbol) == expected


@pytest.mark.parametrize(
    "symbol", ["WG/REL", "A/HRC/59/L.1/Add", "WG/2017/REL", "Informal consultations", "/Rev.1"]
)
def test_a_symbol_that_does_not_end_with_a_number_gets_no_proposal(symbol):
    assert next_symbol(symbol) == ""


def test_the_base_symbol_is_the_note_without_its_revision():
    assert base_symbol("WG/REL/2017/6/Rev.1") == "WG/REL/2017/6"
    assert base_symbol("CAT/C/SR.229/Add. 3") == "CAT/C/SR.229"
    assert base_symbol("WG/REL/2017/6") == "WG/REL/2017/6"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Chairperson's note on the meeting held on 28 August 2017"),
        ("fr", "Note de la présidence sur la réunion du 28 août 2017"),
        ("es", "Nota de la Presidencia sobre la reunión celebrada el 28 de agosto de 2017"),
        ("de", "Chairperson's note on the meeting held on 28 August 2017"),
    ],
)
def test_without_a_previous_title_the_usual_title_is_suggested_in_the_language(language, expected):
    assert suggest_title(AUGUST, language) == expected


def test_a_previous_title_naming_its_date_is_kept_with_the_new_date():
    title = suggest_title(
        OCTOBER, "en", "Summary of the informal consultations of 28 August 2017", AUGUST
    )
    assert title == "Summary of the informal consultations of 2 October 2017"


def test_a_french_title_gets_the_new_date_in_french():
    title = suggest_title(
        dt.date(2017, 9, 1), "fr", "Note de la présidence sur la réunion du 28 août 2017", AUGUST
    )
    assert title == "Note de la présidence sur la réunion du 1er septembre 2017"


def test_a_previous_title_without_its_date_gives_the_usual_title():
    title = suggest_title(OCTOBER, "en", "Informal consultations", AUGUST)
    assert title == "Chairperson's note on the meeting held on 2 October 2017"


def test_the_new_meeting_continues_the_series_of_the_previous_one():
    suggested = suggest_new_meeting(august_meeting(), OCTOBER)
    assert suggested == MeetingDetails(
        body=BODY,
        title="Chairperson's note on the meeting held on 2 October 2017",
        date=OCTOBER,
        symbol="WG/REL/2017/8",
        place="Geneva",
        language="en",
        status=MeetingStatus.DRAFT,
    )


def test_the_first_meeting_of_a_series_starts_blank_with_a_title():
    suggested = suggest_new_meeting(None, OCTOBER)
    assert suggested == MeetingDetails(
        body="",
        title="Chairperson's note on the meeting held on 2 October 2017",
        date=OCTOBER,
        symbol="",
        place="",
        language="en",
        status=MeetingStatus.DRAFT,
    )


def test_details_go_to_a_meeting_and_back_without_touching_its_note():
    meeting = Meeting(title="Old", background_documents=["Non-paper"])
    apply_details(meeting, august_meeting())
    assert details_of(meeting) == august_meeting()
    assert meeting.background_documents == ["Non-paper"]
