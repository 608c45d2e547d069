"""The results as a list: Enter or a double click opens one, Esc goes back to the note, Up
from the first back to the query; each row as tall as its words."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.store.search import NoteHit
from desktop_app.ui.search.results_list import HTML_ROLE, ResultsList


def a_hit(snippet: str = "…the «migration» data…", **changes) -> NoteHit:
    fields = dict(
        meeting_id="m1",
        symbol="WG/REL/2017/7",
        date=dt.date(2017, 8, 28),
        title="Chairperson's note on the meeting held on 28 August 2017",
        where="sub-item",
        item_id="s1",
        paragraph_id="p1",
        paragraph=26,
        place="sub-item (b) of paragraph 26",
        snippet=snippet,
        words=("migration",),
    )
    fields.update(changes)
    return NoteHit(**fields)


@pytest.fixture
def results(qtbot):
    shown = ResultsList()
    qtbot.addWidget(shown)
    shown.resize(360, 500)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_hits([a_hit(), a_hit(item_id="s2", place="paragraph 27", paragraph=27)])
    shown.setFocus()
    return shown


def test_enter_and_a_double_click_open_the_result(qtbot, results):
    assert results.current_hit().place == "sub-item (b) of paragraph 26"
    qtbot.keyClick(results, Qt.Key.Key_Down)
    with qtbot.waitSignal(results.chosen) as chosen:
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert chosen.args[0].place == "paragraph 27"
    first = results.visualRect(results.results.index(0)).center()
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    with qtbot.waitSignal(results.chosen) as chosen:
        qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert chosen.args[0].place == "sub-item (b) of paragraph 26"


def test_esc_goes_back_and_up_from_the_first_goes_to_the_query(qtbot, results):
    with qtbot.waitSignal(results.back_requested):
        qtbot.keyClick(results, Qt.Key.Key_Escape)
    with qtbot.waitSignal(results.query_requested):
        qtbot.keyClick(results, Qt.Key.Key_Up)


def test_each_result_is_as_tall_as_its_words_and_read_out_plainly(results):
    first = results.results.index(0)
    assert results.visualRect(first).height() >= 3 * results.fontMetrics().height()
    assert first.data() == (
        "WG/REL/2017/7 · 28 August 2017, sub-item (b) of paragraph 26: …the migration data…"
    )
    assert "migration" in first.data(HTML_ROLE)
