"""A -wal beside the library: applied when it belongs, set aside (never deleted) when it
does not, and never changed by a command that fails or only reads. Through the real CLI."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from desktop_app.store.schema import SCHEMA_VERSION
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.store.helpers import killed_writer, raw, sha256, side_files

SAMPLE_SYMBOL = "WG/REL/2017/7"
SET_ASIDE = re.compile(r"-wal\.set-aside-\d{8}-\d{6}$")

# A writer (Rapporteur's own) that saves a meeting, says so, and waits to be killed.
CRASHING_WRITER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.core.inline import Inline
    from desktop_app.core.model import Meeting, Paragraph
    from desktop_app.store.library import Library

    library = Library.open(sys.argv[1])
    library.add_meeting(
        Meeting(title=sys.argv[2], opening=[Paragraph(Inline.plain("Saved before the crash."))])
    )
    print("READY", flush=True)
    time.sleep(60)
    """
)


def rapporteur(library: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--library", str(library), *arguments],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
    )


def note(folder: Path, title: str, symbol: str) -> Path:
    path = folder / f"{symbol.replace('/', '-')}.md"
    path.write_text(
        f"---\nbody: Working Group\ntitle: {title}\ndate: 2017-09-28\nsymbol: {symbol}\n---\n\n"
        f"1. {title} opened at 10 a.m.\n",
        "utf-8",
    )
    return path


def new_library(path: Path) -> Path:
    result = rapporteur(path, "import", str(SAMPLE_NOTE))
    assert result.returncode == 0, result.stderr
    return path


def crash_while_writing(path: Path, title: str) -> None:
    """A Rapporteur writer saves a meeting titled `title` and is killed (SIGKILL) in the
    middle of its session: the meeting is left in the -wal, as after a crash."""
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path), title],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "READY", process.stderr.read()
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
    assert wal(path).stat().st_size > 0


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def titles(path: Path) -> list[str]:
    result = rapporteur(path, "list")
    assert result.returncode == 0, result.stderr
    return sorted(line.split("  ")[-1] for line in result.stdout.splitlines()[1:])


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    lines = result.stderr.splitlines()
    assert all(line.startswith("rapporteur: ") for line in lines), result.stderr
    return lines


def test_a_foreign_wal_is_left_by_a_refused_import_and_set_aside_by_the_next_one(tmp_path):
    library = new_library(tmp_path / "library" / "notes.rapporteur")
    other = tmp_path / "other" / "other.rapporteur"  # a new library, its writer killed
    crash_while_writing(other, "A meeting of another library")
    shutil.copyfile(wal(other), wal(library))
    shutil.copyfile(shm(other), shm(library))
    before, names = side_files(library), listing(library.parent)
    foreign_wal = before["-wal"]

    refused = rapporteur(library, "import", str(SAMPLE_NOTE))

    assert refused.returncode == 1
    *notices, error = error_lines(refused)
    assert f"symbol {SAMPLE_SYMBOL} is already in the library" in error
    assert len(notices) == 1 and "is not the library's own" in notices[0], refused.stderr
    assert side_files(library) == before
    assert listing(library.parent) == names

    second = note(tmp_path, "Second meeting", "WG/REL/2017/8")
    imported = rapporteur(library, "import", str(second))

    assert imported.returncode == 0, imported.stderr
    [notice] = error_lines(imported)
    assert "set aside" in notice
    [wal_aside] = [p for p in library.parent.iterdir() if SET_ASIDE.search(p.name)]
    assert wal_aside.name in notice
    assert sha256(wal_aside) == foreign_wal
    shm_aside = wal_aside.with_name(wal_aside.name.replace("-wal.", "-shm."))
    assert sha256(shm_aside) == before["-shm"]
    assert titles(library) == sorted(
        ["Chairperson's note on the meeting held on 28 August 2017", "Second meeting"]
    )


def backup_of(path: Path, target: Path) -> None:
    """What a backup is: a copy made with SQLite's backup API."""
    with raw(path) as source, raw(target) as copy:
        source.backup(copy)


