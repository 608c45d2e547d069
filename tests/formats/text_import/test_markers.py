"""Footnote markers in the text, each matched with its note: glued, starred, bracketed."""

from __future__ import annotations

from tests.formats.text_import.texts import numbered_texts, paragraph_texts, read


def test_a_number_glued_to_a_word_is_the_marker_of_its_note() -> None:
    result = read("""
        1. The representative of Singapore1 spoke on behalf of the group.
        2. The Chair closed the session.
        -

        On behalf of the Association of Southeast Asian Nations.
        """)
    assert numbered_texts(result.meeting)[0] == (
        "The representative of Singapore[On behalf of the Association of Southeast Asian"
        " Nations.] spoke on behalf of the group."
    )
    assert [(f.marker, f.place) for f in result.footnotes] == [("1", "paragraph 1")]


def test_a_superscript_marker_is_matched_with_its_note() -> None:
    result = read("""
        1. The Chair thanked Germany\u00b9 for its support.
        ____
        1 Through its Ministry of the Environment.
        """)
    assert numbered_texts(result.meeting) == [
        "The Chair thanked Germany[Through its Ministry of the Environment.] for its support."
    ]


def test_a_star_on_the_title_is_the_titles_footnote() -> None:
    result = read("""
        Working Group on Testing
        Report of the Working Group on its third session*

        * Reissued for technical reasons.

        1. The session was opened by the Chair.
        """)
    meeting = result.meeting
    assert meeting.title == "Report of the Working Group on its third session"
    assert [(f.marker, f.place, f.text) for f in result.footnotes] == [
        ("*", "title", "Reissued for technical reasons.")
    ]
    assert paragraph_texts(meeting)[0] == (False, "* Reissued for technical reasons.")
    assert numbered_texts(meeting) == ["The session was opened by the Chair."]


def test_a_bracketed_marker_with_no_note_text_is_warned_and_kept_as_text() -> None:
    result = read("1. The Chair noted the remark.[1]\n2. The Chair closed the session.\n")
    assert numbered_texts(result.meeting)[0] == "The Chair noted the remark.[1]"
    assert "the marker [1] has no note text: kept as text" in result.warnings
    assert not result.footnotes and not result.meeting.footnotes


def test_a_number_in_the_text_is_no_marker_when_no_note_has_it() -> None:
    result = read("1. The Group met on 3 May in room 12 with 45 members.\n")
    assert numbered_texts(result.meeting) == ["The Group met on 3 May in room 12 with 45 members."]
