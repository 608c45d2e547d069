"""The day and the time, asked here and nowhere else, so that tests can say what day it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def _system_time() -> dt.datetime:
    return dt.datetime.now().astimezone()


_tell_time: Callable[[], dt.datetime] = _system_time


def now() -> dt.datetime:
    """The time now, in the user's time zone."""
    return _tell_time()


def today() -> dt.date:
    """Today's date where the user is."""
    return now().date()


def set_clock(tell_time: Callable[[], dt.datetime] | None) -> None:
    """Tell the time from `tell_time` (a test's clock), or from the system again with None."""
    global _tell_time
    _tell_time = tell_time or _system_time
