"""The library file's schema, as a list of migrations: migration n brings a file to version n.

A new file is built by running every migration in turn, so the path an old file takes is
the path every file has taken. Never edit a migration that has shipped; add the next one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.inline import Inline, InlineSyntaxError
from desktop_app.core.substring_scripts import SUBSTRING_SCRIPTS

if TYPE_CHECKING:  # the migrations run through sqlite-utils, imported only when they run
    from sqlite_utils import Database

APPLICATION_ID = 0x52415050  # "RAPP": marks the file as a Rapporteur library
SEARCH_TEXT_FUNCTION = "rapporteur_search_text"
SEARCH_KINDS = {"paragraph": 1, "sub_item": 2, "footnote": 3, "heading": 4, "action_item": 5}


def _version_1_tables(db: Database) -> None:
    """Meetings and everything in them. Foreign keys are checked at commit."""
    deferred = "DEFERRABLE INITIALLY DEFERRED"
    db.executescript(f"""
        PRAGMA application_id = {APPLICATION_ID};
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            body TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            date TEXT,
            symbol TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            status TEXT NOT NULL DEFAULT 'draft',
            background TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX meetings_symbol ON meetings(symbol);
        CREATE TABLE agenda_items (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE {deferred},
            parent_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE {deferred},
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id);
        CREATE TABLE paragraphs (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE {deferred},
            agenda_item_id TEXT REFERENCES agenda_items(id) {deferred},
            position INTEGER NOT NULL,
            numbered INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX paragraphs_meeting ON paragraphs(meeting_id);
        CREATE INDEX paragraphs_agenda_item ON paragraphs(agenda_item_id);
        CREATE TABLE sub_items (
            id TEXT PRIMARY KEY,
            paragraph_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE {deferred},
            parent_id TEXT REFERENCES sub_items(id) ON DELETE CASCADE {deferred},
            position INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sub_items_paragraph ON sub_items(paragraph_id);
        CREATE INDEX sub_items_parent ON sub_items(parent_id);
        CREATE TABLE footnotes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE {deferred},
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX footnotes_meeting ON footnotes(meeting_id);
        CREATE TABLE action_items (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE {deferred},
            position INTEGER NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            paragraph_id TEXT REFERENCES paragraphs(id) ON DELETE SET NULL {deferred},
            continues_id TEXT  -- an action item of an earlier meeting; may since be deleted
        );
        CREATE INDEX action_items_meeting ON action_items(meeting_id);
        CREATE INDEX action_items_paragraph ON action_items(paragraph_id);
        CREATE INDEX action_items_continues ON action_items(continues_id);
    """)


# What the search indexes: table, kind, the columns whose text is found, and how an entry
# finds its meeting ("{row}" is new or old in a trigger).
_INDEXED = (
    ("paragraphs", "paragraph", ("text",), "{row}.meeting_id"),
    (
        "sub_items",
        "sub_item",
        ("text",),
        "(SELECT meeting_id FROM paragraphs WHERE id = {row}.paragraph_id)",
    ),
    ("footnotes", "footnote", ("text",), "{row}.meeting_id"),
    ("agenda_items", "heading", ("label", "title"), "{row}.meeting_id"),
    ("action_items", "action_item", ("what", "owner", "due"), "{row}.meeting_id"),
)


def _version_2_search(db: Database) -> None:
    """Full-text search over paragraphs, sub-items, footnotes, headings and action items,
    kept in step by triggers. An entry's rowid is its row's rowid * 8 + its kind's code."""
    db.execute("""
        CREATE VIRTUAL TABLE search USING fts5(
            text, kind UNINDEXED, item_id UNINDEXED, meeting_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        )
    """)
    insert = "INSERT INTO search(rowid, text, kind, item_id, meeting_id)"
    for table, kind, columns, meeting in _INDEXED:
        code = SEARCH_KINDS[kind]
        delete = f"DELETE FROM search WHERE rowid = old.rowid * 8 + {code};"
        changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
        new_entry = _search_entry("new", code, kind, columns, meeting)
        db.executescript(f"""
            CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table}
            BEGIN {insert} VALUES ({new_entry}); END;
            CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} WHEN {changed}
            BEGIN {delete} {insert} VALUES ({new_entry}); END;
            CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table}
            BEGIN {delete} END;
            {insert} SELECT {_search_entry(table, code, kind, columns, meeting)} FROM {table};
        """)


def search_text(markup: str | None) -> str:
    """What the search indexes of a stored text: the words, without markup or footnote ids.

    Registered as an SQL function on every connection, for the triggers below."""
    if not markup:
        return ""
    try:
        return Inline.from_markup(markup).plain_text()
    except InlineSyntaxError:
        return markup


def _search_entry(row: str, code: int, kind: str, columns: tuple[str, ...], meeting: str) -> str:
    """The values of one search entry for a row (`new` in a trigger, or the table itself)."""
    text = " || ' ' || ".join(f"{SEARCH_TEXT_FUNCTION}({row}.{column})" for column in columns)
    return f"{row}.rowid * 8 + {code}, {text}, '{kind}', {row}.id, {meeting.format(row=row)}"


def _version_3_identity(db: Database) -> None:
    """The library's own id, which its backups and copies keep, and the number of commits
    made to it: what tells a -wal left beside the file whether it is the file's own
    (see store/wal_check.py). Every write transaction adds one to `commits`."""
    db.execute("CREATE TABLE library (id TEXT NOT NULL, commits INTEGER NOT NULL)")
    db.execute("INSERT INTO library (id, commits) VALUES (?, 0)", [os.urandom(16).hex()])


def _version_4_trash(db: Database) -> None:
    """A deleted meeting goes to the trash first: `deleted` says when (UTC, ISO 8601), and
    is NULL while the meeting is in the library (see store/trash.py)."""
    db.execute("ALTER TABLE meetings ADD COLUMN deleted TEXT")
    db.execute("CREATE INDEX meetings_deleted ON meetings(deleted)")


# Titles are found as the rest is; rowid * 8 + 6 in `search`, `search_substrings` alike.
TITLE_CODE = 6
_TITLE = ("meetings", "title", ("title",), "{row}.id")
SUBSTRINGS_GLOB = f"*[{SUBSTRING_SCRIPTS}]*"  # a text in a script found by substring


def _version_5_titles_and_substrings(db: Database) -> None:
    """Meeting titles join the word index; every entry holding Chinese, Japanese,
    Korean, Thai or Arabic text is also indexed by trigrams (`search_substrings`, same
    rowids), where such words are found as substrings; and paragraphs are indexed in
    reading order."""
    db.execute("CREATE VIRTUAL TABLE search_substrings USING fts5(text, tokenize = 'trigram')")
    # A hit's paragraph number, counted from this index alone (store/paragraph_numbers.py).
    db.execute(
        "CREATE INDEX paragraphs_reading_order "
        "ON paragraphs(meeting_id, agenda_item_id, position, numbered)"
    )
    entry = "{row}.rowid * 8 + 6, {row}.title, 'title', {row}.id, {row}.id"
    insert = "INSERT INTO search(rowid, text, kind, item_id, meeting_id)"
    db.executescript(f"""
        CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings
        BEGIN {insert} VALUES ({entry.format(row="new")}); END;
        CREATE TRIGGER meetings_search_update AFTER UPDATE ON meetings
        WHEN old.title IS NOT new.title BEGIN
            DELETE FROM search WHERE rowid = old.rowid * 8 + 6;
            {insert} VALUES ({entry.format(row="new")});
        END;
        CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings
        BEGIN DELETE FROM search WHERE rowid = old.rowid * 8 + 6; END;
        {insert} SELECT {entry.format(row="meetings")} FROM meetings;
    """)
    for table, kind, columns, _meeting in (*_INDEXED, _TITLE):
        _substring_triggers(db, table, SEARCH_KINDS.get(kind, TITLE_CODE), columns)
    db.execute(
        "INSERT INTO search_substrings(rowid, text) SELECT rowid, text FROM search "
        "WHERE text GLOB ?",
        [SUBSTRINGS_GLOB],
    )


def _substring_triggers(db: Database, table: str, code: int, columns: tuple[str, ...]) -> None:
    """Keep `search_substrings` in step with a table: its rows in those scripts only."""
    raw = " || ' ' || ".join(f"coalesce(new.{column}, '')" for column in columns)
    text = " || ' ' || ".join(f"{SEARCH_TEXT_FUNCTION}(new.{column})" for column in columns)
    if table == "meetings":
        text = "new.title"
    holds = f"({raw}) GLOB '{SUBSTRINGS_GLOB}'"
    insert = f"INSERT INTO search_substrings(rowid, text) SELECT new.rowid * 8 + {code}, {text}"
    delete = f"DELETE FROM search_substrings WHERE rowid = old.rowid * 8 + {code};"
    changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
    db.executescript(f"""
        CREATE TRIGGER {table}_substrings_insert AFTER INSERT ON {table} WHEN {holds}
        BEGIN {insert}; END;
        CREATE TRIGGER {table}_substrings_update AFTER UPDATE ON {table} WHEN {changed}
        BEGIN {delete} {insert} WHERE {holds}; END;
        CREATE TRIGGER {table}_substrings_delete AFTER DELETE ON {table}
        BEGIN {delete} END;
    """)


def _version_6_snapshots(db: Database) -> None:
    """The history of each note: a snapshot is the whole meeting as it was (JSON, every id
    kept: core/meeting_json.py), when (UTC, ISO 8601), why, and how many words had changed
    since the one before (see store/snapshots.py). Deleted with its meeting; a meeting in
    the trash keeps them."""
    db.executescript("""
        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            taken TEXT NOT NULL,
            reason TEXT NOT NULL,
            words_changed INTEGER NOT NULL,
            content TEXT NOT NULL
        );
        CREATE INDEX snapshots_meeting ON snapshots(meeting_id, taken);
    """)


IDENTITY_VERSION = 3  # from this version on, a library has an id and counts its commits
COUNT_COMMIT = "UPDATE library SET commits = commits + 1"

MIGRATIONS: list[Callable[[Database], None]] = [
    _version_1_tables,
    _version_2_search,
    _version_3_identity,
    _version_4_trash,
    _version_5_titles_and_substrings,
    _version_6_snapshots,
]
SUBSTRINGS_VERSION = 5  # from this version on, titles are indexed and search_substrings is
SCHEMA_VERSION = len(MIGRATIONS)
