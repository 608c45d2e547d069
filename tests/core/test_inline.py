"""Inline text: markup read and written back, formatting kept at word edges, markers by id."""

import pytest

from desktop_app.core.inline import FootnoteMarker, Inline, InlineSyntaxError, Run


@pytest.mark.parametrize(
    "markup",
    [
        "plain words",
        "a *stressed* word and a **strong** one and ***both***",
        "***strong and emphasis** then emphasis only*",
        "a marker[^f1] in the middle and one at the end[^f2]",
        r"literal \* asterisk, \\ backslash, \` tick, and \[^x] not a marker",
        "brackets [as typed] stay as they are",
        "*emphasis*[^f1] right before a marker",
    ],
)
def test_canonical_markup_reads_and_writes_back_unchanged(markup):
    assert Inline.from_markup(markup).markup == markup


def test_markup_gives_runs_with_their_formatting():
    text = Inline.from_markup("The **Working Group** *requested*[^abc] papers.")
    assert text.spans == (
        Run("The "),
        Run("Working Group", strong=True),
        Run(" "),
        Run("requested", emphasis=True),
        FootnoteMarker("abc"),
        Run(" papers."),
    )
    assert text.plain_text() == "The Working Group requested papers."
    assert text.plain_text(lambda fid: f"<{fid}>") == "The Working Group requested<abc> papers."
    assert text.footnote_ids() == ["abc"]


def test_an_unmatched_asterisk_is_reported_with_its_column():
    with pytest.raises(InlineSyntaxError) as error:
        Inline.from_markup("five *times three")
    assert error.value.column == 6
    assert "\\*" in error.value.message


def test_whitespace_at_the_edge_of_formatting_moves_outside_it():
    text = Inline([Run("a"), Run(" stressed ", emphasis=True), Run("word")])
    assert text.markup == "a *stressed* word"


def test_line_breaks_and_tabs_inside_a_paragraph_become_spaces():
    assert Inline.plain("one\ntwo\tthree").plain_text() == "one two three"


def test_adjacent_runs_with_the_same_formatting_merge():
    text = Inline([Run("ab", strong=True), Run("cd", strong=True), Run("")])
    assert text.spans == (Run("abcd", strong=True),)


def test_a_marker_is_inserted_at_a_plain_text_offset_after_markers_already_there():
    text = Inline.plain("first second").with_marker_at(5, "f1").with_marker_at(5, "f2")
    assert text.markup == "first[^f1][^f2] second"
    assert Inline.plain("end").with_marker_at(3, "f1").markup == "end[^f1]"


def test_removing_a_marker_keeps_the_text_around_it():
    text = Inline.from_markup("a[^f1]b[^f2]c").without_footnote("f1")
    assert text.markup == "ab[^f2]c"


def test_markers_can_be_labelled_for_a_writer():
    text = Inline.from_markup("x[^id-one] y[^id-two]")
    labels = {"id-one": "1", "id-two": "2"}
    assert text.to_markup(labels.__getitem__) == "x[^1] y[^2]"


def test_a_split_counts_each_marker_as_one_character_and_keeps_formatting():
    text = Inline.from_markup("ab[^f1]c **strong** end")
    assert text.split(3) == (Inline.from_markup("ab[^f1]"), Inline.from_markup("c **strong** end"))
    head, tail = text.split(7)
    assert (head.markup, tail.markup) == ("ab[^f1]c **st**", "**rong** end")
    assert text.split(0) == (Inline(), text)
    assert text.split(100) == (text, Inline())
