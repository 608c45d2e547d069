"""The title block: body, title, symbol, date and place from the lines before paragraph 1."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.formats.text_import.corpus import imported
from tests.formats.text_import.texts import read


def test_the_title_block_of_a_report() -> None:
    meeting = read("""
        United Nations                                  A/AC.1/2020/3
        Working Group on Testing
        Report of the Working Group on its third session,
        held in Geneva on 3 May 2020

        1. The session was opened by the Chair.
        """).meeting
    assert meeting.body == "Working Group on Testing"
    assert (
        meeting.title
        == "Report of the Working Group on its third session, held in Geneva on 3 May 2020"
    )
    assert (meeting.symbol, meeting.date, meeting.place) == (
        "A/AC.1/2020/3",
        dt.date(2020, 5, 3),
        "Geneva",
    )


def test_the_seeds_title_block() -> None:
    meeting = imported("seed").meeting
    assert meeting.body == "WORKING GROUP ON IOM-UN RELATIONS AND RELATED ISSUES"
    assert meeting.title == "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017"
    assert meeting.date == dt.date(2017, 8, 28)


def test_a_title_block_from_pdftotext_layout_and_its_star() -> None:
    meeting = imported("03").meeting
    assert meeting.title == "Report of the Working Group on the Universal Periodic Review"
    assert (meeting.symbol, meeting.body) == ("A/HRC/59/15", "Human Rights Council")
    assert meeting.date == dt.date(2025, 3, 24)


def test_a_french_title_block_with_its_symbol_spaced_by_ocr() -> None:
    meeting = imported("06").meeting
    assert meeting.symbol == "CAT/C/SR.229"
    assert meeting.body == "COMITE CONTRE LA TORTURE"
    assert meeting.date == dt.date(1995, 11, 14)
    assert meeting.place == "Genève"


def test_the_corpus_files_header_lines_are_not_the_title() -> None:
    assert imported("01").meeting.title.startswith("Report of the Subsidiary Body for Scientific")


TITLES = {
    "01": "Report of the Subsidiary Body for Scientific and Technological Advice on its fortieth"
    " session, held in Bonn from 4 to 15 June 2014",
    "02": "Report of the Subsidiary Body for Implementation on the second part of its"
    " forty-eighth session, held in Bangkok from 4 to 9 September 2018",
    "04": "Report of the Human Rights Council on its twenty-eighth session",
    "05": "Report of the first session of the Plenary of the Intergovernmental Science-Policy"
    " Platform on Biodiversity and Ecosystem Services",
    "06": "COMPTE RENDU ANALYTIQUE DE LA PREMIERE PARTIE (PUBLIQUE) DE LA 229ème SEANCE",
}


@pytest.mark.parametrize("prefix", TITLES)
def test_each_corpus_files_title_ends_where_its_title_does(prefix: str) -> None:
    assert imported(prefix).meeting.title == TITLES[prefix]
