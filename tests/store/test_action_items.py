"""The requests of every meeting in a library: listed with their meeting and paragraph, and a
request carried from meeting to meeting marked open, done or dropped as one."""

import datetime as dt

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionItem, ActionStatus, Meeting, MeetingStatus, Paragraph
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.errors import LibraryError, LibraryReadOnly
from desktop_app.store.library import Library
from desktop_app.store.series import SymbolTaken, add_next_meeting
from tests.conftest import SAMPLE_NOTE

IOM = "Working Group on IOM–UN Relations and Related Issues"
PAPERS = (
    "Provide three short papers: an update on IOM's work on migration data, a brief on IOM's "
    "existing policy capability, and a summary of IOM's capacity-building work"
)


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


@pytest.fixture
def series(library_path) -> list[Meeting]:
    """The sample meeting and the two after it, made from it in the library."""
    first = sample()
    with Library.open(library_path) as library:
        library.add_meeting(first)
        second = add_next_meeting(library, first.id)
        third = add_next_meeting(library, second.id)
    return [first, second, third]


def chain_of(library: Library, what: str) -> list[tuple[str, ActionStatus]]:
    """(symbol, status) of every action item saying `what`, oldest meeting first."""
    return [(i.symbol, i.status) for i in library.action_items.listed() if i.what == what]


def test_every_action_item_is_listed_with_its_meeting_and_paragraph(library_path, series):
    first, second, third = series
    with Library.open(library_path, read_only=True) as library:
        items = library.action_items.listed()
    assert [i.symbol for i in items] == ["WG/REL/2017/7"] * 5 + ["WG/REL/2017/8"] * 5 + [
        "WG/REL/2017/9"
    ] * 5
    assert [i.date for i in items[::5]] == [m.date for m in series]
    assert {i.body for i in items} == {IOM}
    assert [i.paragraph for i in items[:5]] == [18, 18, 26, 27, 28]
    assert [i.paragraph for i in items[5:]] == [None] * 10  # carried: said in the first meeting
    papers = [i for i in items if i.what == PAPERS]
    assert [i.meeting_id for i in papers] == [first.id, second.id, third.id]
    assert papers[0].continues_id is None
    assert [i.continues_id for i in papers[1:]] == [papers[0].id, papers[1].id]
    assert {(i.owner, i.due) for i in papers} == {
        ("IOM Administration", "next meeting of the Working Group")
    }


def test_paragraph_numbers_follow_the_note_as_it_is_now(library_path, series):
    with Library.open(library_path) as library:
        first = library.load_meeting(series[0].id)
        first.opening.insert(0, Paragraph(Inline.plain("The meeting was opened at 10 a.m.")))
        paragraph_20 = first.agenda[1].paragraphs[9]  # now the 21st
        assert paragraph_20.text.plain_text().startswith("Several delegates pointed out")
        paragraph_20.numbered = False
        library.save_meeting(first)
    with Library.open(library_path, read_only=True) as library:
        items = [i for i in library.action_items.listed() if i.meeting_id == first.id]
    # one paragraph more before them all, one fewer numbered between 18 and 26
    assert [i.paragraph for i in items] == [19, 19, 26, 27, 28]
    assert items[-1].what.startswith("Give another update")


def test_action_items_are_filtered_by_status_owner_and_body(library_path, series):
    other = Meeting(body="Standing Committee on Programmes and Finance", date=dt.date(2017, 9, 1))
    other.action_items = [ActionItem(PAPERS, "IOM Administration")]
    with Library.open(library_path) as library:
        library.add_meeting(other)
        items = library.action_items
        items.set_status(items.listed(owner="director general")[0].id, ActionStatus.DONE)
        done = items.listed(status=ActionStatus.DONE)
        open_ = items.listed(status=ActionStatus.OPEN)
        by_owner = items.listed(owner="iom ADMIN")
        by_body = items.listed(body="standing committee")
        of_iom = items.listed(body="iom–un", owner="Director")
    assert [i.symbol for i in done] == ["WG/REL/2017/7", "WG/REL/2017/8", "WG/REL/2017/9"]
    assert len(open_) == 13 and ActionStatus.DONE not in {i.status for i in open_}
    assert {i.owner for i in by_owner} == {"IOM Administration"} and len(by_owner) == 10
    assert [(i.body, i.what) for i in by_body] == [(other.body, PAPERS)]
    assert len(of_iom) == 6 and {i.body for i in of_iom} == {IOM}


def test_closing_the_last_of_a_chain_closes_it_in_every_meeting(library_path, series):
    third = series[2]
    papers = next(a for a in third.action_items if a.what == PAPERS)
    with Library.open(library_path) as library:
        change = library.action_items.set_status(papers.id, ActionStatus.DONE)
        statuses = chain_of(library, PAPERS)
        others = {i.status for i in library.action_items.listed() if i.what != PAPERS}
        reloaded = library.load_meeting(series[0].id)
    assert statuses == [
        ("WG/REL/2017/7", ActionStatus.DONE),
        ("WG/REL/2017/8", ActionStatus.DONE),
        ("WG/REL/2017/9", ActionStatus.DONE),
    ]
    assert others == {ActionStatus.OPEN}
    assert len(change.chain) == 3 and sorted(change.changed) == sorted(change.chain)
    assert [a.status for a in reloaded.action_items if a.what == PAPERS] == [ActionStatus.DONE]


