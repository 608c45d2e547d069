"""Verified, rotating backups of a library, in a `backups` folder beside it.

Where: `<library folder>/backups/<library name>.<day>.<time>.bak`, for example
`backups/library.rapporteur.2026-12-03.10-15-00.bak`, named after the moment it was made on
the app's clock (a second one in the same second gets `.2`, `.3` … before `.bak`). The
backup kept just before a restore ends in `.before-restore.bak`. The folder is 0700 when the
library is private; each backup has the library's own mode.

How: SQLite's backup API copies the library from the library's own open connection, so a
live library and the changes still in its -wal are copied consistently. The copy is made
self-contained (a rollback journal, never a -wal), checked with `PRAGMA integrity_check`,
synced, and only then given its name: a copy that fails the check is deleted and never
counts as a backup.

When: when a library is opened for writing and today has no backup yet, and when it is
closed after changes (a library without a meeting has nothing to back up). The backup at
opening is made in a thread of its own, through a read-only connection of its own, so the
window never waits for it (about 2 s for an 80 MB library); closing waits for it, then makes
its own through the library's connection. A backup that fails is told once and never stops
anyone working.

Rotation, after each new backup: going from the newest to the oldest, an everyday backup is
kept when it is the newest sound backup of one of the 7 most recent days that have a
backup, or of one of the 9 most recent ISO weeks (Monday to Sunday) that have one; every
other everyday backup is deleted. "Sound" means it passes `PRAGMA quick_check` now, so a
damaged backup never takes a place and the newest sound backup (the only one, if it comes
to that) is never deleted. A file that cannot be read at all (a permission, an I/O error)
is left as it is and not counted. A backup kept before a restore is kept for 9 weeks, and
the newest of them always, so every restore can be undone for two months.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.errors import LibraryError, LibraryTooNew, LibraryWriteFailed, NotALibrary
from desktop_app.store.file_modes import PRIVATE_FOLDER, give_mode_of, mode_of
from desktop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION

FOLDER_NAME = "backups"
SUFFIX = ".bak"
BEFORE_RESTORE = ".before-restore"
DAYS_KEPT = 7
WEEKS_KEPT = 9
STAMP = "%Y-%m-%d.%H-%M-%S"


class BackupDamaged(LibraryError):
    """A backup that fails its check: it is never counted or restored."""


@dataclass(frozen=True)
class Backup:
    """A backup file, as its name tells (when it was made) and its check found it."""

    path: Path
    made: dt.datetime  # on the app's clock, without a time zone
    sequence: int  # 1, or 2, 3 … for a second backup made in the same second
    before_restore: bool
    meetings: int | None = None  # None until checked, or when damaged
    damaged: bool = False

    @property
    def name(self) -> str:
        return self.path.name


class Backups:
    """The backups of one library open for writing, and why the last one failed."""

    def __init__(self, library: Path) -> None:
        self.library = library
        self._problem = ""
        self._thread: threading.Thread | None = None

    def start_days_first(self) -> None:
        """Begin the day's first backup, unless today has one, in a thread of its own."""
        if has_backup_today(self.library):
            return
        made = clock.now()  # now, not when the thread gets round to it
        self._thread = threading.Thread(
            target=self._in_background, args=(made,), name="rapporteur-backup", daemon=True
        )
        self._thread.start()

    def wait(self) -> None:
        """Let the backup under way, if any, finish."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def at_close(self, source: sqlite3.Connection | None) -> None:
        """Wait for the backup under way, then back up through `source` (the library's own
        connection) if the library changed."""
        self.wait()
        if source is not None:
            self._problem = back_up_quietly(source, self.library) or self._problem

    def take_problem(self) -> str:
        """Why a backup failed, once: "" when none did, or it was told already."""
        if self._thread is not None and not self._thread.is_alive():
            self.wait()
        problem, self._problem = self._problem, ""
        return problem

    def _in_background(self, made: dt.datetime) -> None:
        try:
            source = sqlite3.connect(f"{self.library.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            self._problem = _failed(self.library, folder_for(self.library), str(error))
            return
        try:
            self._problem = back_up_quietly(source, self.library, made)
        finally:
            source.close()


def folder_for(library: Path) -> Path:
    return library.parent / FOLDER_NAME


def found_backups(library: Path) -> list[Backup]:
    """The library's backups by their names, newest first, unchecked."""
    pattern = re.compile(
        re.escape(library.name)
        + r"\.(\d{4})-(\d\d)-(\d\d)\.(\d\d)-(\d\d)-(\d\d)(?:\.(\d+))?("
        + re.escape(BEFORE_RESTORE)
        + r")?"
        + re.escape(SUFFIX)
    )
    found = []
    with contextlib.suppress(OSError):  # no folder yet: no backups
        for path in folder_for(library).iterdir():
            match = pattern.fullmatch(path.name)
            if match is None:
                continue
            with contextlib.suppress(ValueError):  # a name that only looks like ours
                # The stamp's fields (STAMP) read by hand: strptime's first call costs the
                # window's start tens of milliseconds.
                year, month, day, hour, minute, second = (int(match[g]) for g in range(1, 7))
                made = dt.datetime(year, month, day, hour, minute, second)
                found.append(Backup(path, made, int(match[7] or 1), bool(match[8])))
    return sorted(found, key=lambda b: (b.made, b.sequence), reverse=True)


