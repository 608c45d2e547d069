"""The library file: SQLite schema, migrations, saving, locking, backups, search."""
