"""Lines as the recogniser reads them: wrapped lines joined, hyphens resolved, furniture gone."""

from __future__ import annotations

from desktop_app.formats.text_import.lines import join_pieces, prepare, vocabulary
from tests.formats.text_import.texts import numbered_texts, read


def test_wrapped_lines_are_one_paragraph() -> None:
    result = read("""
        1. The meeting was opened by the Chair, who welcomed
        participants and thanked the host country
        for its hospitality.
        2. The Chair closed the meeting.
        """)
    assert numbered_texts(result.meeting) == [
        "The meeting was opened by the Chair, who welcomed participants and thanked the host"
        " country for its hospitality.",
        "The Chair closed the meeting.",
    ]


def test_a_compound_keeps_its_hyphen_and_a_broken_word_joins() -> None:
    result = read("""
        1. The Chair thanked the donors for their capacity-
        building work and opened the dis-
        cussion.
        """)
    assert numbered_texts(result.meeting) == [
        "The Chair thanked the donors for their capacity-building work and opened the discussion."
    ]


def test_the_texts_own_words_decide_a_hyphen_at_a_lines_end() -> None:
    text = "The recommendations were read.\nThe recom-\nmendations and the follow-\nup were read."
    words = vocabulary(text + "\nthe follow-up")
    assert join_pieces(["The recom-", "mendations and the follow-", "up"], words) == (
        "The recommendations and the follow-up"
    )


def test_a_soft_hyphen_at_a_lines_end_joins() -> None:
    assert join_pieces(["the dis\u00ad", "cussion"], set()) == "the discussion"


def test_page_furniture_in_a_paragraph_is_dropped() -> None:
    result = read("""
        1. The meeting was opened by the Chair, who welcomed participants from
        Page 3 of 5
        Working Group on Testing
        the regions.
        2. The next item was discussed at length by the
        Page 4 of 5
        Working Group on Testing
        members present.
        3. The Chair closed the session.
        Page 5 of 5
        Working Group on Testing
        """)
    assert numbered_texts(result.meeting) == [
        "The meeting was opened by the Chair, who welcomed participants from the regions.",
        "The next item was discussed at length by the members present.",
        "The Chair closed the session.",
    ]


def test_a_repeated_footnote_text_is_not_taken_for_furniture() -> None:
    lines = ["1 A/HRC/WG.6/48/SVN/1.", "Page 2", "2 A/HRC/WG.6/48/SVN/2.", "3 A/HRC/WG.6/48/SVN/3."]
    assert [line.text for line in prepare(lines)] == [
        "1 A/HRC/WG.6/48/SVN/1.",
        "2 A/HRC/WG.6/48/SVN/2.",
        "3 A/HRC/WG.6/48/SVN/3.",
    ]


def test_justification_spaces_and_indents_of_pdftotext_layout_are_evened_out() -> None:
    result = read("""
                                                                  A/HRC/99/1
                 Human Rights Council
                 Ninety-ninth session

                 Report of the Working Group on its first session

                 Introduction
                 1.     The  Working  Group  held  its  first  session  from  1  to  3  June  in
                 Geneva. The session was opened by the Chair of the Working Group on behalf
                 of the members.
                 2.     The Working Group adopted its agenda and its programme of work and
                 agreed to work in informal consultations.

             2                                                               GE.20-00001

                 A/HRC/99/1

                 3.     The Working Group thanked the secretariat of the Office of the United
                 Nations High Commissioner for Human Rights.
        """)
    meeting = result.meeting
    assert (meeting.symbol, meeting.body) == ("A/HRC/99/1", "Human Rights Council")
    assert meeting.title == "Report of the Working Group on its first session"
    assert [item.title for item in meeting.agenda] == ["Introduction"]
    assert numbered_texts(meeting) == [
        "The Working Group held its first session from 1 to 3 June in Geneva. The session was"
        " opened by the Chair of the Working Group on behalf of the members.",
        "The Working Group adopted its agenda and its programme of work and agreed to work in"
        " informal consultations.",
        "The Working Group thanked the secretariat of the Office of the United Nations High"
        " Commissioner for Human Rights.",
    ]
