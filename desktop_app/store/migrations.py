"""Bring a library file up to the current schema: a backup first, then one transaction per
migration, each ending with the new `user_version`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core import clock
from desktop_app.store.database import Database
from desktop_app.store.file_modes import create_with_mode_of
from desktop_app.store.schema import COUNT_COMMIT, IDENTITY_VERSION, MIGRATIONS, SCHEMA_VERSION


def backup_path_for(path: Path, version: int) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.v{version}-backup-{stamp}")


def migrate(db: Database, path: Path, version: int) -> bool:
    """Run the migrations after `version`, backing up a file that holds data first.
    Returns whether anything ran."""
    if version >= SCHEMA_VERSION:
        return False
    if version > 0:
        backup = backup_path_for(path, version)
        create_with_mode_of(path, backup)  # a private library has a private backup
        target = sqlite3.connect(backup)
        try:
            db.conn.backup(target)
        finally:
            target.close()
    # sqlite-utils runs a migration's scripts inside its transaction (sqlite3's
    # executescript would commit first); imported here, since a library is rarely migrated.
    import sqlite_utils

    schema = sqlite_utils.Database(db.conn, execute_plugins=False)
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with schema.atomic():
            migration(schema)
            if number >= IDENTITY_VERSION:
                schema.execute(COUNT_COMMIT)
            schema.execute(f"PRAGMA user_version = {number}")
    return True
