"""The app's clock: the day where the user is, and the day a test says it is."""

import datetime as dt

import pytest

from desktop_app.core import clock


def test_today_is_the_day_where_the_user_is():
    new_york = dt.timezone(dt.timedelta(hours=-5))
    late_evening = dt.datetime(2026, 12, 31, 23, 30, tzinfo=new_york)  # 2027 in Geneva
    clock.set_clock(lambda: late_evening)  # the test's own clock is put back after it
    assert clock.today() == dt.date(2026, 12, 31)


@pytest.mark.on_several_days
def test_a_test_runs_on_the_day_it_is_given_and_its_time_runs_on(today):
    first = clock.now()
    assert clock.today() == today
    assert first.utcoffset() is not None
    assert clock.now() >= first
