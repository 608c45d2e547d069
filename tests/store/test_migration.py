"""Old library files are brought up to date, after a backup; new files are marked as ours."""

import datetime as dt
import sqlite3

import pytest
from sqlite_utils import Database

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.store import schema
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from tests.store.helpers import header_fields, killed_writer, raw, stored

RAPP = 0x52415050


def make_version_1_file(path):
    """A library as the first released version wrote it, made without the Library class."""
    connection = sqlite3.connect(path)
    db = Database(connection, execute_plugins=False)
    schema.MIGRATIONS[0](db)
    connection.execute("PRAGMA user_version = 1")
    stamp = "2023-05-02T09:00:00+00:00"
    with connection:
        connection.execute(
            "INSERT INTO meetings (id, body, title, date, symbol, place, language, status,"
            " background, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                "m1",
                "Working Group on Budget Reform",
                "Chairperson's note on the meeting held on 2 May 2023",
                "2023-05-02",
                "WG/BR/2023/2",
                "Geneva",
                "en",
                "final",
                '["Budget reform options (WG/BR/2023/1)"]',
                stamp,
                stamp,
            ],
        )
        connection.execute(
            "INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, label)"
            " VALUES ('a1', 'm1', NULL, 0, 'Core structure funding', '1.')"
        )
        connection.executemany(
            "INSERT INTO paragraphs (id, meeting_id, agenda_item_id, position, numbered, text)"
            " VALUES (?, 'm1', ?, ?, ?, ?)",
            [
                ("p1", None, 0, 1, "The meeting discussed the **unearmarked** contributions."),
                ("p2", "a1", 0, 1, "Delegates welcomed the *Midterm* review.[^f1]"),
                ("p3", "a1", 1, 0, "The meeting rose at noon."),
            ],
        )
        connection.execute(
            "INSERT INTO sub_items (id, paragraph_id, parent_id, position, text)"
            " VALUES ('s1', 'p2', NULL, 0, 'staffing tables')"
        )
        connection.execute(
            "INSERT INTO footnotes (id, meeting_id, text)"
            " VALUES ('f1', 'm1', 'Circulated as document WG/BR/2023/1.')"
        )
        connection.execute(
            "INSERT INTO action_items (id, meeting_id, position, what, owner, due, status,"
            " paragraph_id, continues_id) VALUES ('x1', 'm1', 0, 'Circulate the costings',"
            " 'Administration', '2023-06-30', 'open', 'p2', NULL)"
        )
    connection.close()


def expected_meeting():
    return Meeting(
        body="Working Group on Budget Reform",
        title="Chairperson's note on the meeting held on 2 May 2023",
        date=dt.date(2023, 5, 2),
        symbol="WG/BR/2023/2",
        place="Geneva",
        language="en",
        status=MeetingStatus.FINAL,
        background_documents=["Budget reform options (WG/BR/2023/1)"],
        opening=[
            Paragraph(
                Inline(
                    [
                        Run("The meeting discussed the "),
                        Run("unearmarked", strong=True),
                        Run(" contributions."),
                    ]
                ),
                id="p1",
            )
        ],
        agenda=[
            AgendaItem(
                title="Core structure funding",
                label="1.",
                id="a1",
                paragraphs=[
                    Paragraph(
                        Inline(
                            [
                                Run("Delegates welcomed the "),
                                Run("Midterm", emphasis=True),
                                Run(" review."),
                                FootnoteMarker("f1"),
                            ]
                        ),
                        sub_items=[SubItem(Inline.plain("staffing tables"), id="s1")],
                        id="p2",
                    ),
                    Paragraph(Inline.plain("The meeting rose at noon."), numbered=False, id="p3"),
                ],
            )
        ],
        footnotes={"f1": Footnote(Inline.plain("Circulated as document WG/BR/2023/1."), id="f1")},
        action_items=[
            ActionItem(
                what="Circulate the costings",
                owner="Administration",
                due="2023-06-30",
                status=ActionStatus.OPEN,
                paragraph_id="p2",
                id="x1",
            )
        ],
        id="m1",
    )


def test_the_hand_made_file_is_a_version_1_library(tmp_path):
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)
    assert header_fields(path) == (1, RAPP)
    with raw(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "search" not in tables


def test_a_version_1_file_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)

    with Library.open(path) as library:
        assert library.schema_version == schema.SCHEMA_VERSION
        assert library.load_meeting("m1") == expected_meeting()
        (summary,) = library.meetings()
        assert (summary.paragraphs, summary.open_action_items) == (2, 1)
        # Text written before search existed is found.
        assert [h.item_id for h in library.search("unearmarked")] == ["p1"]
        assert [(h.where, h.item_id) for h in library.search("midterm")] == [("paragraph", "p2")]
        assert [h.where for h in library.search("staffing")] == ["sub-item"]
        assert [h.where for h in library.search("circulated")] == ["footnote"]
        assert [h.where for h in library.search("core structure")] == ["heading"]
        assert [h.where for h in library.search("costings")] == ["action item"]
        # And the migrated file is written to like any other.
        meeting = library.load_meeting("m1")
        meeting.opening[0].text = Inline.plain("The meeting discussed earmarking.")
        assert library.save_meeting(meeting) == 2
        assert library.search("unearmarked") == []

    assert header_fields(path) == (schema.SCHEMA_VERSION, RAPP)
    assert stored(path, "m1").opening[0].text.plain_text() == "The meeting discussed earmarking."


