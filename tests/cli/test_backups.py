"""`rapporteur restore-backup`, run as a real process: the list of backups, a restore that
keeps what it replaced (so it can be undone), and the refusals, each in one line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store import backups
from desktop_app.store.library import Library
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.store.helpers import side_files, stored
from tests.support.days import MEETING_ID, MONDAY, damage, title_of, work_on

TUESDAY = MONDAY + dt.timedelta(days=1)


def rapporteur(library: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--library", str(library), *map(str, args)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def two_days(library_path: Path) -> Path:
    """A library worked on on Monday and Tuesday: a backup of each day."""
    work_on(library_path, MONDAY)
    work_on(library_path, TUESDAY)
    return library_path


def test_the_list_is_newest_first_with_date_and_meetings(two_days):
    listed = rapporteur(two_days, "restore-backup", "--json")
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)["backups"]
    assert [(b["made"], b["meetings"], b["damaged"]) for b in found] == [
        ("2026-09-08T18:00:00", 1, False),
        ("2026-09-07T18:00:00", 1, False),
    ]
    assert found[1]["name"] == "library.rapporteur.2026-09-07.18-00-00.bak"
    assert Path(found[1]["path"]) == two_days.parent / "backups" / found[1]["name"]

    text = rapporteur(two_days, "restore-backup")
    lines = text.stdout.splitlines()
    assert lines[0].split() == ["BACKUP", "MADE", "MEETINGS"]
    assert lines[1].split() == [found[0]["name"], "2026-09-08", "18:00", "1"]
    assert lines[2].split() == [found[1]["name"], "2026-09-07", "18:00", "1"]
    assert text.stderr == ""


def test_a_restore_brings_back_the_backup_and_can_itself_be_undone(two_days):
    monday = "library.rapporteur.2026-09-07.18-00-00.bak"
    restored = rapporteur(two_days, "restore-backup", monday, "--json")
    assert restored.returncode == 0, restored.stderr
    answer = json.loads(restored.stdout)
    assert answer["restored"]["name"] == monday
    assert answer["restored"]["meetings"] == 1
    kept = answer["kept_as"]
    assert kept["before_restore"] and kept["name"].endswith(".before-restore.bak")
    assert stored(two_days, MEETING_ID).title == title_of(MONDAY)
    assert stored(Path(kept["path"]), MEETING_ID).title == title_of(TUESDAY)
    listed = json.loads(rapporteur(two_days, "restore-backup", "--json").stdout)["backups"]
    assert kept["name"] in [b["name"] for b in listed]

    undone = rapporteur(two_days, "restore-backup", kept["path"])  # a path, and no --json
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith(f"Restored {kept['name']} (1 meeting).")
    assert "restore that to undo" in undone.stdout
    assert stored(two_days, MEETING_ID).title == title_of(TUESDAY)


def test_a_damaged_backup_is_refused_in_one_line_and_nothing_changes(two_days):
    monday = backups.found_backups(two_days)[-1]
    damage(monday.path)
    before = side_files(two_days)
    refused = rapporteur(two_days, "restore-backup", monday.name, "--json")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith(f"rapporteur: The backup {monday.name} is damaged")
    assert side_files(two_days) == before
    assert stored(two_days, MEETING_ID).title == title_of(TUESDAY)
    assert not any(b.before_restore for b in backups.found_backups(two_days))


def test_an_unknown_backup_is_refused_in_one_line(two_days):
    refused = rapporteur(two_days, "restore-backup", "yesterday")
    assert refused.returncode == 1
    assert refused.stderr == (
        f"rapporteur: There is no backup yesterday of {two_days}; see the list with: "
        "rapporteur restore-backup\n"
    )


HOLDER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.store.library import Library

    library = Library.open(sys.argv[1])
    library.backups.wait()  # its day's-first backup reads the file: done before we look
    print("READY", flush=True)
    time.sleep(60)
    """
)


def test_a_library_another_writer_holds_is_not_restored_over(two_days):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(two_days)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "READY"
        before = side_files(two_days)
        monday = backups.found_backups(two_days)[-1]
        refused = rapporteur(two_days, "restore-backup", monday.name)
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert refused.stderr.startswith("rapporteur: ")
        assert "is in use by" in refused.stderr and refused.stderr.count("\n") == 1
        assert side_files(two_days) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert stored(two_days, MEETING_ID).title == title_of(TUESDAY)


def test_with_no_backups_the_list_says_how_they_come(library_path):
    listed = rapporteur(library_path, "restore-backup")
    assert listed.returncode == 0
    assert listed.stdout.startswith(f"No backups of {library_path} yet;")
    as_json = rapporteur(library_path, "restore-backup", "--json")
    assert json.loads(as_json.stdout) == {"backups": []}
    assert not library_path.exists()  # listing creates nothing


def test_a_backup_that_cannot_be_made_is_one_line_and_the_import_is_done(two_days, tmp_path):
    folder = two_days.parent / "backups"
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    note = tmp_path / "note.md"
    note.write_text(SAMPLE_NOTE.read_text(encoding="utf-8"), encoding="utf-8")
    imported = rapporteur(two_days, "import", note)
    assert imported.returncode == 0
    assert imported.stderr.startswith(f"rapporteur: No backup of {two_days} could be made")
    assert imported.stderr.count("\n") == 1  # at opening and at closing, told once
    with Library.open(two_days, read_only=True) as library:
        assert len(library.meetings()) == 2


def test_a_damaged_library_is_set_aside_and_the_backup_restored_in_its_place(two_days):
    damage(two_days)
    damaged = two_days.read_bytes()
    monday = "library.rapporteur.2026-09-07.18-00-00.bak"
    refused = rapporteur(two_days, "list")
    assert refused.returncode == 1 and "is damaged" in refused.stderr
    restored = rapporteur(two_days, "restore-backup", monday, "--json")
    assert restored.returncode == 0, restored.stderr
    answer = json.loads(restored.stdout)
    assert answer["kept_as"] is None  # nothing sound to keep: the damaged file is set aside
    set_aside = Path(answer["set_aside"])
    assert set_aside.parent == two_days.parent and ".damaged-" in set_aside.name
    assert set_aside.read_bytes() == damaged
    assert stored(two_days, MEETING_ID).title == title_of(MONDAY)
