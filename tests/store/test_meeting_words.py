"""The meetings whose note holds some words: what the library view narrows to as you type."""

import pytest

from desktop_app.store.library import Library
from tests.support.libraries import fill_library


@pytest.fixture
def filled_library(library_path):
    return fill_library(library_path)


def ids_by_symbol(library: Library) -> dict[str, str]:
    return {m.symbol: m.id for m in library.meetings()}


def test_every_word_must_be_in_the_note_each_as_a_beginning(filled_library):
    with Library.open(filled_library, read_only=True) as library:
        ids = ids_by_symbol(library)
        # The sample's paragraphs 21 and 22 speak of the "Deputy Director General".
        assert ids["WG/REL/2017/7"] in library.meetings_holding(["Deputy", "Direc"])
        assert library.meetings_holding(["Deputy", "zzzyx"]) == set()
        assert library.meetings_holding([]) == set()


def test_accents_and_case_do_not_count_either_way(filled_library):
    with Library.open(filled_library, read_only=True) as library:
        french = ids_by_symbol(library)["CAT/C/SR.229"]
        assert french in library.meetings_holding(["MIGRACION"])
        assert french in library.meetings_holding(["migración", "donnees"])


def test_odd_characters_are_words_or_nothing_never_an_error(filled_library):
    with Library.open(filled_library, read_only=True) as library:
        for odd in ['"', "(", "NOT", "*", "a:b", "-", "OR"]:
            assert isinstance(library.meetings_holding([odd]), set)
