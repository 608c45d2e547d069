"""The next meeting made with the symbol and the date the user chose in the window's dialog,
and the date that dialog proposes."""

import datetime as dt

import pytest

from desktop_app.core.model import Meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from desktop_app.store.series import SymbolTaken, add_next_meeting, proposed_date
from tests.conftest import SAMPLE_NOTE

IOM = "Working Group on IOM–UN Relations and Related Issues"


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def test_the_next_meeting_takes_the_symbol_typed(library_path):
    first = sample()
    with Library.open(library_path) as library:
        library.add_meeting(first)
        made = add_next_meeting(library, first.id, dt.date(2017, 9, 11), " WG/REL/2017/8/Add.1 ")
        stored = library.load_meeting(made.id)
    assert (stored.symbol, stored.date) == ("WG/REL/2017/8/Add.1", dt.date(2017, 9, 11))
    assert stored.title == "Chairperson's note on the meeting held on 11 September 2017"
    assert len(stored.action_items) == 5  # carried over as ever


def test_a_symbol_typed_that_is_taken_is_refused_and_nothing_is_added(library_path):
    first = sample()
    with Library.open(library_path) as library:
        library.add_meeting(first)
        with pytest.raises(SymbolTaken, match="WG/REL/2017/7 is already in the library"):
            add_next_meeting(library, first.id, symbol="WG/REL/2017/7")
        assert len(library.meetings()) == 1


def test_the_date_proposed_is_the_one_given_by_default(library_path):
    july = Meeting(body=IOM, title="July", date=dt.date(2017, 7, 3), symbol="WG/REL/2017/6")
    august = sample()
    with Library.open(library_path) as library:
        library.add_meeting(july)
        library.add_meeting(august)
        proposed = proposed_date(library, august)
        made = add_next_meeting(library, august.id)
    assert proposed == made.date == dt.date(2017, 10, 23)  # 56 days on, as from 3 July


def test_a_meeting_of_no_date_proposes_today(library_path, today):
    undated = Meeting(body=IOM, title="Undated", symbol="WG/X/1")
    with Library.open(library_path) as library:
        library.add_meeting(undated)
        assert proposed_date(library, undated) == today
