"""Backups of a big library (many meetings of corpus-sized notes): the day's first backup at
opening, the backup at closing after a change, and the dialog's list, each beside SQLite's
bare backup API copying the same library (or a bare check) in the same run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop_app.core import clock
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

    def open_first_of_day() -> None:
        Library.open(library_path).close()

    first_open = median_seconds(open_first_of_day, setup=next_day)
    plain_open = median_seconds(open_first_of_day)  # today has one already: no backup

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
        Figure("open, the day's first backup", first_open, bare, "bare backup API copy"),
        Figure("open, a backup already today", plain_open, bare, "bare backup API copy"),
        Figure("a backup (copy, check, rotate)", made, bare, "bare backup API copy"),
        Figure(f"list {count} backups (dialog)", listed, check, "one bare quick_check"),
    ]
    print_table(
        f"Backups: a library of {MEETINGS} meetings of {PARAGRAPHS} paragraphs ({size_mb:.0f} MB)",
        figures,
    )
    return figures


if __name__ == "__main__":
    run()
