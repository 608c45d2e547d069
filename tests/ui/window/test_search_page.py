"""Search all meetings in the window, through real keys: Ctrl+Shift+F puts the keyboard in
the pane's query, Down and Enter open a result's meeting at its paragraph, sub-item or
footnote with the words highlighted, Esc goes back to the note, words typed in the note a
moment ago are found, a result whose meeting went to the trash says so; and typing never
blocks the window more than 50 ms over a library of 2,000 meetings."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListView

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from tests.perf.bench_search import MEETINGS, bench_meeting
from tests.support.libraries import fill_search_library
from tests.ui.keyboard import focused, type_text
from tests.ui.window.helpers import menu_texts, settings_in

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LONGEST_GAP_SECONDS = 0.050


def opened(qtbot, library_path, meeting: str | None = None):
    shown = create_window(library_path, meeting)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture(autouse=True)
def _own_settings(tmp_path):
    """The window's layout, the search pane shown, kept for this test only."""
    with settings_in(tmp_path / "settings"):
        yield


@pytest.fixture
def window(qtbot, library_path):
    """The window on the sample meeting, in a library of several series."""
    fill_search_library(library_path)
    shown = opened(qtbot, library_path, "WG/REL/2017/7")
    yield shown
    shown.search_page.pane.background.wait()
    shown.close()
    shown.library.close()


def search(qtbot, window, words: str) -> list:
    """Ctrl+Shift+F from the note, the words typed, the results once the pane has them."""
    pane = window.search_page.pane
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL_SHIFT)
    assert focused() is pane.query
    pane.count.setText("")
    type_text(pane.query, words)
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    return pane.results.results.hits()


def open_result(qtbot, window, place: str) -> None:
    """Down into the results, Down to the result at `place`, Enter."""
    pane = window.search_page.pane
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is pane.results
    while pane.results.current_hit().place != place:
        row = pane.results.currentIndex().row()
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        assert pane.results.currentIndex().row() == row + 1, f"no result at {place}"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def number_at_cursor(window) -> int | None:
    structure = window.editor.note_for_saving().structure()
    return structure.paragraph_number(window.editor.current_paragraph_id())


def test_ctrl_shift_f_opens_the_pane_with_the_keyboard_in_its_query(qtbot, window):
    dock = window.search_page.dock
    assert not dock.isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    assert dock.isVisible() and focused() is window.search_page.pane.query
    assert dock.windowTitle() == "Search all meetings"
    edit = window.menuBar().actions()[1].menu()
    assert "Search all meetings…" in menu_texts(edit.actions())


def test_enter_opens_the_paragraph_with_the_words_highlighted_esc_goes_to_the_note(qtbot, window):
    hits = search(qtbot, window, "streamline")
    assert [(h.symbol, h.place) for h in hits] == [("WG/REL/2017/7", "paragraph 19")]
    window.editor.go_to_end()
    open_result(qtbot, window, "paragraph 19")
    assert number_at_cursor(window) == 19  # "19. One delegate … streamline" in the sample
    assert window.search_page.highlighted_words() == ["streamline"]
    assert window.editor.textCursor().block().text().startswith("One delegate pointed out")
    assert focused() is window.search_page.pane.results  # the next result is one Down away
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.editor and number_at_cursor(window) == 19
    type_text(window.editor, "x")
    assert window.search_page.highlighted_words() == []  # the note edited: gone


def test_a_sub_item_of_another_meeting_opens_with_its_words_highlighted(qtbot, window):
    hits = search(qtbot, window, "migracion")
    assert "sub-item (a) of paragraph 5" in [h.place for h in hits]
    open_result(qtbot, window, "sub-item (a) of paragraph 5")
    assert window.session.details().symbol == "WG/REL/2017/8"
    assert number_at_cursor(window) == 5
    assert window.editor.textCursor().block().text() == "A paper on migracion statistics;"
    assert window.search_page.highlighted_words() == ["migracion"]


def test_a_footnote_opens_at_its_marker_with_its_words_highlighted(qtbot, window):
    search(qtbot, window, '"conference room"')
    open_result(qtbot, window, "footnote 1 in paragraph 7")
    assert window.session.details().symbol == "WG/REL/2017/8"
    assert number_at_cursor(window) == 7
    assert window.footnotes_dock.isVisible()
    assert window.footnotes.found_words() == "conference room"


def test_a_heading_and_a_chinese_substring_open_where_they_are(qtbot, window):
    search(qtbot, window, "statistics")
    open_result(qtbot, window, "the heading")
    assert window.editor.textCursor().block().text() == "Migration data and statistics"
    assert window.search_page.highlighted_words() == ["statistics"]
    window.search_page.pane.query.clear()
    search(qtbot, window, "移民")
    open_result(qtbot, window, "paragraph 3")
    assert window.search_page.highlighted_words() == ["移民"]


def test_an_action_item_opens_at_its_paragraph_shown_in_its_pane(qtbot, window):
    search(qtbot, window, '"short briefing note"')
    open_result(qtbot, window, "an action item")
    assert number_at_cursor(window) == 18  # the paragraph the request came from
    pane = window.action_items
    assert window.actions_dock.isVisible()
    assert (
        pane.findChild(QListView).currentIndex().data().startswith("Produce a short briefing note")
    )


def test_a_title_opens_its_meeting_at_the_top(qtbot, window):
    search(qtbot, window, "analytique")
    open_result(qtbot, window, "the title")
    assert window.session.details().symbol == "CAT/C/SR.229"
    assert window.editor.textCursor().blockNumber() == 0
    assert window.statusBar().currentMessage() == "The words are in the meeting's title."


