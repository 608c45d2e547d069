"""Backups of a big library (many meetings of corpus-sized notes): what opening waits for when
the day's first backup is due, that backup (in its thread) and a save made meanwhile, the
backup at closing after a change, and the dialog's list, each beside a reference measured in
the same run (an open with no backup due, SQLite's bare backup API, a save, a quick_check)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.core import clock
from desktop_app.core.inline import Inline
from desktop_app.store import backups
from desktop_app.store.library import Library
from tests.perf.timing import Figure, median_seconds, print_table, scratch_folder
from tests.support.notes import generated_meeting

MEETINGS = 200
PARAGRAPHS = 300  # about the length of a report of the corpus
FOOTNOTES = 30


def run() -> list[Figure]:
    with scratch_folder("backups") as folder:
        return _run(folder)


def _run(folder: Path) -> list[Figure]:
    library_path = folder / "library.rapporteur"
    with Library.open(library_path) as library:
        for number in range(MEETINGS):
            library.add_meeting(generated_meeting(PARAGRAPHS, FOOTNOTES, seed=number))
    size_mb = library_path.stat().st_size / 2**20
    days = iter(range(1, 10_000))

    def next_day() -> None:
        """Tomorrow on the app's clock, so that opening makes the day's first backup."""
        moment = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(days=next(days))
        clock.set_clock(lambda: moment)

    opened: list[Library] = []

    def open_first_of_day() -> None:
        opened.append(Library.open(library_path))  # its backup goes on in its thread

    def finish() -> None:
        opened.pop().close()

    def open_and_back_up() -> None:
        open_first_of_day()
        opened[-1].backups.wait()

    window_waits = _timed(open_first_of_day, before=next_day, after=finish)
    plain_open = _timed(open_first_of_day, after=finish)  # today has one: no backup
    whole = _timed(open_and_back_up, before=next_day, after=finish)
    during, idle = _saves_during_a_backup(library_path, next_day)

    library = Library.open(library_path)
    connection: sqlite3.Connection = library._db.conn
    made = median_seconds(lambda: backups.make_backup(connection, library_path))
    targets = iter(range(1_000_000))

    def bare_copy() -> None:
        target = sqlite3.connect(folder / f"bare-{next(targets)}.db")
        connection.backup(target)
        target.close()

    bare = median_seconds(bare_copy)
    library.close()

    listed = median_seconds(lambda: backups.listed_backups(library_path))
    count = len(backups.found_backups(library_path))
    one = backups.found_backups(library_path)[0].path

    def bare_check() -> None:
        checked = sqlite3.connect(f"{one.as_uri()}?mode=ro&immutable=1", uri=True)
        checked.execute("PRAGMA quick_check").fetchall()
        checked.close()

    check = median_seconds(bare_check)
    clock.set_clock(None)
    figures = [
        Figure("open, the day's first backup begun", window_waits, plain_open, "open, none due"),
        Figure("that backup, open to done", whole, bare, "bare backup API copy"),
        Figure("a save during that backup", during, idle, "a save, no backup"),
        Figure("a backup at closing (copy, check, rotate)", made, bare, "bare backup API copy"),
        Figure(f"list {count} backups (dialog)", listed, check, "one bare quick_check"),
    ]
    print_table(
        f"Backups: a library of {MEETINGS} meetings of {PARAGRAPHS} paragraphs ({size_mb:.0f} MB)",
        figures,
    )
    return figures


def _timed(
    action: Callable[[], object],
    before: Callable[[], object] | None = None,
    after: Callable[[], object] | None = None,
) -> float:
    """The median time of `action`, with untimed steps before and after each run."""
    times = []
    for _ in range(5):
        if before:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        if after:
            after()
    return statistics.median(times)


def _saves_during_a_backup(library_path: Path, next_day: Callable[[], None]) -> tuple[float, float]:
    """The longest save of one edited paragraph while the day's first backup runs in its
    thread, and the same save with no backup running (the median of 20)."""
    next_day()
    library = Library.open(library_path)
    meeting = library.load_meeting(library.meetings()[0].id)
    paragraph = next(iter(meeting.paragraphs()))
    edits = iter(range(1_000_000))

    def save() -> None:
        paragraph.text = Inline.plain(f"Edited {next(edits)} times.")
        library.save_edits(meeting, [paragraph])

    during = []
    while library.backups._thread is not None and library.backups._thread.is_alive():
        start = time.perf_counter()
        save()
        during.append(time.perf_counter() - start)
        time.sleep(0.02)
    library.backups.wait()
    idle = median_seconds(save, repeat=20)
    library.close()
    return max(during, default=0.0), idle


if __name__ == "__main__":
    run()
