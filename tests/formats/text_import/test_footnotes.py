"""Footnote texts: at a page's foot, after a lone rule, a `*` line, a table's letter note."""

from __future__ import annotations

from desktop_app.formats.text_import.footnotes import take_note_texts
from desktop_app.formats.text_import.lines import prepare
from tests.formats.text_import.texts import numbered_texts, read


def test_notes_at_the_foot_of_a_page_are_taken_out_of_the_text() -> None:
    result = read("""
        1. The following documents were issued: a national report;1 a compilation;2
        and a summary.3

           1 A/HRC/WG.6/48/SVN/1.
           2 A/HRC/WG.6/48/SVN/2.
           3 A/HRC/WG.6/48/SVN/3.

        2                                                       GE.25-02819

        2. The Working Group adopted the report.
        """)
    texts = numbered_texts(result.meeting)
    assert texts == [
        "The following documents were issued: a national report;[A/HRC/WG.6/48/SVN/1.] a"
        " compilation;[A/HRC/WG.6/48/SVN/2.] and a summary.[A/HRC/WG.6/48/SVN/3.]",
        "The Working Group adopted the report.",
    ]


def test_a_note_after_a_rule_runs_on_over_its_lines() -> None:
    lines = prepare(
        ["1. Text.", "-", "", "Originally planned in Guadalajara,", "now in Puerto Vallarta."]
    )
    left, notes = take_note_texts(lines)
    assert [line.text for line in left if line.text] == ["1. Text."]
    assert [(note.marker, note.pieces) for note in notes] == [
        ("1", ["Originally planned in Guadalajara,", "now in Puerto Vallarta."])
    ]


def test_figures_at_the_end_of_a_page_are_not_notes() -> None:
    lines = prepare(["Germany", "1 994 500", "1 300 000", "Japan", "2 648 000"])
    left, notes = take_note_texts(lines)
    assert notes == []
    assert len(left) == 5


def test_a_tables_letter_note_is_matched_to_the_glued_letter() -> None:
    result = read(
        "1. The Body met.\n"
        "| APA | Further matters / possible additional mattersa |\n"
        "2. The Body considered other matters and matters arising.\n"
        "\t\ta  Different views have been expressed by Parties.\n"
    )
    assert [(f.marker, f.text) for f in result.footnotes] == [
        ("a", "Different views have been expressed by Parties.")
    ]