def backup_copied_by_hand_over_a_crash(tmp_path: Path) -> Path:
    """A library with a -wal left by a crash, over which the user copied an older backup
    by hand: the -wal beside it is stale."""
    library = new_library(tmp_path / "notes.rapporteur")
    backup = tmp_path / "copied by hand" / "notes-backup.rapporteur"
    backup.parent.mkdir()
    backup_of(library, backup)
    assert rapporteur(library, "import", str(note(tmp_path, "Later", "L/1"))).returncode == 0
    crash_while_writing(library, "Typed during the crash")
    shutil.copyfile(backup, library)
    return library


def test_a_backup_copied_by_hand_over_a_library_with_a_stale_wal_opens_with_its_own_content(
    tmp_path,
):
    library = backup_copied_by_hand_over_a_crash(tmp_path)
    stale = side_files(library)

    read = rapporteur(library, "list")

    assert read.returncode == 0, read.stderr
    assert "Chairperson's note" in read.stdout
    assert "Later" not in read.stdout and "crash" not in read.stdout
    [notice] = error_lines(read)
    assert "is not the library's own" in notice
    assert side_files(library) == stale  # only a writer sets a -wal aside

    imported = rapporteur(library, "import", str(note(tmp_path, "After the restore", "A/1")))

    assert imported.returncode == 0, imported.stderr
    [notice] = error_lines(imported)
    assert "set aside" in notice
    [wal_aside] = [p for p in tmp_path.iterdir() if SET_ASIDE.search(p.name)]
    assert sha256(wal_aside) == stale["-wal"]
    assert titles(library) == sorted(
        ["Chairperson's note on the meeting held on 28 August 2017", "After the restore"]
    )
    with raw(library) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_genuine_crash_wal_is_applied_not_set_aside(tmp_path):
    library = new_library(tmp_path / "notes.rapporteur")
    crash_while_writing(library, "Typed just before the crash")
    before, names = side_files(library), listing(tmp_path)

    read = rapporteur(library, "list")

    assert read.returncode == 0, read.stderr
    assert "Typed just before the crash" in read.stdout
    assert read.stderr == ""
    assert side_files(library) == before  # no writer: read without touching the -shm
    assert listing(tmp_path) == names

    imported = rapporteur(library, "import", str(note(tmp_path, "Next", "N/1")))

    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""
    assert not [p for p in tmp_path.iterdir() if "set-aside" in p.name]
    assert titles(library) == sorted(
        [
            "Chairperson's note on the meeting held on 28 August 2017",
            "Next",
            "Typed just before the crash",
        ]
    )