def listed_backups(library: Path) -> list[Backup]:
    """The library's backups, newest first, each checked and with its number of meetings."""
    return [_checked_or_damaged(backup) for backup in found_backups(library)]


def has_backup_today(library: Path) -> bool:
    today = clock.now().date()
    return any(b.made.date() == today and not b.before_restore for b in found_backups(library))


def make_backup(
    source: sqlite3.Connection,
    library: Path,
    *,
    before_restore: bool = False,
    made: dt.datetime | None = None,
) -> Backup:
    """Copy the library through `source` (its open connection) into a new, checked backup,
    then rotate the backups. Raises LibraryWriteFailed or BackupDamaged: the library itself
    is never changed."""
    folder = _ready_folder(library)
    made = (made or clock.now()).replace(tzinfo=None, microsecond=0)
    target = _free_name(folder, library.name, made, before_restore)
    partial = target.with_name(target.name + ".partial")
    try:
        _copy(source, partial, library)
        meetings = check_backup(partial)
        _sync(partial)
        os.replace(partial, target)
        _sync(folder)
        status = target.stat()
        _found_sound[(target, status.st_size, status.st_mtime_ns)] = meetings
    except OSError as error:
        raise LibraryWriteFailed(_failed(library, folder, error.strerror or str(error))) from None
    except sqlite3.Error as error:
        raise LibraryWriteFailed(_failed(library, folder, str(error))) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    backup = Backup(target, made, _sequence_of(target, made), before_restore, meetings)
    rotate(library, just_made=backup.path)
    return backup


def back_up_quietly(
    source: sqlite3.Connection, library: Path, made: dt.datetime | None = None
) -> str:
    """Back up a library that holds a meeting; returns why it failed, or "": a failed
    backup never stops anyone working."""
    try:
        if not source.execute("SELECT count(*) FROM meetings").fetchone()[0]:
            return ""
        make_backup(source, library, made=made)
    except LibraryError as error:
        return error.message
    except sqlite3.Error as error:
        return _failed(library, folder_for(library), str(error))
    return ""


def check_backup(path: Path) -> int:
    """Check a backup file whole (`PRAGMA integrity_check`) without changing it; returns its
    number of meetings. Raises BackupDamaged, NotALibrary or LibraryTooNew."""
    return _check(path, "integrity_check")


def rotate(library: Path, just_made: Path | None = None) -> list[Path]:
    """Delete the backups the rule in this module's docstring does not keep; returns them."""
    backups = found_backups(library)
    everyday = [b for b in backups if not b.before_restore]
    before_restore = [b for b in backups if b.before_restore]
    oldest_kept = clock.now().date() - dt.timedelta(weeks=WEEKS_KEPT)
    unwanted = _rotated_out(everyday, just_made)
    unwanted += [b for b in before_restore[1:] if b.made.date() < oldest_kept]
    deleted = []
    # Left by a process that ended while making one: only a writer makes backups.
    stale = folder_for(library).glob(f"{glob_escape(library.name)}.*{SUFFIX}.partial")
    for backup in [*unwanted, *(Backup(p, dt.datetime.min, 1, False) for p in stale)]:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


