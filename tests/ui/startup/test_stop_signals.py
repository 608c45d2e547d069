"""The signals that ask the process to stop reach the event loop as one `received`, with the
signal's number, instead of ending the process there and then; other signals are not taken
for them; once closed, each signal is handled again as it was before.

These send real signals to the test process itself: every stop signal is caught by
StopSignals (or by the test's own handler) while it is sent."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from desktop_app.ui.startup.stop_signals import STOP_SIGNALS, StopSignals


@pytest.fixture
def stops(qtbot) -> Iterator[StopSignals]:
    listening = StopSignals()
    yield listening
    listening.close()


def received(qtbot, stops: StopSignals, wait_ms: int = 100) -> list[int]:
    """The signal numbers `stops` reports while the event loop runs for `wait_ms`."""
    seen: list[int] = []
    stops.received.connect(seen.append)
    qtbot.wait(wait_ms)
    return seen


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=str)
def test_a_signal_to_stop_is_received_in_the_event_loop(qtbot, stops, number):
    with qtbot.waitSignal(stops.received, timeout=2000) as caught:
        os.kill(os.getpid(), number)
    assert caught.args == [number]  # and the process is still here to say so


def test_several_signals_at_once_are_received_once(qtbot, stops):
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGHUP)  # before the event loop has looked
    assert received(qtbot, stops) == [signal.SIGTERM]


def test_a_signal_that_does_not_ask_to_stop_is_not_received(qtbot, stops):
    assert signal.SIGUSR1 not in STOP_SIGNALS
    handled: list[int] = []
    before = signal.signal(signal.SIGUSR1, lambda number, _frame: handled.append(number))
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        assert received(qtbot, stops) == []
    finally:
        signal.signal(signal.SIGUSR1, before)
    assert handled == [signal.SIGUSR1]  # it was sent, and went to its own handler


def test_once_closed_each_signal_goes_back_to_its_handler_of_before(qtbot):
    handled: list[int] = []

    def own(number: int, _frame: object) -> None:
        handled.append(number)

    before = signal.signal(signal.SIGTERM, own)
    try:
        listening = StopSignals()
        assert signal.getsignal(signal.SIGTERM) is not own
        listening.close()
        assert signal.getsignal(signal.SIGTERM) is own
        assert signal.getsignal(signal.SIGHUP) is not None
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: handled == [signal.SIGTERM], timeout=2000)
    finally:
        signal.signal(signal.SIGTERM, before)


def test_once_closed_nothing_more_is_received(qtbot):
    listening = StopSignals()
    seen: list[int] = []
    listening.received.connect(seen.append)
    listening.close()
    handled: list[int] = []
    before = signal.signal(signal.SIGHUP, lambda number, _frame: handled.append(number))
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        qtbot.wait(100)
    finally:
        signal.signal(signal.SIGHUP, before)
    assert seen == [] and handled == [signal.SIGHUP]
