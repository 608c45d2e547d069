"""Restoring a backup: the backup checked first, what the library holds kept as a backup
first, then the backup's pages put in place of the library's through SQLite's backup API
into the library's own open connection.

Why into the open connection, rather than a copy renamed over the file: it happens under
the writer's lock the library already holds (a library another writer holds is never
restored over: it cannot be opened for writing), in one SQLite transaction (a crash half-way
leaves the library as it was), and SQLite itself keeps the -wal and -shm in step, so no stale
-wal can ever be applied to the restored file. A library too damaged to be opened is first
set aside, renamed with its -wal and -shm, and the backup restored into a new one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.backups import (
    STAMP,
    Backup,
    check_backup,
    found_backups,
    make_backup,
    read_only_connection,
)
from desktop_app.store.errors import LibraryError, LibraryInUse, LibraryWriteFailed
from desktop_app.store.writer_lock import writer_present


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup now in the library, and the backup of what it replaced."""

    backup: Backup
    kept_as: Backup | None  # None when the library held no meeting


def find_backup(library: Path, reference: str) -> Backup:
    """The backup `reference` names: a name as listed, or the path of a file."""
    for backup in found_backups(library):
        if reference in (backup.name, str(backup.path)):
            return backup
    path = Path(reference).expanduser()
    if path.is_file():
        made = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        return Backup(path.absolute(), made, 1, before_restore=False)
    raise LibraryError(
        f"There is no backup {reference} of {library}; see the list with: rapporteur restore-backup"
    )


def restore_into(connection: sqlite3.Connection, library: Path, backup: Backup) -> Restored:
    """Put the backup's meetings in place of the library's, through SQLite's backup API into
    the library's own open connection: one transaction, under the writer's lock, so the
    library is replaced whole or not at all and SQLite itself deals with its -wal.
    The backup is checked first, and what the library holds now is backed up first."""
    meetings = check_backup(backup.path)
    kept = None
    if connection.execute("SELECT count(*) FROM meetings").fetchone()[0]:
        kept = make_backup(connection, library, before_restore=True)
    source = read_only_connection(backup.path)
    try:
        source.backup(connection)
    finally:
        source.close()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checked = Backup(backup.path, backup.made, backup.sequence, backup.before_restore, meetings)
    return Restored(checked, kept)


def set_aside_damaged(library: Path) -> Path:
    """Rename a damaged library, with its -wal and -shm, out of the way (never deleted), so
    that a backup can be restored in its place; returns its new name."""
    if writer_present(library.resolve()):
        raise LibraryInUse(library, "another Rapporteur window")
    stamp = clock.now().strftime(STAMP)
    aside = library.with_name(f"{library.name}.damaged-{stamp}")
    # The -wal and -shm first: a library never has a -wal of another file beside it.
    for suffix in ("-wal", "-shm", ""):
        side = library.with_name(library.name + suffix)
        if side.exists():
            try:
                os.rename(side, aside.with_name(aside.name + suffix))
            except OSError as error:
                raise LibraryWriteFailed(
                    f"{library} is damaged and cannot be set aside to restore a backup in its "
                    f"place ({error.strerror})."
                ) from None
    return aside
