"""One writer per file, whatever its name: the lock is on the library file itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.store.errors import LibraryInUse
from desktop_app.store.library import Library
from desktop_app.store.writer_lock import lock_path_for
from tests.conftest import REPOSITORY
from tests.store.helpers import every_entity_meeting, stored

HOLD = textwrap.dedent(
    """
    import datetime as dt, sys
    from desktop_app.core import clock
    from desktop_app.store.library import Library

    since = dt.datetime(2026, 5, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    clock.set_clock(lambda: since)
    library = Library.open(sys.argv[1])
    print("READY", flush=True)
    sys.stdin.read()  # until the test lets go
    library.close()
    """
)

# Each racer waits for the starting signal, tries to be the writer, says what it got, and
# keeps it until the test has heard from every racer.
RACE = textwrap.dedent(
    """
    import os, sys
    from desktop_app.store.errors import LibraryInUse
    from desktop_app.store.library import Library

    print("READY", flush=True)
    while not os.path.exists(sys.argv[2]):
        pass
    try:
        library = Library.open(sys.argv[1])
        print("WRITER", flush=True)
    except LibraryInUse as error:
        print("IN USE " + error.holder, flush=True)
    sys.stdin.read()
    """
)


def _start(script: str, *arguments: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, arguments)],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _end(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    for stream in (process.stdin, process.stdout, process.stderr):
        assert stream is not None
        stream.close()


@contextmanager
def held(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the library at `path` for writing."""
    process = _start(HOLD, path)
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().strip() == "READY", process.stderr.read()
        yield process
    finally:
        _end(process)


@pytest.fixture
def library(library_path: Path) -> Path:
    """A library holding one meeting, closed."""
    with Library.open(library_path) as opened:
        opened.add_meeting(every_entity_meeting())
    return library_path


def test_a_hard_link_to_the_library_meets_the_same_lock(library, tmp_path):
    other_name = tmp_path / "elsewhere" / "same-file.rapporteur"
    other_name.parent.mkdir()
    os.link(library, other_name)
    with held(library):
        with pytest.raises(LibraryInUse):
            Library.open(other_name)
        with Library.open(other_name, read_only=True) as reader:
            assert len(reader.meetings()) == 1
    with held(other_name), pytest.raises(LibraryInUse):
        Library.open(library)


def test_a_symbolic_link_held_by_another_process_meets_the_same_lock(library, tmp_path):
    link = tmp_path / "Desktop" / "notes.rapporteur"
    link.parent.mkdir()
    link.symlink_to(library)
    with held(link), pytest.raises(LibraryInUse) as refused:
        Library.open(library)
    assert "read-only" in refused.value.message


def test_a_deleted_lock_file_lets_no_second_writer_in(library):
    with held(library) as holder:
        side_file = lock_path_for(library)
        assert f'"pid": {holder.pid}' in side_file.read_text(encoding="utf-8")
        side_file.unlink()
        with pytest.raises(LibraryInUse) as refused:
            Library.open(library)
    assert "in use by another Rapporteur window" in refused.value.message
    assert not side_file.exists()  # the refused writer made none


def test_the_holder_is_named_with_an_english_month_whatever_the_locale(library):
    with held(library), pytest.raises(LibraryInUse) as refused:
        Library.open(library)
    # The holder's clock stands at 7 May 2026, 09:30 (its own time zone).
    assert " since 07 May 2026 09:30;" in refused.value.message


def test_processes_started_together_get_exactly_one_writer(library, tmp_path):
    hard_link = tmp_path / "hard-link.rapporteur"
    os.link(library, hard_link)
    symlink = tmp_path / "symlink.rapporteur"
    symlink.symlink_to(library)
    go = tmp_path / "go"
    names = [library, hard_link, symlink, library]
    racers = [_start(RACE, name, go) for name in names]
    try:
        for racer in racers:
            assert racer.stdout is not None and racer.stderr is not None
            assert racer.stdout.readline().strip() == "READY", racer.stderr.read()
        go.touch()
        answers = [racer.stdout.readline().strip() for racer in racers if racer.stdout]
        assert sorted(a.split(" ")[0] for a in answers) == ["IN", "IN", "IN", "WRITER"], answers
        # The others are told of the writer (by name once it has said who it is).
        writer = racers[answers.index("WRITER")]
        told = (f"process {writer.pid}", "another Rapporteur window")
        assert all(any(t in a for t in told) for a in answers if a != "WRITER"), answers
    finally:
        for racer in racers:
            _end(racer)


def test_a_killed_holder_never_blocks_whatever_name_it_used(library, tmp_path):
    hard_link = tmp_path / "hard-link.rapporteur"
    os.link(library, hard_link)
    with held(hard_link) as holder:
        with pytest.raises(LibraryInUse):
            Library.open(library)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        started = time.monotonic()
        with Library.open(library) as taken_over:
            assert time.monotonic() - started < 5
            meeting = taken_over.meetings()[0]
            loaded = taken_over.load_meeting(meeting.id)
            loaded.title = "Taken over"
            taken_over.save_meeting(loaded)
    assert stored(library, meeting.id).title == "Taken over"


def _sqlite_locks_held_here(library: Path) -> list[str]:
    """The POSIX (fcntl) locks this process holds on the library: SQLite's own. Without the
    line's ordinal, which counts every lock of the machine (other processes' come and go)."""
    status = library.stat()
    inode = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino} "
    with open("/proc/locks", encoding="ascii") as locks:
        return [
            line.split(":", 1)[1]
            for line in locks
            if " POSIX " in line and inode in line and f" {os.getpid()} " in line
        ]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="Linux shows its locks in /proc")
def test_opening_and_refusing_in_this_process_keep_sqlites_own_locks(library):
    """Closing any descriptor of the file drops every fcntl() lock of the process, SQLite's
    included; so a second writer refused here, or a reader opening and closing here,
    closes no descriptor while the first writer's connection is open."""
    with Library.open(library) as first:
        first.meetings()
        held_by_sqlite = _sqlite_locks_held_here(library)
        assert held_by_sqlite  # the shared lock of a WAL connection, between transactions
        for _ in range(3):
            with pytest.raises(LibraryInUse):
                Library.open(library)
            assert _sqlite_locks_held_here(library) == held_by_sqlite
            with Library.open(library, read_only=True) as reader:
                assert len(reader.meetings()) == 1
            assert _sqlite_locks_held_here(library) == held_by_sqlite
        meeting = first.load_meeting(first.meetings()[0].id)
        meeting.title = "Still the writer"
        first.save_meeting(meeting)
    assert stored(library, meeting.id).title == "Still the writer"
