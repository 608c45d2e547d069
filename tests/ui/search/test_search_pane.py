"""The search pane on its own over a library of several series: typed words searched after
a pause, the count of results, their places as the note numbers them, the body and date
filters, a query that cannot be understood and a search that finds nothing said plainly,
and the keys between the query and the results."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.store.library import Library
from desktop_app.ui.search.search_pane import HINT, SearchPane, count_line
from tests.support.libraries import CAT, fill_search_library
from tests.ui.keyboard import focused, type_text

BODY = "Working Group on IOM–UN Relations and Related Issues"


@pytest.fixture
def pane(qtbot, library_path):
    fill_search_library(library_path)
    with Library.open(library_path, read_only=True) as library:
        bodies = sorted({m.body for m in library.meetings()})
    shown = SearchPane()
    qtbot.addWidget(shown)
    shown.resize(380, 700)
    shown.set_library(library_path, bodies)
    shown.show()
    qtbot.waitExposed(shown)
    shown.focus_query()
    yield shown
    assert shown.background.wait()


def search(qtbot, pane, words: str) -> list:
    """Type the words as a user does, and wait for the pane to say what it found."""
    pane.count.setText("")
    type_text(pane.query, words)
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    return pane.results.results.hits()


def places(hits) -> list[tuple[str, str]]:
    return [(hit.symbol, hit.place) for hit in hits]


def test_typed_words_are_searched_and_each_result_says_where_they_are(qtbot, pane):
    hits = search(qtbot, pane, "regional offices")
    assert places(hits) == [("WG/REL/2017/8", "sub-item (b)(i) of paragraph 5")]
    assert pane.count.text() == "1 result in 1 meeting"
    hits = search(qtbot, pane, " OR quarterly")
    assert sorted(places(hits)) == [
        ("WG/REL/2017/8", "an action item"),
        ("WG/REL/2017/8", "sub-item (b)(i) of paragraph 5"),
        ("WG/REL/2017/8", "sub-item (b)(ii) of paragraph 5"),
    ]
    assert pane.count.text() == "3 results in 1 meeting"


def test_footnotes_headings_and_accents_both_ways(qtbot, pane):
    assert places(search(qtbot, pane, '"conference room paper"')) == [
        ("WG/REL/2017/8", "footnote 1 in paragraph 7")
    ]
    pane.query.clear()
    found = places(search(qtbot, pane, "migración"))
    assert ("WG/REL/2017/8", "sub-item (a) of paragraph 5") in found  # written migracion
    assert ("CAT/C/SR.229", "paragraph 4") in found  # written migración
    assert ("WG/REL/2017/8", "the heading") not in found  # Migration is another word
    assert pane.count.text() == count_line(pane.results.results.hits())


def test_the_body_and_the_dates_narrow_the_search(qtbot, pane):
    search(qtbot, pane, "migración")
    assert {h.symbol for h in pane.results.results.hits()} == {"WG/REL/2017/8", "CAT/C/SR.229"}
    pane.count.setText("")
    pane.body.setFocus()
    pane.body.setCurrentIndex(pane.body.findText(CAT))
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    assert {h.symbol for h in pane.results.results.hits()} == {"CAT/C/SR.229"}
    pane.body.setCurrentIndex(pane.body.findText(BODY))
    pane.count.setText("")
    type_text(pane.date_from, "2017-09")
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    assert {h.symbol for h in pane.results.results.hits()} == {"WG/REL/2017/8"}
    pane.count.setText("")
    type_text(pane.date_to, "2017-09")
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    assert pane.results.results.hits() == []
    assert pane.count.text() == (
        f"No meeting of {BODY} between 1 September 2017 and 30 September 2017 holds these words."
    )


def test_a_date_that_cannot_be_read_is_said_and_nothing_is_searched(qtbot, pane):
    search(qtbot, pane, "migration")
    type_text(pane.date_from, "last spring")
    qtbot.waitUntil(lambda: "is not a date" in pane.count.text(), timeout=5000)
    assert pane.count.text().startswith("'last spring' is not a date the search can read")


def test_a_query_that_cannot_be_understood_is_said_as_the_command_line_says_it(qtbot, pane):
    search(qtbot, pane, "NOT asylum")
    assert pane.count.text() == (
        "This search cannot be understood: NOT leaves out what follows it from what the "
        "words before it find: put words before it, as in: migration NOT asylum"
    )
    assert pane.results.results.rowCount() == 0


def test_a_search_that_finds_nothing_says_so_and_an_empty_query_says_how(qtbot, pane):
    search(qtbot, pane, "zanzibar")
    assert pane.count.text() == "No meeting holds these words."
    pane.query.selectAll()
    qtbot.keyClick(pane.query, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: pane.count.text() == HINT, timeout=5000)


def test_down_goes_into_the_results_up_comes_back_esc_goes_to_the_note(qtbot, pane):
    search(qtbot, pane, "migration")
    qtbot.keyClick(pane.query, Qt.Key.Key_Down)
    assert focused() is pane.results and pane.results.currentIndex().row() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert pane.results.currentIndex().row() == 1
    chosen = pane.results.current_hit()
    with qtbot.waitSignal(pane.result_chosen) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert opened.args[0] == chosen
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is pane.query
    with qtbot.waitSignal(pane.back_requested):
        qtbot.keyClick(pane.query, Qt.Key.Key_Escape)


def test_a_hundred_results_are_the_best_hundred(qtbot, pane):
    hits = search(qtbot, pane, "the")
    assert len(hits) == 100
    meetings = len({hit.meeting_id for hit in hits})
    assert pane.count.text() == f"The 100 best results, in {meetings} meetings"
