"""Find and Replace on a text: the words in any letter case, the formatting kept."""

from desktop_app.core.find_words import replace_in, replacement_text, words_pattern
from desktop_app.core.inline import FootnoteMarker, Inline, Run


def test_words_are_found_in_any_letter_case_unless_asked():
    text = "Resolution No. 1309 recalled resolution 1309."
    assert [m.start() for m in words_pattern("RESOLUTION").finditer(text)] == [0, 29]
    assert [m.start() for m in words_pattern("resolution", match_case=True).finditer(text)] == [29]
    assert words_pattern("No. 1309").search(text).start() == 11  # the dot is a dot


def test_nothing_to_find_in_no_words_or_across_a_paragraph_or_a_marker():
    assert words_pattern("") is None
    assert words_pattern("end.\u2029Next") is None
    assert words_pattern("2017.\ufffc") is None


def test_the_replacement_takes_the_formatting_of_the_first_word_replaced():
    text = Inline([Run("See the "), Run("Guadalajara", emphasis=True), Run(" meeting.")])
    replaced = replace_in(text, 8, 19, "Puerto Vallarta")
    assert replaced == Inline(
        [Run("See the "), Run("Puerto Vallarta", emphasis=True), Run(" meeting.")]
    )
    across = replace_in(text, 4, 19, "a")  # "the Guadalajara": plain, as "t" is
    assert across.markup == "See a meeting."


def test_a_footnote_marker_in_the_words_replaced_stays():
    text = Inline([Run("held in 2017"), FootnoteMarker("f1"), Run(" in Mexico")])
    replaced = replace_in(text, 8, 15, "2018 in")  # "2017 in": the marker is between
    assert replaced.plain_text() == "held in 2018 in Mexico"
    assert replaced.footnote_ids() == ["f1"]


def test_a_replacement_is_one_line_of_text():
    assert replacement_text("two\nlines\ufffc") == "two lines "