def test_closing_the_first_of_a_chain_closes_the_last_and_opening_the_middle_opens_all(
    library_path, series
):
    first, second, _ = series
    analysis = next(a for a in first.action_items if a.what.startswith("Produce an analysis"))
    with Library.open(library_path) as library:
        library.action_items.set_status(analysis.id, ActionStatus.DROPPED)
        dropped = chain_of(library, analysis.what)
        middle = next(a for a in second.action_items if a.continues_id == analysis.id)
        change = library.action_items.set_status(middle.id, ActionStatus.OPEN)
        reopened = chain_of(library, analysis.what)
        again = library.action_items.set_status(middle.id, ActionStatus.OPEN)
    assert [status for _, status in dropped] == [ActionStatus.DROPPED] * 3
    assert [status for _, status in reopened] == [ActionStatus.OPEN] * 3
    assert len(change.changed) == 3
    assert again.changed == [] and len(again.chain) == 3


def test_an_item_carried_twice_from_one_meeting_is_one_request_with_both(library_path):
    first = sample()
    papers = first.action_items[0]
    copies = [
        Meeting(body=IOM, date=dt.date(2017, 9, day), symbol=f"WG/REL/2017/INF.{day}")
        for day in (4, 5)
    ]
    for meeting in copies:
        meeting.action_items = [ActionItem(papers.what, papers.owner, continues_id=papers.id)]
    with Library.open(library_path) as library:
        for meeting in (first, *copies):
            library.add_meeting(meeting)
        change = library.action_items.set_status(copies[1].action_items[0].id, ActionStatus.DONE)
        statuses = chain_of(library, PAPERS)
        with pytest.raises(LibraryError, match="There is no action item 0000"):
            library.action_items.set_status("0000", ActionStatus.DONE)
    assert statuses == [
        ("WG/REL/2017/7", ActionStatus.DONE),
        ("WG/REL/2017/INF.4", ActionStatus.DONE),
        ("WG/REL/2017/INF.5", ActionStatus.DONE),
    ]
    assert change.chain == sorted([papers.id, *(m.action_items[0].id for m in copies)])


def test_a_meeting_made_after_a_request_is_closed_does_not_carry_it(library_path, series):
    third = series[2]
    with Library.open(library_path) as library:
        library.action_items.set_status(third.action_items[0].id, ActionStatus.DONE)
        fourth = add_next_meeting(library, third.id)
    assert fourth.symbol == "WG/REL/2017/10"
    assert [a.what for a in fourth.action_items] == [a.what for a in third.action_items[1:]]


def test_a_status_is_not_changed_in_a_library_opened_read_only(library_path, series):
    item = series[1].action_items[0]
    with Library.open(library_path, read_only=True) as library:
        with pytest.raises(LibraryReadOnly):
            library.action_items.set_status(item.id, ActionStatus.DONE)
        assert {i.status for i in library.action_items.listed()} == {ActionStatus.OPEN}


def test_an_item_is_found_by_its_id_or_a_unique_beginning(library_path, series):
    item = series[1].action_items[0]
    with Library.open(library_path, read_only=True) as library:
        found = library.action_items
        assert found.find(item.id) == [item.id]
        assert item.id in found.find(item.id[:3])
        assert found.find(item.id[:12]) == [item.id]
        assert found.find("not-an-id") == [] and found.find("  ") == []
        assert found.find("%") == []


# The next meeting in the library


def test_the_next_meeting_is_stored_whole(library_path, series):
    first, second, _ = series
    with Library.open(library_path, read_only=True) as library:
        stored = library.load_meeting(second.id)
    assert (stored.symbol, stored.date, stored.status) == (
        "WG/REL/2017/8",
        dt.date(2017, 9, 4),
        MeetingStatus.DRAFT,
    )
    assert [i.title for i in stored.agenda] == [i.title for i in first.agenda]
    assert [p.text.plain_text() for p in stored.paragraphs()] == [
        "The Working Group had before it the Chairperson's note on the meeting held on "
        "28 August 2017 (WG/REL/2017/7)."
    ]
    assert [a.continues_id for a in stored.action_items] == [
        a.continues_id for a in second.action_items
    ]


def test_the_next_meeting_keeps_the_usual_interval_of_its_series(library_path):
    july = Meeting(body=IOM, title="Chairperson's note on the meeting held on 3 July 2017")
    july.date, july.symbol = dt.date(2017, 7, 3), "WG/REL/2017/6"
    elsewhere = Meeting(body="Council", date=dt.date(2017, 8, 21), symbol="C/108/1")
    august = sample()
    with Library.open(library_path) as library:
        for meeting in (july, elsewhere, august):
            library.add_meeting(meeting)
        october = add_next_meeting(library, august.id)
        given = add_next_meeting(library, october.id, dt.date(2017, 11, 6))
    assert october.date == dt.date(2017, 10, 23)  # 56 days after 28 August, as from 3 July
    assert october.title == "Chairperson's note on the meeting held on 23 October 2017"
    assert (given.date, given.symbol) == (dt.date(2017, 11, 6), "WG/REL/2017/9")


def test_the_next_meeting_is_refused_when_its_symbol_is_taken(library_path, series):
    with Library.open(library_path) as library:
        with pytest.raises(SymbolTaken, match="WG/REL/2017/8 is already in the library"):
            add_next_meeting(library, series[0].id)
        assert len(library.meetings()) == 3
