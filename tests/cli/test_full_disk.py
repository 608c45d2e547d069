"""The command line on a full disk: one plain line, exit 1, nothing left behind."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from desktop_app.store.library import Library
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.store.helpers import every_entity_meeting
from tests.support.full_disk import disk_full


def rapporteur_on_a_full_disk(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *arguments],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=disk_full,
    )


def files_beside(library: Path) -> dict[str, str]:
    """Every file beside the library, its backups included, by its sha256."""
    return {
        str(p.relative_to(library.parent)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in library.parent.rglob("*")
        if p.is_file()
    }


def test_import_into_a_library_on_a_full_disk_says_so_in_one_line(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(every_entity_meeting())
    before = files_beside(library_path)
    done = rapporteur_on_a_full_disk("--library", str(library_path), "import", str(SAMPLE_NOTE))
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"rapporteur: Cannot open {library_path} for writing")
    assert "Free some space" in line
    assert files_beside(library_path) == before


def test_import_into_a_new_library_on_a_full_disk_leaves_no_file(tmp_path):
    library = tmp_path / "new.rapporteur"
    done = rapporteur_on_a_full_disk("--library", str(library), "import", str(SAMPLE_NOTE))
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith("rapporteur: ") and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_import_into_a_library_whose_folder_is_gone_says_so_in_one_line(tmp_path):
    (tmp_path / "removed disk").write_text("a file where the folder was", encoding="utf-8")
    library = tmp_path / "removed disk" / "notes.rapporteur"
    command = [sys.executable, "-m", "desktop_app.cli", "--library", str(library)]
    done = subprocess.run(
        [*command, "import", str(SAMPLE_NOTE)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"rapporteur: Cannot create the folder {library.parent}")
