"""The search's date range as people type it: a day, a month or a year, the first day of it
for "from" and the last for "to"; anything else refused with a message saying what works."""

import datetime as dt

import pytest

from desktop_app.ui.search.date_bounds import DateNotUnderstood, date_bound


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2017", dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("2017-08", dt.date(2017, 8, 1), dt.date(2017, 8, 31)),
        ("2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        (" 2017-08-28 ", dt.date(2017, 8, 28), dt.date(2017, 8, 28)),
        ("28 August 2017", dt.date(2017, 8, 28), dt.date(2017, 8, 28)),
        ("1er août 2017", dt.date(2017, 8, 1), dt.date(2017, 8, 1)),
    ],
)
def test_a_day_a_month_or_a_year(text, first, last):
    assert date_bound(text, last=False) == first
    assert date_bound(text, last=True) == last


def test_no_text_is_no_bound():
    assert date_bound("  ", last=True) is None


@pytest.mark.parametrize("text", ["next week", "2017-13", "2017-02-30", "17"])
def test_what_is_no_date_is_refused_with_what_works(text):
    with pytest.raises(DateNotUnderstood) as refused:
        date_bound(text, last=False)
    assert f"'{text}' is not a date" in str(refused.value)
    assert "2017-08-28" in str(refused.value)