def test_the_backup_beside_a_migrated_file_is_the_version_1_file(tmp_path):
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)
    Library.open(path).close()

    backups = sorted(tmp_path.glob("old.rapporteur.v1-backup-*"))
    assert len(backups) == 1
    backup = backups[0]
    assert header_fields(backup) == (1, RAPP)
    with raw(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT id FROM paragraphs ORDER BY id").fetchall() == [
            ("p1",),
            ("p2",),
            ("p3",),
        ]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "search" not in tables
    # It can still be read as a library, exactly as it was.
    assert stored(backup, "m1") == expected_meeting()


def test_opening_a_current_file_again_makes_no_new_backup(tmp_path):
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)
    Library.open(path).close()
    Library.open(path).close()
    assert len(list(tmp_path.glob("*-backup-*"))) == 1  # the backups/ folder is the daily ones


def test_a_new_file_holds_no_backup_and_is_marked_as_ours(tmp_path):
    path = tmp_path / "new.rapporteur"
    library = Library.open(path)
    # Marked at once, before anything is written to it.
    assert header_fields(path)[1] == RAPP
    library.close()

    assert header_fields(path) == (schema.SCHEMA_VERSION, RAPP)
    assert not list(tmp_path.glob("*backup*"))
    with raw(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone() == (RAPP,)
        assert connection.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)


def test_an_empty_file_becomes_a_new_library(tmp_path):
    path = tmp_path / "empty.rapporteur"
    path.touch()
    meeting = Meeting(title="First", opening=[Paragraph(Inline.plain("Hello"))])
    with Library.open(path) as library:
        library.add_meeting(meeting)
    assert header_fields(path) == (schema.SCHEMA_VERSION, RAPP)
    assert stored(path, meeting.id) == meeting


def test_a_migration_that_fails_leaves_the_file_at_its_old_version(tmp_path):
    """Each migration is one transaction: a failure half-way through undoes all of it."""
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)
    with raw(path) as connection:
        # Something in the file that the search migration trips over after its first steps.
        connection.execute(
            "CREATE TRIGGER footnotes_search_insert AFTER INSERT ON footnotes BEGIN SELECT 1; END"
        )
    with pytest.raises(LibraryError) as refused:
        Library.open(path)
    assert "\n" not in str(refused.value)
    assert header_fields(path) == (1, RAPP)
    with raw(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "search" not in names
    assert "paragraphs_search_insert" not in names
    assert stored(path, "m1") == expected_meeting()
    assert len(list(tmp_path.glob("old.rapporteur.v1-backup-*"))) == 1


def library_row(path):
    with raw(path) as connection:
        return connection.execute("SELECT id, commits FROM library").fetchall()


def test_every_library_gets_an_id_of_its_own_and_counts_its_commits(tmp_path):
    """Version 3: what tells a -wal beside a file whether it is the file's own."""
    old = tmp_path / "old.rapporteur"
    make_version_1_file(old)
    with Library.open(old) as library:
        [(old_id, migrated)] = library_row(old)
        meeting = library.load_meeting("m1")
        meeting.place = "Nairobi"
        library.save_meeting(meeting)
        library.flush()
        assert library_row(old) == [(old_id, migrated + 1)]
    new = tmp_path / "new.rapporteur"
    with Library.open(new) as library:
        library.add_meeting(Meeting(title="New", opening=[Paragraph(Inline.plain("One."))]))
    [(new_id, _)] = library_row(new)
    assert len({old_id, new_id}) == 2 and len(old_id) == 32

    copy = tmp_path / "copy.rapporteur"
    with raw(old) as source, raw(copy) as target:
        source.backup(target)
    assert library_row(copy) == library_row(old)  # a backup is the same library


def test_a_crash_wal_beside_a_library_from_before_ids_is_applied(tmp_path):
    """A library of version 1 or 2 has no id to compare yet: a sound -wal of ours is applied,
    also one that holds a half-done migration to version 3."""
    path = tmp_path / "old.rapporteur"
    make_version_1_file(path)
    killed_writer(path, "UPDATE meetings SET place = 'Nairobi'", journal_wal=True)
    before_id = tmp_path / "migrating.rapporteur"
    make_version_1_file(before_id)
    with raw(before_id) as connection:
        connection.create_function(schema.SEARCH_TEXT_FUNCTION, 1, schema.search_text)
        schema.MIGRATIONS[1](Database(connection, execute_plugins=False))
        connection.execute("PRAGMA user_version = 2")
        connection.commit()
    migration = [  # an edit of version 2, then migration 3 committed, then the crash
        "UPDATE meetings SET place = 'Nairobi'",
        "CREATE TABLE library (id TEXT NOT NULL, commits INTEGER NOT NULL)",
        "INSERT INTO library VALUES ('0123456789abcdef0123456789abcdef', 1)",
        "PRAGMA user_version = 3",
    ]
    killed_writer(before_id, *migration, journal_wal=True)

    for library_file in (path, before_id):
        with Library.open(library_file) as library:
            assert library.notices == []
            assert library.load_meeting("m1").place == "Nairobi"
            assert library.schema_version == schema.SCHEMA_VERSION