def test_words_typed_in_the_note_a_moment_ago_are_found(qtbot, window):
    type_text(window.editor, " Zanzibar was mentioned.")
    paragraph = number_at_cursor(window)
    hits = search(qtbot, window, "zanzibar")
    assert [(h.symbol, h.paragraph) for h in hits] == [("WG/REL/2017/7", paragraph)]


def test_a_result_whose_meeting_went_to_the_trash_says_so(qtbot, window, message_boxes):
    hits = search(qtbot, window, "regional offices")
    assert [h.symbol for h in hits] == ["WG/REL/2017/8"]
    window.library.trash.put(hits[0].meeting_id)
    pane = window.search_page.pane
    pane.count.setText("")
    open_result(qtbot, window, hits[0].place)
    assert message_boxes == [
        "WG/REL/2017/8 · 16 October 2017 is in the trash. Restore it from the library "
        "(Ctrl+L) to open it."
    ]
    assert window.session.details().symbol == "WG/REL/2017/7"  # still on screen
    qtbot.waitUntil(lambda: pane.count.text() != "", timeout=5000)
    assert pane.count.text() == "No meeting holds these words."  # searched again


def test_a_result_whose_meeting_was_deleted_says_so(qtbot, window, message_boxes):
    hits = search(qtbot, window, "regional offices")
    window.library.trash.put(hits[0].meeting_id)
    window.library.trash.empty()
    open_result(qtbot, window, hits[0].place)
    assert message_boxes == [
        "WG/REL/2017/8 · 16 October 2017 is no longer in the library: it was deleted "
        "after this search."
    ]


def test_a_result_opens_from_the_library_view_and_brings_the_note_back(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library_page.is_shown()
    search(qtbot, window, "streamline")
    open_result(qtbot, window, "paragraph 19")
    assert window.centre.currentIndex() == 1 and window.actions_dock.isVisible()
    assert number_at_cursor(window) == 19


def test_the_pane_left_open_is_open_at_the_next_start_and_searches(qtbot, library_path):
    fill_search_library(library_path)
    first = opened(qtbot, library_path, "WG/REL/2017/7")
    qtbot.keyClick(first.editor, Qt.Key.Key_F, CTRL_SHIFT)
    first.close()
    first.library.close()
    again = opened(qtbot, library_path, "WG/REL/2017/7")
    try:
        assert again.search_page.dock.isVisible()
        pane = again.search_page.pane
        offered = [pane.body.itemText(i) for i in range(pane.body.count())]
        assert offered == ["Any", *sorted({m.body for m in again.library.meetings()})]
        assert len(offered) == 4  # the sample's series, the generated one, the French
        pane.query.setFocus()
        type_text(pane.query, "streamline")
        qtbot.waitUntil(lambda: pane.results.results.rowCount() == 1, timeout=5000)
    finally:
        again.close()
        again.library.close()


def test_a_copy_of_the_library_worked_on_is_the_one_searched(qtbot, window, tmp_path):
    assert window.continue_in_copy(tmp_path / "copy.rapporteur")
    type_text(window.editor, " Zanzibar was mentioned.")
    hits = search(qtbot, window, "zanzibar")
    assert [h.symbol for h in hits] == ["WG/REL/2017/7"]


def test_closing_the_window_while_it_searches_leaves_no_search_running(qtbot, library_path):
    fill_search_library(library_path)
    shown = opened(qtbot, library_path, "WG/REL/2017/7")
    pane = shown.search_page.pane
    answers: list = []
    pane.background.found.connect(answers.append)
    qtbot.keyClick(shown.editor, Qt.Key.Key_F, CTRL_SHIFT)
    type_text(pane.query, "migration")
    pane.search_now()
    shown.close()
    shown.library.close()
    assert not pane.background.is_busy()
    qtbot.wait(50)
    assert answers == []  # dropped, not shown in a window that is gone


# Typing over the bench's library: 2,000 meetings of 50 paragraphs, about 100,000 in all.


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    """Built once for the tests of this module (about half a minute)."""
    path = tmp_path_factory.mktemp("search") / "library.rapporteur"
    with Library.open(path) as library:
        for number in range(MEETINGS):
            library.add_meeting(bench_meeting(number))
    return path


class Ticks:
    """The times a 5 ms timer ticked at: a gap between two ticks is a time the window's
    event loop could not answer."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def longest_gap(self) -> float:
        return max(later - earlier for earlier, later in pairwise(self.times))


def test_typing_never_blocks_the_window_at_2000_meetings(qtbot, big_library):
    window = opened(qtbot, big_library)
    try:
        pane = window.search_page.pane
        answers: list = []
        pane.background.found.connect(answers.append)
        qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
        ticks = Ticks()
        ticks.timer.start()
        # A key, then a pause a little longer than the search's delay: every key's search
        # runs, and its answer comes while the next keys are typed.
        for character in "climate change OR strength":
            type_text(pane.query, character)
            qtbot.wait(170)
        qtbot.waitUntil(lambda: answers and answers[-1].query == pane.query.text(), timeout=10000)
        qtbot.wait(100)  # the last results drawn
        ticks.timer.stop()
        assert len(answers) >= 10  # answers came, and were shown, as the keys were typed
        assert pane.results.results.rowCount() == 100
        gap = ticks.longest_gap()
        print(f"\nlongest gap between event-loop ticks while typing: {gap * 1000:.1f} ms")
        assert gap < LONGEST_GAP_SECONDS
    finally:
        pane.background.wait()
        window.close()
        window.library.close()
