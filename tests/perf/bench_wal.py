"""Opening a library left with a -wal by a crash: the checks on a private copy (whether the
file is sound and the -wal its own) beside SQLite opening the same pair by itself."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop_app.store.library import Library
from tests.perf.timing import Figure, median_seconds, print_table, scratch_folder
from tests.support.notes import generated_meeting

PARAGRAPHS = 5000
EDITS = 200

# Saves EDITS edited paragraphs, one transaction each, then waits to be killed.
CRASHING_WRITER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.core.inline import Inline
    from desktop_app.store.library import Library

    library = Library.open(sys.argv[1])
    meeting = library.load_meeting(library.meetings()[0].id)
    paragraphs = list(meeting.paragraphs())
    for number in range(int(sys.argv[2])):
        paragraph = paragraphs[number * 7 % len(paragraphs)]
        paragraph.text = Inline.plain(f"Edited {number} just before the crash.")
        library.save_edits(meeting, [paragraph])
    print("READY", flush=True)
    time.sleep(120)
    """
)


def run() -> list[Figure]:
    with scratch_folder("wal") as folder:
        return _run(folder)


def _run(folder: Path) -> list[Figure]:
    template = folder / "crashed.rapporteur"
    with Library.open(template) as library:
        library.add_meeting(generated_meeting(PARAGRAPHS, 500, seed=5))
    _crash(template)
    wal_size = template.with_name(template.name + "-wal").stat().st_size
    counter = iter(range(1_000_000))
    current: list[Path] = []

    def fresh_pair() -> None:
        path = folder / f"library-{next(counter)}.rapporteur"
        shutil.copyfile(template, path)
        shutil.copyfile(_wal(template), _wal(path))
        current.append(path)

    def open_for_writing() -> None:
        library = Library.open(current[-1])
        assert not library.notices, library.notices
        library.close()

    def raw_open() -> None:
        connection = sqlite3.connect(current[-1])
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        connection.close()  # applies the -wal and deletes it

    def read_quietly() -> None:
        with Library.open(current[-1], read_only=True) as library:
            assert library.meetings()

    def raw_read() -> None:
        connection = sqlite3.connect(f"{current[-1].as_uri()}?mode=ro", uri=True)
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM meetings").fetchone() == (1,)
        connection.close()

    figures = [
        Figure(
            "open for writing after a crash",
            median_seconds(open_for_writing, setup=fresh_pair),
            median_seconds(raw_open, setup=fresh_pair),
            "raw sqlite3: quick_check, close (applies the -wal)",
        ),
        Figure(
            "read after a crash, no writer",
            median_seconds(read_quietly, setup=fresh_pair),
            median_seconds(raw_read, setup=fresh_pair),
            "raw sqlite3 read-only: quick_check, one select",
        ),
    ]
    size = template.stat().st_size / 2**20
    print_table(
        f"A crash's -wal: a library of {PARAGRAPHS:,} paragraphs ({size:.1f} MB), "
        f"{EDITS} commits ({wal_size / 2**20:.1f} MB) in its -wal, median times",
        figures,
    )
    return figures


def _crash(path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path), str(EDITS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "READY"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if process.stdout:
            process.stdout.close()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


if __name__ == "__main__":
    run()
