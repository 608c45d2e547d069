"""Searches off the window's thread: the answer comes back on the window's thread, only the
answer to the query asked last is given, a query that cannot be understood is refused with
the search language's own message, a library that cannot be read with the store's."""

import threading

import pytest

from desktop_app.store.search import NO_FILTERS, NoteSearch, SearchFilters
from desktop_app.ui.search.background_search import Answer, BackgroundSearch
from tests.support.libraries import fill_search_library


@pytest.fixture
def library(library_path):
    return fill_search_library(library_path)


@pytest.fixture
def search(qtbot):
    background = BackgroundSearch()
    yield background
    assert background.wait()


def test_the_answer_comes_back_on_the_windows_thread_as_the_store_gives_it(qtbot, search, library):
    threads = []
    search.found.connect(lambda answer: threads.append(threading.current_thread()))
    with qtbot.waitSignal(search.found, timeout=5000) as answered:
        search.ask(library, "migration", NO_FILTERS)
    answer = answered.args[0]
    assert isinstance(answer, Answer) and answer.query == "migration"
    assert threads == [threading.main_thread()]
    store = NoteSearch.open(library)
    try:
        assert answer.hits == store.search("migration")
    finally:
        store.close()


def test_only_the_query_asked_last_is_answered(qtbot, search, library):
    answers = []
    search.found.connect(answers.append)
    for typed in ("m", "mi", "mig", "migr", "migra", "migrat"):
        search.ask(library, typed, NO_FILTERS)
    qtbot.waitUntil(lambda: bool(answers) and not search.is_busy(), timeout=5000)
    qtbot.wait(50)  # an older answer, had one been given, would have come by now
    assert [answer.query for answer in answers] == ["migrat"]


def test_the_filters_are_those_asked(qtbot, search, library):
    filters = SearchFilters(body="torture")
    with qtbot.waitSignal(search.found, timeout=5000) as answered:
        search.ask(library, "migración", filters)
    assert answered.args[0].filters == filters
    assert {hit.symbol for hit in answered.args[0].hits} == {"CAT/C/SR.229"}


def test_a_query_that_cannot_be_understood_is_refused_with_why(qtbot, search, library):
    with qtbot.waitSignal(search.refused, timeout=5000) as refused:
        search.ask(library, "NOT asylum", NO_FILTERS)
    assert "put words before it, as in: migration NOT asylum" in refused.args[0]


def test_a_library_that_cannot_be_read_says_so(qtbot, search, tmp_path):
    missing = tmp_path / "gone.rapporteur"
    with qtbot.waitSignal(search.failed, timeout=5000) as failed:
        search.ask(missing, "migration", NO_FILTERS)
    assert str(missing) in failed.args[0]


def test_forgetting_drops_the_answer_on_its_way(qtbot, search, library):
    answers = []
    search.found.connect(answers.append)
    search.ask(library, "migration", NO_FILTERS)
    search.forget()
    assert search.wait()
    qtbot.wait(50)
    assert answers == []
