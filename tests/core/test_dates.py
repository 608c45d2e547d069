"""Dates written in words for the note, and dates as people type them, read back."""

import datetime as dt

import pytest

from desktop_app.core.dates import long_date, read_date

AUGUST_28 = dt.date(2017, 8, 28)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "28 August 2017"),
        ("fr", "28 août 2017"),
        ("es", "28 de agosto de 2017"),
        ("de", "28 August 2017"),  # a language we have no words for: English
    ],
)
def test_a_date_in_words_in_the_meetings_language(language, expected):
    assert long_date(AUGUST_28, language) == expected


def test_the_first_of_the_month_in_french_is_1er():
    assert long_date(dt.date(2017, 8, 1), "fr") == "1er août 2017"


@pytest.mark.parametrize(
    "typed",
    [
        "28 August 2017",
        "28 august 2017",
        "  28   AUGUST   2017 ",
        "28 Aug 2017",
        "28 Aug. 2017",
        "28th August 2017",
        "28th of August 2017",
        "August 28, 2017",
        "Aug 28 2017",
        "28-Aug-2017",
        "28 août 2017",
        "28 aout 2017",
        "28 de agosto de 2017",
        "28 agosto 2017",
        "28/08/2017",
        "28/8/2017",
        "28.08.2017",
        "28-08-2017",
        "2017-08-28",
        "2017/08/28",
        "2017-8-28",
    ],
)
def test_a_date_typed_in_words_or_figures_is_read(typed):
    assert read_date(typed) == AUGUST_28


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1er août 2017", dt.date(2017, 8, 1)),
        ("1.º de agosto de 2017", dt.date(2017, 8, 1)),
        ("3 December 2026", dt.date(2026, 12, 3)),
        ("3/12/2026", dt.date(2026, 12, 3)),  # day first, as the note writes it
        ("29 February 2024", dt.date(2024, 2, 29)),
        ("31 janv. 2025", dt.date(2025, 1, 31)),
        ("2 févr 2025", dt.date(2025, 2, 2)),
        ("5 Sept 2025", dt.date(2025, 9, 5)),
        ("4 juil 2025", dt.date(2025, 7, 4)),
        ("4 dic 2025", dt.date(2025, 12, 4)),
        ("mai 8 2025", dt.date(2025, 5, 8)),
    ],
)
def test_other_days_months_and_languages_are_read(typed, expected):
    assert read_date(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "28",
        "28 August",
        "August 2017",
        "28 August 17",  # which century is not guessed
        "28/08/17",
        "31 February 2017",  # no such day
        "29 February 2025",
        "28/13/2017",
        "08/28/2017",  # month first is not read: the 28th month does not exist
        "0/08/2017",
        "28 Augustus 2017",
        "28 ju 2017",  # June or July
        "28 jui 2017",  # juin or juillet
        "28 Smarch 2017",
        "28 August 2017 10:30",
        "28 August 2017 and 29 August 2017",
        "2017 August 28",
        "123 August 2017",
        "next Tuesday",
    ],
)
def test_what_names_no_date_is_not_read(typed):
    assert read_date(typed) is None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_day_written_in_words_reads_back_as_that_day(language):
    day = dt.date(2024, 1, 1)
    while day.year == 2024:
        assert read_date(long_date(day, language)) == day, long_date(day, language)
        day += dt.timedelta(days=1)
