"""Run a process with the file permissions of an ordinary user, even when the tests run as
root (whom permissions do not stop): root without the capabilities that override them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

_OVERRIDES = "-dac_override,-dac_read_search,-fowner"


def ordinary_user_prefix() -> list[str]:
    """What to put before a command so that it meets file permissions as a user would."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions, and setpriv is not here to drop that")
    return ["setpriv", f"--inh-caps={_OVERRIDES}", f"--bounding-set={_OVERRIDES}"]


def another_user_can_be_simulated() -> bool:
    """Whether a file of another user can be made (only root can give one away)."""
    return os.geteuid() == 0


_READ_WITH_SQLITE = (
    "import sqlite3, sys\n"
    "db = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
    "db.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
    "db.close()\n"
)


def leave_side_files_as_another_reader(library: Path) -> None:
    """Read the library as an SQLite program that is not Rapporteur (or an older Rapporteur)
    would, which leaves a -wal and -shm with the library's mode beside it."""
    subprocess.run(
        [*ordinary_user_prefix(), sys.executable, "-c", _READ_WITH_SQLITE, str(library)],
        check=True,
        timeout=60,
    )
