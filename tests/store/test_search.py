"""Search across a library of several series of meetings: what is found, where it is said to
be (checked against the numbers core gives the note), and what is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.numbering import number_meeting
from desktop_app.store.library import Library
from desktop_app.store.search import NoteHit, NoteSearch, SearchFilters, SearchQueryError
from tests.support.libraries import ARABIC, CHINESE, JAPANESE, fill_search_library


@pytest.fixture(scope="module")
def library_file(tmp_path_factory):
    return fill_search_library(tmp_path_factory.mktemp("search") / "library.rapporteur")


@pytest.fixture
def search(library_file):
    searching = NoteSearch.open(library_file)
    yield searching
    searching.close()


def symbols(hits: list[NoteHit]) -> set[str]:
    return {hit.symbol for hit in hits}


def texts_of(library_file, hits: list[NoteHit]) -> list[str]:
    """The plain text of each hit's place, read from the meeting as loaded."""
    with Library.open(library_file, read_only=True) as library:
        out = []
        for hit in hits:
            meeting = library.load_meeting(hit.meeting_id)
            out.append(_text_at(meeting, hit))
        return out


def _text_at(meeting: Meeting, hit: NoteHit) -> str:
    if hit.where == "title":
        return meeting.title
    if hit.where == "footnote":
        return meeting.footnotes[hit.item_id].text.plain_text()
    if hit.where == "heading":
        return meeting.find_agenda_item(hit.item_id)[0].title
    if hit.where == "action item":
        return next(a.what for a in meeting.action_items if a.id == hit.item_id)
    for paragraph in meeting.paragraphs():
        if paragraph.id == hit.item_id:
            return paragraph.text.plain_text()
        for sub_item, _ in paragraph.all_sub_items():
            if sub_item.id == hit.item_id:
                return sub_item.text.plain_text()
    raise AssertionError(f"{hit.item_id} is nowhere in {meeting.symbol}")


# Words, phrases, prefixes, operators


def test_every_word_is_found_in_each_hit(search, library_file):
    hits = search.search("global compact migration")
    assert len(hits) > 5
    for text in texts_of(library_file, hits):
        folded = text.lower()
        assert "global" in folded and "compact" in folded and "migration" in folded


def test_a_phrase_is_found_as_written(search, library_file):
    hits = search.search('"migration data"')
    assert hits
    assert all("migration data" in t.lower() for t in texts_of(library_file, hits))
    assert all("«migration data»" in hit.snippet.lower() for hit in hits)
    assert hits[0].words == ("migration data",)


def test_the_last_word_typed_is_the_start_of_a_word_and_a_space_ends_it(search):
    assert search.search("Deputy Direc")
    assert search.search("Deputy Direc ") == []
    assert search.search("portab*")  # "portability", in the sample
    assert search.search("portab") and search.search("portab ") == []


def test_or_finds_either_and_not_leaves_out(search, library_file):
    staffing = search.search("staffing ")
    portal = search.search("portal ")
    either = search.search("staffing OR portal")
    assert {h.item_id for h in either} == {h.item_id for h in staffing + portal}
    without = search.search("Working Group NOT Budget")
    assert without
    assert not any("budget" in t.lower() for t in texts_of(library_file, without))
    assert len(without) < len(search.search("Working Group"))
    grouped = search.search("(staffing OR portal) quarterly")
    assert [h.item_id for h in grouped] == [h.item_id for h in staffing if "quarterly" in h.snippet]


def test_a_query_being_typed_is_understood_as_it_stands(search):
    ids = [h.item_id for h in search.search('"migration data"')]
    assert [h.item_id for h in search.search('"migration da')] == ids
    assert search.search("(staffing OR") == search.search("staffing ")
    assert search.search("") == search.search("  ?! ") == search.search("OR") == []
    with pytest.raises(SearchQueryError, match="before it"):
        search.search("NOT migration")


# Accents and case, and scripts found by substring


def test_accents_and_case_are_ignored_both_ways(search):
    accented = search.search("migración")  # typed with its accent, stored without: 2017/8
    plain = search.search("MIGRACION")  # typed without, stored with: the French one
    assert symbols(accented) == symbols(plain) == {"WG/REL/2017/8", "CAT/C/SR.229"}
    assert {h.snippet for h in accented} == {h.snippet for h in plain}
    assert any("«migración»" in h.snippet for h in plain)


@pytest.mark.parametrize("part", [CHINESE[5:9], CHINESE[5:7], CHINESE[0], ARABIC[5:11], "データ"])
def test_chinese_arabic_and_japanese_are_found_by_substring(search, part):
    (hit,) = search.search(part)
    assert hit.symbol == "WG/REL/2017/8"
    assert f"«{part}»" in hit.snippet
    assert hit.words == (part,)


def test_a_substring_mixes_with_words(search):
    portal = {h.item_id for h in search.search("portal")}
    (chinese,) = search.search(CHINESE[5:9])
    either = {h.item_id for h in search.search(f"{CHINESE[5:9]} OR portal")}
    assert either == portal | {chinese.item_id} and len(either) > 2
    assert search.search(f"{JAPANESE[5:8]} NOT {JAPANESE[0:2]}") == []


# Filters


