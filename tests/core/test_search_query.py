"""The search language as the user types it."""

import pytest

from desktop_app.core.search_query import (
    All,
    Either,
    SearchQueryError,
    Term,
    Without,
    fts5_expression,
    parse_query,
)


def test_words_side_by_side_must_all_be_found_the_last_one_still_being_typed():
    query = parse_query("migration dat")
    assert query.tree == All((Term("migration"), Term("dat", prefix=True)))
    assert query.words == ("migration", "dat")
    assert parse_query("migration data ").tree == All((Term("migration"), Term("data")))


def test_phrases_prefixes_or_not_and_parentheses():
    query = parse_query('"global compact" (data OR statistic*) NOT budget ')
    assert query.tree == All(
        (
            Term("global compact", phrase=True),
            Without(Either((Term("data"), Term("statistic", prefix=True))), Term("budget")),
        )
    )
    assert query.words == ("global compact", "data", "statistic")  # not what is left out
    assert fts5_expression(query.tree) == (
        '("global compact" AND (("data" OR "statistic"*) NOT "budget"))'
    )


def test_an_unfinished_query_is_read_as_it_stands():
    assert parse_query('"global comp').tree == Term("global comp", phrase=True, prefix=True)
    assert parse_query("(data OR").tree == Term("data")
    assert parse_query("data NOT").tree == Term("data")
    assert parse_query("").tree is parse_query("?! ()").tree is None
    assert parse_query("or and not").tree == All(
        (Term("or"), Term("and"), Term("not", prefix=True))
    )


def test_quotes_in_words_cannot_reach_the_index_syntax():
    assert fts5_expression(parse_query("WG/REL NEAR(x) ").tree) == '("WG/REL" AND "NEAR" AND "x")'


def test_not_with_nothing_before_it_is_explained():
    with pytest.raises(SearchQueryError, match="migration NOT asylum"):
        parse_query("NOT asylum")
    assert issubclass(SearchQueryError, ValueError)


def test_terms_in_chinese_japanese_and_arabic_are_found_by_substring():
    terms = parse_query("数据 データ الهجرة data").terms
    assert [t.by_substring for t in terms] == [True, True, True, False]
