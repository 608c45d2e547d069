"""Private by default: a new library is 0600 in a 0700 folder, and everything Rapporteur
writes beside a library gets the library's own mode."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from desktop_app.store.writer_lock import lock_path_for
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.store.helpers import every_entity_meeting
from tests.store.test_migration import make_version_1_file


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems give (022): files readable by all unless we say otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes_beside(library: Path) -> dict[str, int]:
    """The mode of every file beside the library, and in its backups folder, which must
    itself be private (0700) and is left out."""
    backups = library.parent / "backups"
    if backups.exists():
        assert mode(backups) == 0o700
    return {
        str(p.relative_to(library.parent)): mode(p)
        for p in [*library.parent.iterdir(), *(backups.iterdir() if backups.exists() else [])]
        if p.name != "check" and p != backups
    }


def test_the_cli_makes_a_new_library_private_in_a_private_folder(tmp_path):
    library = tmp_path / "new folder" / "notes.rapporteur"
    command = [sys.executable, "-m", "desktop_app.cli", "--library", str(library)]
    imported = subprocess.run(
        [*command, "import", str(SAMPLE_NOTE)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert imported.returncode == 0, imported.stderr
    assert mode(library.parent) == 0o700
    assert modes_beside(library) and set(modes_beside(library).values()) == {0o600}


def test_while_open_every_file_beside_a_private_library_is_private(tmp_path):
    library = tmp_path / "notes.rapporteur"
    with Library.open(library) as opened:
        opened.add_meeting(every_entity_meeting())
        names = set(modes_beside(library))
        assert {library.name + s for s in ("", "-wal", "-shm", ".lock")} <= names
        assert set(modes_beside(library).values()) == {0o600}


@pytest.mark.parametrize("library_mode", [0o600, 0o640])
def test_a_saved_copy_has_the_librarys_own_mode(tmp_path, library_mode):
    library = tmp_path / "notes.rapporteur"
    meeting = every_entity_meeting()
    with Library.open(library) as opened:
        opened.add_meeting(meeting)
    library.chmod(library_mode)
    copy = tmp_path / "copies" / "notes copy.rapporteur"
    copy.parent.mkdir()
    with Library.open(library) as opened:
        assert mode(lock_path_for(library)) == library_mode
        opened.save_copy(copy)
    assert mode(copy) == library_mode
    with Library.open(copy, read_only=True) as saved:
        assert [m.id for m in saved.meetings()] == [meeting.id]


def test_the_migration_backup_of_a_private_library_is_private(tmp_path):
    library = tmp_path / "old.rapporteur"
    make_version_1_file(library)
    library.chmod(0o600)
    Library.open(library).close()
    (backup,) = tmp_path.glob("old.rapporteur.v1-backup-*")
    assert mode(backup) == 0o600
    assert set(modes_beside(library).values()) == {0o600}
