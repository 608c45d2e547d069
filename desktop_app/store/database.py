"""The library's SQLite connection as the store uses it: statements, rows read as dicts, and
transactions that nest.

Why not sqlite-utils' Database here: importing it loads click, dateutil and pluggy, about a
fifth of the window's start-up, for the four calls the store makes on every open. The store
keeps sqlite-utils for what it is good at, building and migrating the schema
(store/migrations.py), which runs only when a library is new or older than this program.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

Parameters = Sequence[Any] | dict[str, Any]


class Database:
    """A connection in autocommit mode: a statement outside `atomic()` is committed at once,
    as sqlite-utils does."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        connection.isolation_level = None  # transactions are the store's own, never implicit
        self.conn = connection
        # As sqlite-utils sets it: a REPLACE fires the delete triggers that keep search in step.
        connection.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT, each a dict by column name."""
        cursor = self.conn.execute(sql, parameters)
        names = [column[0] for column in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: committed at the end, rolled back if anything raises."""
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # an error may have ended it already
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()