def newer(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(60)
        file.write((SCHEMA_VERSION + 1).to_bytes(4, "big"))


def crashed_library(folder: Path) -> Path:
    path = new_library(folder / "notes.rapporteur")
    crash_while_writing(path, "Typed just before the crash")
    return path


def newer_library(folder: Path) -> Path:
    path = new_library(folder / "notes.rapporteur")
    newer(path)
    return path


def newer_library_after_a_crash(folder: Path) -> Path:
    """A library that a newer Rapporteur had begun to migrate when it crashed."""
    path = new_library(folder / "notes.rapporteur")
    killed_writer(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return path


def damaged_library(folder: Path) -> Path:
    path = new_library(folder / "notes.rapporteur")
    with path.open("r+b") as file:
        file.seek(2 * 4096)
        file.write(b"\xff" * 4096)
    return path


def other_programs_database(folder: Path) -> Path:
    path = folder / "contacts.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.close()
    return path


LIBRARIES = {
    "crashed": crashed_library,
    "newer": newer_library,
    "newer after a crash": newer_library_after_a_crash,
    "damaged": damaged_library,
    "another program's": other_programs_database,
}
NOTES = {
    "malformed": lambda folder: _malformed(folder),
    "duplicate": lambda folder: SAMPLE_NOTE,
    "new": lambda folder: note(folder, "Another meeting", "B/1"),
}


def _malformed(folder: Path) -> Path:
    path = folder / "malformed.md"
    path.write_text("---\ntitle: x\ndate: not-a-date\n---\n\n1. Hello.\n", "utf-8")
    return path


CASES = [
    ("crashed", "malformed"),
    ("crashed", "duplicate"),
    ("newer", "new"),
    ("newer after a crash", "new"),
    ("damaged", "new"),
    ("another program's", "new"),
]


@pytest.mark.parametrize(("kind", "note_kind"), CASES, ids=[f"{n} into {k}" for k, n in CASES])
def test_a_failed_import_leaves_every_byte_as_it_was(tmp_path, kind, note_kind):
    folder = tmp_path / "library"
    folder.mkdir()
    library = LIBRARIES[kind](folder)
    chosen = NOTES[note_kind](tmp_path)
    before, names = side_files(library), listing(folder)

    result = rapporteur(library, "import", str(chosen))

    assert result.returncode == 1
    assert result.stdout == ""
    [error] = error_lines(result)
    assert "Traceback" not in result.stderr and "no such table" not in error
    assert side_files(library) == before
    assert listing(folder) == names


READING = {
    "list": ("list",),
    "show": ("show", SAMPLE_SYMBOL),
    "export": ("export", SAMPLE_SYMBOL, "--format", "md"),
    "search": ("search", "compact"),
}


@pytest.mark.parametrize("make", [newer_library, newer_library_after_a_crash], ids=["", "crash"])
@pytest.mark.parametrize("command", READING.values(), ids=READING.keys())
def test_reading_a_newer_library_adds_no_file_beside_it(tmp_path, make, command):
    folder = tmp_path / "library"
    folder.mkdir()
    library = make(folder)
    before, names = side_files(library), listing(folder)

    result = rapporteur(library, *command)

    assert result.returncode == 0, result.stderr
    assert result.stdout
    assert side_files(library) == before
    assert listing(folder) == names


def test_a_stale_wal_that_would_leave_the_copy_sound_is_still_set_aside(tmp_path):
    """The backup differs from the file the -wal was written over only in pages the -wal
    holds too, so the result would pass the integrity check: the commit count decides."""
    library = new_library(tmp_path / "notes.rapporteur")
    backup = tmp_path / "notes-backup.rapporteur"
    backup_of(library, backup)
    with Library.open(library) as writer:
        [summary] = writer.meetings()
        meeting = writer.load_meeting(summary.id)
        meeting.place = "Nairobi"
        writer.save_meeting(meeting)
    crash_while_writing(library, "Typed during the crash")
    shutil.copyfile(backup, library)
    mixed = tmp_path / "mixed.rapporteur"  # what SQLite would make of the two
    shutil.copyfile(library, mixed)
    shutil.copyfile(wal(library), wal(mixed))
    with raw(mixed) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stale = side_files(library)

    read = rapporteur(library, "list")

    assert read.returncode == 0, read.stderr
    [notice] = error_lines(read)
    assert "later state of this library" in notice
    assert "crash" not in read.stdout
    assert side_files(library) == stale


def other_programs_database_after_a_crash(folder: Path) -> Path:
    path = folder / "contacts.db"
    killed_writer(path, "CREATE TABLE contacts (name TEXT)", journal_wal=True)
    return path


def damaged_library_after_a_crash(folder: Path) -> Path:
    path = crashed_library(folder)
    with path.open("r+b") as file:
        file.seek(2 * 4096)
        file.write(b"\xff" * 4096 * 4)
    return path


REFUSED = {
    "damaged": damaged_library,
    "damaged after a crash": damaged_library_after_a_crash,
    "another program's after a crash": other_programs_database_after_a_crash,
}


@pytest.mark.parametrize("make", REFUSED.values(), ids=REFUSED.keys())
@pytest.mark.parametrize("command", READING.values(), ids=READING.keys())
def test_reading_a_refused_file_changes_and_adds_nothing(tmp_path, make, command):
    folder = tmp_path / "library"
    folder.mkdir()
    library = make(folder)
    before, names = side_files(library), listing(folder)

    result = rapporteur(library, *command)

    assert result.returncode == 1
    assert result.stdout == ""
    [error] = error_lines(result)
    assert "damaged" in error or "another program" in error
    assert side_files(library) == before
    assert listing(folder) == names
