"""Backups beside the library: made when it opens (the day's first) and closes after changes,
checked, rotated as store/backups.py says, and never counted when damaged."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from desktop_app.core.model import Meeting
from desktop_app.store import backups
from desktop_app.store.backups import BackupDamaged
from desktop_app.store.library import Library
from tests.store.helpers import stored
from tests.support.days import MEETING_ID, MONDAY, damage, days_from, set_time, work_on


def backup_days(library_path: Path) -> list[dt.date]:
    return sorted(b.made.date() for b in backups.found_backups(library_path))


def test_three_days_of_work_leave_one_backup_a_day_each_holding_that_day(library_path):
    for day in days_from(MONDAY, 3):
        work_on(library_path, day)
    found = backups.found_backups(library_path)
    assert [b.name for b in found] == [
        f"library.rapporteur.2026-09-{d:02}.18-00-00.bak" for d in (9, 8, 7)
    ]
    assert all(b.path.parent == library_path.parent / "backups" for b in found)
    for backup in found:
        copy = stored(backup.path, MEETING_ID)
        assert copy.title == f"Written on {backup.made.date().isoformat()}"
        assert not backup.path.with_name(backup.name + "-wal").exists()


def test_ten_days_keep_the_last_seven_days(library_path):
    for day in days_from(MONDAY, 10):
        work_on(library_path, day)
    assert backup_days(library_path) == days_from(dt.date(2026, 9, 10), 7)


def test_seventy_days_keep_seven_days_and_nine_weeks(library_path):
    for day in days_from(MONDAY, 70):  # Monday 7 September to Sunday 15 November
        work_on(library_path, day)
    sundays = [dt.date(2026, 9, 20) + dt.timedelta(weeks=n) for n in range(8)]
    assert backup_days(library_path) == [*sundays, *days_from(dt.date(2026, 11, 9), 7)]
    assert len(backups.found_backups(library_path)) == 15


def test_days_without_work_do_not_push_backups_out(library_path):
    worked = [MONDAY, MONDAY + dt.timedelta(days=1), dt.date(2026, 10, 20), dt.date(2027, 1, 5)]
    for day in worked:
        work_on(library_path, day)
    assert backup_days(library_path) == worked


def test_opening_makes_the_days_first_backup_and_closing_unchanged_makes_none(library_path):
    work_on(library_path, MONDAY)
    tuesday = MONDAY + dt.timedelta(days=1)
    set_time(tuesday, 8)
    Library.open(library_path).close()  # the day's first opening, no change
    assert [b.made for b in backups.found_backups(library_path)] == [
        dt.datetime(2026, 9, 8, 8),
        dt.datetime(2026, 9, 7, 18),
    ]
    set_time(tuesday, 12)
    Library.open(library_path).close()  # today has one: nothing new
    assert len(backups.found_backups(library_path)) == 2


def test_a_backup_damaged_on_disk_is_listed_as_damaged_and_never_restored(library_path):
    work_on(library_path, MONDAY)
    (backup,) = backups.found_backups(library_path)
    damage(backup.path)
    (listed,) = backups.listed_backups(library_path)
    assert listed.damaged and listed.meetings is None
    with pytest.raises(BackupDamaged, match="choose another backup"):
        backups.check_backup(backup.path)


def test_a_damaged_backup_does_not_push_out_an_older_sound_day(library_path):
    for day in days_from(MONDAY, 7):
        work_on(library_path, day)
    newest = backups.found_backups(library_path)[0]
    damage(newest.path)
    set_time(MONDAY + dt.timedelta(days=7), 9)
    with Library.open(library_path):
        pass  # the day's first backup: 7 days are kept, the damaged one not among them
    assert backup_days(library_path) == [*days_from(MONDAY, 6), MONDAY + dt.timedelta(days=7)]


def test_a_backup_that_cannot_be_made_is_told_and_work_goes_on(library_path):
    work_on(library_path, MONDAY)
    folder = library_path.parent / "backups"
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    set_time(MONDAY + dt.timedelta(days=1), 9)
    with Library.open(library_path) as library:
        library.backups.wait()  # the day's first backup, made in a thread of its own
        problem = library.backups.take_problem()
        assert problem.startswith(f"No backup of {library_path} could be made in ")
        assert "free some space" in problem
        assert library.backups.take_problem() == ""  # told once
        meeting = library.load_meeting(MEETING_ID)
        meeting.title = "Still working"
        library.save_meeting(meeting)
    assert stored(library_path, MEETING_ID).title == "Still working"
    assert not [p for p in library_path.parent.iterdir() if p.suffix in (".bak", ".partial")]


def test_a_backup_left_half_made_by_a_crash_is_cleared_away(library_path):
    work_on(library_path, MONDAY)
    half_made = (
        library_path.parent / "backups" / "library.rapporteur.2026-09-07.19-00-00.bak.partial"
    )
    half_made.write_bytes(b"SQLite format 3\x00 cut short")
    work_on(library_path, MONDAY + dt.timedelta(days=1))
    assert not half_made.exists()
    assert len(backups.listed_backups(library_path)) == 2


def test_a_private_library_gets_a_private_folder_and_private_backups(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(Meeting(id=MEETING_ID, title="Private"))
    library_path.chmod(0o600)
    (library_path.parent / "backups").chmod(0o755)
    set_time(MONDAY, 9)
    with Library.open(library_path) as library:
        library.save_meeting(Meeting(id=MEETING_ID, title="Still private"))
    folder = library_path.parent / "backups"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    made_now = [b for b in backups.found_backups(library_path) if b.made.date() == MONDAY]
    assert len(made_now) == 1  # the day's first at opening, replaced by the one at closing
    assert stat.S_IMODE(made_now[0].path.stat().st_mode) == 0o600


def test_a_shared_library_gives_its_backups_its_own_mode(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(Meeting(id=MEETING_ID, title="Shared"))
    library_path.chmod(0o640)
    set_time(MONDAY, 9)
    Library.open(library_path).close()
    (backup,) = [b for b in backups.found_backups(library_path) if b.made.date() == MONDAY]
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o640


def test_a_library_without_meetings_has_nothing_to_back_up(library_path):
    Library.open(library_path).close()
    set_time(MONDAY, 9)
    Library.open(library_path).close()
    assert not (library_path.parent / "backups").exists()


def test_restoring_brings_back_the_backup_and_keeps_what_was_there(library_path):
    work_on(library_path, MONDAY)
    work_on(library_path, MONDAY + dt.timedelta(days=1))
    monday = backups.found_backups(library_path)[-1]
    set_time(MONDAY + dt.timedelta(days=2), 9)
    with Library.open(library_path) as library:
        restored = library.restore_backup(monday)
        assert library.load_meeting(MEETING_ID).title == "Written on 2026-09-07"
    assert restored.backup.meetings == 1
    assert restored.kept_as is not None and restored.kept_as.before_restore
    assert stored(restored.kept_as.path, MEETING_ID).title == "Written on 2026-09-08"
    assert stored(library_path, MEETING_ID).title == "Written on 2026-09-07"
    wal = library_path.with_name(library_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_damaged_backup_is_not_restored_and_the_library_is_left_alone(library_path):
    work_on(library_path, MONDAY)
    work_on(library_path, MONDAY + dt.timedelta(days=1))
    monday = backups.found_backups(library_path)[-1]
    damage(monday.path)
    with Library.open(library_path) as library:
        with pytest.raises(BackupDamaged, match="damaged"):
            library.restore_backup(monday)
        assert library.load_meeting(MEETING_ID).title == "Written on 2026-09-08"
    assert not any(b.before_restore for b in backups.found_backups(library_path))