def _rotated_out(backups: list[Backup], just_made: Path | None) -> list[Backup]:
    """The backups (newest first) that are neither the newest sound one of one of the last
    DAYS_KEPT days nor of one of the last WEEKS_KEPT weeks, each among those that have one."""
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    unwanted = []
    for backup in backups:
        day, week = backup.made.date(), backup.made.isocalendar()[:2]
        takes_a_place = (day not in days and len(days) < DAYS_KEPT) or (
            week not in weeks and len(weeks) < WEEKS_KEPT
        )
        sound = takes_a_place and (backup.path == just_made or _sound(backup.path))
        if sound:
            if len(days) < DAYS_KEPT:
                days.add(day)
            if len(weeks) < WEEKS_KEPT:
                weeks.add(week)
        elif sound is not None:  # None: cannot be read now, so left as it is
            unwanted.append(backup)
    return unwanted


def _ready_folder(library: Path) -> Path:
    folder = folder_for(library)
    private = not mode_of(library) & 0o077
    try:
        folder.mkdir(mode=PRIVATE_FOLDER if private else 0o777, exist_ok=True)
        if private:
            os.chmod(folder, PRIVATE_FOLDER)
    except OSError as error:
        raise LibraryWriteFailed(_failed(library, folder, error.strerror or str(error))) from None
    return folder


def _free_name(folder: Path, name: str, made: dt.datetime, before_restore: bool) -> Path:
    ending = (BEFORE_RESTORE if before_restore else "") + SUFFIX
    stamp = made.strftime(STAMP)
    sequence = 1
    while True:
        numbered = f".{sequence}" if sequence > 1 else ""
        path = folder / f"{name}.{stamp}{numbered}{ending}"
        if not path.exists():
            return path
        sequence += 1


def _sequence_of(path: Path, made: dt.datetime) -> int:
    rest = path.name.split(made.strftime(STAMP), 1)[1]
    number = rest.split(".")[1]
    return int(number) if number.isdigit() else 1


def _copy(source: sqlite3.Connection, partial: Path, library: Path) -> None:
    """The library's pages into `partial`, made a file of its own: no -wal ever beside it."""
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode_of(library)))
    give_mode_of(library, partial)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that reads the file and nothing else: no lock, no -journal, no -shm."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def _check(path: Path, pragma: str) -> int:
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        raise BackupDamaged(_damaged(path, str(error))) from None
    try:
        result = str(connection.execute(f"PRAGMA {pragma}(1)").fetchone()[0])
        if result != "ok":
            raise BackupDamaged(_damaged(path, " ".join(result.replace("*", "").split())))
        if int(connection.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            raise NotALibrary(f"{path} is not a backup of a Rapporteur library.")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise LibraryTooNew(path, version, SCHEMA_VERSION)
        return int(connection.execute("SELECT count(*) FROM meetings").fetchone()[0])
    except sqlite3.Error as error:
        raise BackupDamaged(_damaged(path, str(error))) from None
    finally:
        connection.close()


# The meetings of the backups found sound in this process, by path, size and time of change:
# a backup is never rewritten, so one check a session is enough.
_found_sound: dict[tuple[Path, int, int], int] = {}


def _sound(path: Path) -> bool | None:
    """Whether a backup passes a quick check now; None when it cannot be read at all."""
    if not os.access(path, os.R_OK):
        return None
    try:
        _quick_check(path)
    except OSError:
        return None
    except LibraryError:
        return False
    return True


def _quick_check(path: Path) -> int:
    """The backup's number of meetings once it passes a quick check (or did, this session)."""
    status = path.stat()
    key = (path, status.st_size, status.st_mtime_ns)
    if key not in _found_sound:
        _found_sound[key] = _check(path, "quick_check")
    return _found_sound[key]


def _checked_or_damaged(backup: Backup) -> Backup:
    try:
        meetings = _quick_check(backup.path)
    except (OSError, LibraryError):
        return Backup(backup.path, backup.made, backup.sequence, backup.before_restore, None, True)
    return Backup(backup.path, backup.made, backup.sequence, backup.before_restore, meetings)


def _sync(path: Path) -> None:
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open a folder to sync it
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _failed(library: Path, folder: Path, reason: str) -> str:
    return (
        f"No backup of {library} could be made in {folder} ({reason.rstrip('.')}). Your work "
        "is saved in the library itself; free some space, and the next backup will be made "
        "when you next open or close the library."
    )


def _damaged(path: Path, detail: str) -> str:
    return f"The backup {path.name} is damaged ({detail}); choose another backup."
