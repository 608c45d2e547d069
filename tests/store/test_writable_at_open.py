"""Writable means writable: a library opened for writing has proved it can be written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store.errors import LibraryUnwritable
from desktop_app.store.library import Library
from tests.conftest import REPOSITORY
from tests.store.helpers import every_entity_meeting, stored
from tests.support.ordinary_user import (
    another_user_can_be_simulated,
    leave_side_files_as_another_reader,
    ordinary_user_prefix,
)

READ = textwrap.dedent(
    """
    import sys
    from desktop_app.store.library import Library

    with Library.open(sys.argv[1], read_only=True) as library:
        print(len(library.meetings()))
    """
)
EDIT = textwrap.dedent(
    """
    import sys
    from desktop_app.store.errors import LibraryError
    from desktop_app.store.library import Library

    try:
        library = Library.open(sys.argv[1])
    except LibraryError as error:
        print("REFUSED", type(error).__name__, error.message)
        sys.exit(0)
    meeting = library.load_meeting(library.meetings()[0].id)
    meeting.title = "Edited after chmod 644"
    try:
        library.save_meeting(meeting)
        print("SAVED")
    except LibraryError as error:
        print("SAVE FAILED", error.message)
    library.close()
    """
)


def run_as_user(script: str, library: Path) -> str:
    done = subprocess.run(
        [*ordinary_user_prefix(), sys.executable, "-c", script, str(library)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def side_files(library: Path) -> list[Path]:
    return [library.with_name(library.name + s) for s in ("-wal", "-shm")]


@pytest.fixture
def after_a_read_only_session(library_path: Path) -> tuple[Path, str]:
    """A library read while it was 0444, by Rapporteur and by another SQLite program (which
    left its -wal and -shm at 0444), then made 0644."""
    meeting = every_entity_meeting()
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
    library_path.chmod(0o444)
    assert run_as_user(READ, library_path) == "1"
    assert not any(p.exists() for p in side_files(library_path))  # Rapporteur reads quietly
    leave_side_files_as_another_reader(library_path)
    assert [mode(p) for p in side_files(library_path)] == [0o444, 0o444]
    library_path.chmod(0o644)
    return library_path, meeting.id


def test_stale_side_file_modes_are_repaired_and_the_library_saves(after_a_read_only_session):
    library, meeting_id = after_a_read_only_session
    assert run_as_user(EDIT, library) == "SAVED"
    assert stored(library, meeting_id).title == "Edited after chmod 644"
    for side_file in side_files(library):
        assert not side_file.exists() or mode(side_file) == 0o644


@pytest.mark.skipif(not another_user_can_be_simulated(), reason="needs a file of another user")
def test_a_shm_of_another_user_is_refused_at_open_not_at_the_first_save(
    after_a_read_only_session,
):
    library, meeting_id = after_a_read_only_session
    os.chown(side_files(library)[1], 65534, 65534)  # nobody's, and 0444
    answer = run_as_user(EDIT, library)
    assert answer.startswith(f"REFUSED {LibraryUnwritable.__name__} {library} cannot be written")
    assert "read-only" in answer
    assert stored(library, meeting_id).title == every_entity_meeting().title


def test_opening_for_writing_really_writes(library_path):
    """The proof is a real write transaction: the -wal grows at open."""
    with Library.open(library_path) as library:
        library.add_meeting(every_entity_meeting())
    wal = library_path.with_name(library_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and emptied at close
    with Library.open(library_path):
        assert wal.stat().st_size > 0
