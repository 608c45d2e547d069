"""However the window process ends, the typing is in the library: killed while the user types
(all but the last second), and, every word, when it is asked to stop (SIGTERM, SIGHUP,
SIGINT), closed, or quit."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPOSITORY
from tests.ui.window_process import SYMBOL, library_with_sample, reload, send, start_window

STEADY_TEXT = "The Working Group took note of the report and asked for three papers. " * 4
INTERVAL_MS = 143  # about 7 characters a second
# Each kill falls in its own slice of 1 to 4 s into the typing, somewhere random within it:
# the kills spread over the whole span, at every point of the autosave's second.
KILLS = 20
AT_ONCE = 5  # windows typing at the same time, each on a library of its own
SAVED_WITHIN = 1.0


@dataclass
class Round:
    """One window typing steadily, to be killed `kill_after` seconds after it starts."""

    library: Path
    meeting_id: str
    kill_after: float
    paragraphs_before: int = 0  # in the last agenda item, before the window adds one
    process: subprocess.Popen | None = None
    typed_at: list[float] = field(default_factory=list)  # when each character was typed
    killed_at: float = 0.0
    reader: threading.Thread | None = None

    def start(self) -> None:
        """The window process, not waited for: the rounds start up side by side."""
        before = reload(self.library, self.meeting_id).agenda[-1].paragraphs
        self.paragraphs_before = len(before)
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.drive_window", str(self.library), SYMBOL],
            cwd=REPOSITORY,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def start_typing(self) -> None:
        assert self.process is not None
        assert json.loads(self.process.stdout.readline()) == "ready"
        assert send(self.process, {"key": "Return"}) == "pressed"
        command = {"type_steadily": STEADY_TEXT, "interval_ms": INTERVAL_MS}
        assert send(self.process, command) == "typing"
        self.reader = threading.Thread(target=self._read_reports, daemon=True)
        self.reader.start()

    def _read_reports(self) -> None:
        assert self.process is not None
        for line in self.process.stdout:
            self.typed_at.append(json.loads(line)["at"])

    def kill(self) -> None:
        assert self.process is not None and self.reader is not None
        self.killed_at = time.monotonic()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.reader.join(timeout=10)

    def findings(self) -> list[str]:
        """What is wrong with the library after the kill: nothing, when all is well."""
        connection = sqlite3.connect(self.library)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
        if integrity != "ok":
            return [f"{self.library}: integrity_check says {integrity}"]
        paragraphs = reload(self.library, self.meeting_id).agenda[-1].paragraphs
        added = len(paragraphs) > self.paragraphs_before
        saved = paragraphs[-1].text.plain_text() if added else ""
        due = sum(1 for at in self.typed_at if at < self.killed_at - SAVED_WITHIN)
        if not STEADY_TEXT.startswith(saved) or len(saved) < due:
            return [
                f"killed {self.kill_after:.2f} s into typing: {due} characters typed more than "
                f"{SAVED_WITHIN} s before, {len(saved)} in the library"
            ]
        return []


def test_a_window_killed_while_typing_keeps_all_but_the_last_second(tmp_path):
    chosen = random.Random(9)
    slice_ = 3.0 / KILLS
    moments = [1.0 + slice_ * (k + chosen.random()) for k in range(KILLS)]
    findings: list[str] = []
    for first in range(0, KILLS, AT_ONCE):
        rounds = []
        for number, moment in enumerate(moments[first : first + AT_ONCE], start=first):
            library = tmp_path / f"round-{number}.rapporteur"
            rounds.append(Round(library, library_with_sample(library), moment))
        try:
            for round_ in rounds:
                round_.start()
            for round_ in rounds:
                round_.start_typing()
            started = time.monotonic()
            for round_ in sorted(rounds, key=lambda r: r.kill_after):
                # Each starts typing a moment after the one before: a little later, never early.
                time.sleep(max(0.0, started + round_.kill_after - time.monotonic()))
                round_.kill()
        finally:
            for round_ in rounds:
                if round_.process and round_.process.poll() is None:
                    round_.process.kill()
        for round_ in rounds:
            findings += round_.findings()
    assert findings == []


def typed_then(library: Path, words: list[str]) -> subprocess.Popen:
    """A window that has just typed `words` into a new paragraph at the end of the note."""
    process = start_window(library, SYMBOL)
    assert send(process, {"key": "Return"}) == "pressed"
    for word in words:
        assert send(process, {"text": word + " "}) == "typed"
    return process


WORDS = ["The", "Chairperson", "thanked", "the", "delegations", "and", "closed", "the", "meeting"]


def ended_by(process: subprocess.Popen, end: Callable[[], None]) -> int:
    """The window's exit status once `end` has asked it to end (killed if it does not)."""
    try:
        end()
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()


def assert_every_word_kept(library: Path, meeting_id: str) -> None:
    last = reload(library, meeting_id).agenda[-1].paragraphs[-1]
    assert last.text.plain_text() == " ".join(WORDS) + " "


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=str)
def test_a_signal_to_stop_saves_every_word_and_exits_0(library_path, ending):
    meeting_id = library_with_sample(library_path)
    process = typed_then(library_path, WORDS)
    status = ended_by(process, lambda: process.send_signal(ending))
    assert status == 0, process.stderr.read()
    assert_every_word_kept(library_path, meeting_id)


def test_a_window_that_copied_to_the_clipboard_still_ends_cleanly(library_path):
    """What is copied stays on the clipboard as the window ends, and is Qt's own: one made in
    Python would be destroyed after the interpreter, a crash at exit (status -11)."""
    meeting_id = library_with_sample(library_path)
    process = typed_then(library_path, WORDS)
    for key in ("A", "C"):  # select all, copy
        assert send(process, {"key": key, "modifiers": ["Control"]}) == "pressed"
    status = ended_by(process, lambda: process.send_signal(signal.SIGTERM))
    assert status == 0, process.stderr.read()
    assert_every_word_kept(library_path, meeting_id)


@pytest.mark.parametrize("command", ["close", "quit", "exit"])
def test_closing_the_window_or_quitting_saves_every_word(library_path, command):
    meeting_id = library_with_sample(library_path)
    process = typed_then(library_path, WORDS)
    status = ended_by(process, lambda: send_only(process, {command: True}))
    assert status == 0, process.stderr.read()
    assert_every_word_kept(library_path, meeting_id)


def send_only(process: subprocess.Popen, command: dict[str, object]) -> None:
    """A command whose answer may never be read: the window ends on it."""
    process.stdin.write(json.dumps(command) + "\n")
    process.stdin.flush()