def test_filters_by_body_and_date(search):
    everywhere = symbols(search.search("meeting"))
    assert {"WG/REL/2017/7", "WG/REL/2017/8", "WG/GEN/120/40"} <= everywhere
    by_body = search.search("meeting", SearchFilters(body="iom–un RELATIONS"))
    assert symbols(by_body) == {"WG/REL/2017/7", "WG/REL/2017/8"}
    french = search.search("seance", SearchFilters(body="comite contre"))  # accents aside
    assert symbols(french) == {"CAT/C/SR.229"}
    autumn = SearchFilters(date_from=dt.date(2017, 9, 1), date_to=dt.date(2017, 10, 16))
    assert symbols(search.search("meeting", autumn)) == {"WG/REL/2017/8"}
    day = SearchFilters(date_from=dt.date(2017, 8, 28), date_to=dt.date(2017, 8, 28))
    assert symbols(search.search("meeting", day)) == {"WG/REL/2017/7"}
    assert len(search.search("the", SearchFilters(limit=3))) == 3


# Where the words are


def test_paragraph_numbers_are_the_notes_own(search, library_file):
    hits = search.search("the", SearchFilters(limit=500))
    assert len({h.meeting_id for h in hits}) >= 4
    with Library.open(library_file, read_only=True) as library:
        for hit in hits:
            numbering = number_meeting(library.load_meeting(hit.meeting_id))
            if hit.where in ("paragraph", "sub-item", "action item"):
                assert hit.paragraph == numbering.paragraph_number(hit.paragraph_id)
            if hit.where == "paragraph":
                assert hit.paragraph_id == hit.item_id
                expected = f"paragraph {hit.paragraph}" if hit.paragraph else None
                assert hit.place == (expected or "an unnumbered paragraph")
            if hit.where == "sub-item":
                assert numbering.paragraph_of[hit.item_id] == hit.paragraph_id


def test_each_place_is_named_in_words(search, library_file):
    with Library.open(library_file, read_only=True) as library:
        meeting = library.find_meetings("WG/REL/2017/8")[0]
        numbering = number_meeting(library.load_meeting(meeting.id))
    places = {h.snippet: (h.where, h.place, h.paragraph) for h in search.search("quarterly")}
    assert sorted(places.values()) == [
        ("action item", "an action item", 5),
        ("sub-item", "sub-item (b)(ii) of paragraph 5", 5),
    ]
    assert [h.place for h in search.search("migracion statistics")] == [
        "sub-item (a) of paragraph 5"
    ]
    assert [h.place for h in search.search("conference room paper")] == [
        "footnote 1 in paragraph 7"
    ]
    hits = search.search("Partnerships", SearchFilters(body="IOM"))
    (heading,) = [h for h in hits if h.where == "heading"]
    assert (heading.where, heading.place, heading.paragraph) == ("heading", "the heading", None)
    (title,) = search.search("16 October 2017")
    assert (title.where, title.place, title.item_id) == ("title", "the title", meeting.id)
    assert (title.date, title.title) == (dt.date(2017, 10, 16), meeting.title)
    assert [h.place for h in search.search("Session break")] == ["an unnumbered paragraph"]
    assert numbering.paragraphs[search.search("data portal")[0].item_id] == 2


def test_the_sample_meeting_is_found_at_its_numbered_places(search):
    (hit,) = search.search("Puerto Vallarta")
    assert (hit.symbol, hit.place, hit.paragraph) == (
        "WG/REL/2017/7",
        "footnote 1 in paragraph 4",
        4,
    )
    assert hit.snippet.count("«") == 2 and "«Puerto» «Vallarta»" in hit.snippet
    (hit,) = search.search('"African Member States"')
    assert (hit.place, hit.paragraph, hit.date) == ("paragraph 4", 4, dt.date(2017, 8, 28))


def test_hits_are_ranked_best_first(search):
    hits = search.search("Puerto OR Vallarta OR Guadalajara")
    assert hits[0].where == "footnote"  # holds all three


# What is left out, and a search beside a writer


def test_a_meeting_in_the_trash_is_never_found(tmp_path):
    path = fill_search_library(tmp_path / "library.rapporteur")
    with Library.open(path) as library:
        meeting = library.find_meetings("WG/REL/2017/8")[0]
        assert library.search(CHINESE[5:7]) and library.search("quarterly")
        library.trash.put(meeting.id)
        assert library.search(CHINESE[5:7]) == library.search("quarterly") == []
        assert library.search("16 October 2017") == []
        library.trash.take_out(meeting.id)
        assert symbols(library.search("quarterly")) == {"WG/REL/2017/8"}


def test_a_search_of_its_own_sees_what_the_writer_saved(tmp_path):
    path = tmp_path / "library.rapporteur"
    with Library.open(path) as library:
        searching = NoteSearch.open(path)
        try:
            assert searching.search("Ouagadougou") == []
            meeting = Meeting(title="Ouagadougou consultations")
            meeting.opening.append(Paragraph(Inline.plain("Held in 北京 and Ouagadougou.")))
            library.add_meeting(meeting)
            assert [h.where for h in searching.search("ouagadougou")] == ["title", "paragraph"]
            assert [h.place for h in searching.search("北京")] == ["paragraph 1"]
            meeting.title = "Consultations"
            library.save_meeting(meeting)
            assert [h.where for h in searching.search("ouagadougou")] == ["paragraph"]
        finally:
            searching.close()
