"""Files that are not ours, or are damaged, are refused plainly and never changed."""

import random
import shutil
import sqlite3

import pytest

from desktop_app.store.errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryMissing,
    LibraryTooNew,
    NotALibrary,
)
from desktop_app.store.library import Library
from desktop_app.store.schema import SCHEMA_VERSION
from tests.store.helpers import header_fields, killed_writer, raw, sha256, side_files, stored
from tests.support.notes import generated_meeting

PNG_START = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    """A closed library of a few hundred paragraphs: many pages, no WAL beside it."""
    path = tmp_path_factory.mktemp("big") / "big.rapporteur"
    meeting = generated_meeting(300, 40, seed=7)
    with Library.open(path) as library:
        library.add_meeting(meeting)
    assert not path.with_name(path.name + "-wal").exists()
    assert path.stat().st_size > 100 * 4096
    return path, meeting


def text_file(path):
    path.write_text("Minutes of the meeting\n\n1. The meeting opened at 10 a.m.\n", "utf-8")


def png_file(path):
    path.write_bytes(PNG_START + random.Random(1).randbytes(5000))


def foreign_sqlite_file(path):
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ana', '+41 22 000 00 00')")
    connection.close()
    assert header_fields(path)[1] == 0


def sqlite_magic_only(path):
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")


FOREIGN = {
    "text": text_file,
    "png": png_file,
    "other program's database": foreign_sqlite_file,
    "cut-off header": sqlite_magic_only,
}


def truncated_library(source, path):
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def library_with_garbage_page(source, path):
    shutil.copyfile(source, path)
    with path.open("r+b") as file:
        file.seek(8192)
        file.write(random.Random(42).randbytes(4096))


DAMAGED = {"truncated": truncated_library, "garbage page": library_with_garbage_page}


def refused(path, read_only):
    with pytest.raises(LibraryError) as caught:
        Library.open(path, read_only=read_only)
    return caught.value


def assert_plain(error, path):
    message = str(error)
    assert "\n" not in message, message
    assert str(path) in message
    assert message == error.message


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
@pytest.mark.parametrize("make", FOREIGN.values(), ids=FOREIGN.keys())
def test_a_file_that_is_not_ours_is_refused_and_untouched(tmp_path, make, read_only):
    path = tmp_path / "chosen.rapporteur"
    make(path)
    before = sha256(path)

    error = refused(path, read_only)

    assert isinstance(error, NotALibrary | LibraryCorrupt)
    assert_plain(error, path)
    assert "Rapporteur library" in str(error) or "damaged" in str(error)
    assert sha256(path) == before
    # Nothing was made beside it: no -wal, -shm, -journal, lock file or backup.
    assert [p.name for p in tmp_path.iterdir()] == ["chosen.rapporteur"]


def test_the_messages_say_what_the_file_is(tmp_path):
    text = tmp_path / "notes.txt"
    text_file(text)
    other = tmp_path / "contacts.db"
    foreign_sqlite_file(other)
    assert "not an SQLite database" in str(refused(text, False))
    assert "another program" in str(refused(other, True))


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
def test_a_folder_is_refused(tmp_path, read_only):
    folder = tmp_path / "meetings"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", "utf-8")
    error = refused(folder, read_only)
    assert isinstance(error, NotALibrary)
    assert_plain(error, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
@pytest.mark.parametrize("damage", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_library_is_refused_and_untouched(tmp_path, big_library, damage, read_only):
    """Checked on opening, for writing and for reading alike, with a one-line message."""
    path = tmp_path / "damaged.rapporteur"
    damage(big_library[0], path)
    before = sha256(path)

    error = refused(path, read_only)

    assert isinstance(error, LibraryCorrupt)
    assert "damaged" in str(error)
    assert "has not changed it" in str(error)
    assert sha256(path) == before
    assert_plain(error, path)


@pytest.mark.parametrize("damage", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_refused_damaged_library_is_let_go_at_once(tmp_path, big_library, damage):
    """A refused file is closed at once (so it can be replaced by its backup)."""
    path = tmp_path / "damaged.rapporteur"
    damage(big_library[0], path)

    try:
        Library.open(path)
    except LibraryCorrupt as error:
        message = str(error)
    assert "damaged" in message

    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name != "damaged.rapporteur.lock")
    assert leftovers == ["damaged.rapporteur"]


def test_reading_a_damaged_library_never_shows_raw_sqlite_errors(tmp_path, big_library):
    """Whatever opening read-only lets through, reading the damage raises our own error."""
    path = tmp_path / "damaged.rapporteur"
    library_with_garbage_page(big_library[0], path)
    before = sha256(path)
    with pytest.raises(LibraryCorrupt):
        library = Library.open(path, read_only=True)
        try:
            for summary in library.meetings():
                library.load_meeting(summary.id)
        finally:
            library.close()
    assert sha256(path) == before


def newer_library(source, path):
    """A real library whose header says it was written by a newer Rapporteur."""
    shutil.copyfile(source, path)
    assert not source.with_name(source.name + "-wal").exists()  # nothing left to checkpoint
    with path.open("r+b") as file:
        file.seek(60)
        file.write((SCHEMA_VERSION + 1).to_bytes(4, "big"))
    assert header_fields(path)[0] == SCHEMA_VERSION + 1


def test_a_newer_library_is_refused_for_writing_but_can_be_read(tmp_path, big_library):
    source, meeting = big_library
    path = tmp_path / "newer.rapporteur"
    newer_library(source, path)
    before = sha256(path)

    with pytest.raises(LibraryTooNew) as caught:
        Library.open(path)
    assert "written by a newer version of Rapporteur" in str(caught.value)
    assert_plain(caught.value, path)
    assert sha256(path) == before

    with Library.open(path, read_only=True) as library:
        assert library.read_only
        assert [m.id for m in library.meetings()] == [meeting.id]
        assert library.load_meeting(meeting.id) == meeting
        assert library.search("the")
    assert sha256(path) == before

    assert stored(path, meeting.id) == meeting
    assert sha256(path) == before


def test_reading_a_library_that_is_not_there_says_so_and_creates_nothing(tmp_path):
    path = tmp_path / "nowhere.rapporteur"
    with pytest.raises(LibraryMissing) as caught:
        Library.open(path, read_only=True)
    assert_plain(caught.value, path)
    assert list(tmp_path.iterdir()) == []


# Refused with a -wal beside the file: SQLite would replay it into the main file and delete
# it (and the -shm) on closing a connection that can write, and a reader writes to the -shm.


@pytest.fixture
def library_with_wal(tmp_path, big_library):
    """A copy of the big library and a function leaving statements in a -wal beside it."""
    path = tmp_path / "crashed.rapporteur"
    shutil.copyfile(big_library[0], path)

    def leave_in_wal(*statements):
        killed_writer(path, *statements)
        return path

    return leave_in_wal


def damage_pages(path, first=20, count=10):
    with path.open("r+b") as file:
        file.seek(first * 4096)
        file.write(random.Random(first).randbytes(count * 4096))


def assert_nothing_made_beside(path):
    names = {p.name for p in path.parent.iterdir()}
    made = names - {path.name + s for s in ("", "-wal", "-shm", ".lock")}
    assert not made, made


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
def test_a_damaged_library_with_a_wal_is_refused_and_its_three_files_untouched(
    library_with_wal, read_only
):
    path = library_with_wal("UPDATE meetings SET place = 'Nairobi'")
    damage_pages(path)
    before = side_files(path)
    assert None not in before.values()

    error = refused(path, read_only)

    assert isinstance(error, LibraryCorrupt)
    assert "has not changed it" in str(error)
    assert_plain(error, path)
    assert side_files(path) == before
    assert_nothing_made_beside(path)


def test_a_library_newer_only_in_its_wal_is_refused_for_writing_untouched(
    library_with_wal, big_library
):
    path = library_with_wal(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert header_fields(path)[0] == SCHEMA_VERSION  # the main file does not say so
    before = side_files(path)

    with pytest.raises(LibraryTooNew) as caught:
        Library.open(path)

    assert f"library format {SCHEMA_VERSION + 1}" in str(caught.value)
    assert_plain(caught.value, path)
    assert side_files(path) == before
    assert_nothing_made_beside(path)

    with Library.open(path, read_only=True) as library:
        assert library.schema_version == SCHEMA_VERSION + 1
        assert [m.id for m in library.meetings()] == [big_library[1].id]
    assert {k: before[k] for k in ("main", "-wal")} == {
        k: side_files(path)[k] for k in ("main", "-wal")
    }


def test_a_wal_making_the_library_another_programs_is_not_its_own(library_with_wal, big_library):
    """Such a -wal is not the library's: a reader leaves it and reads the main file alone,
    a writer sets it aside, and the library is opened as it was before the -wal."""
    path = library_with_wal("PRAGMA application_id = 1234")
    before = side_files(path)

    with Library.open(path, read_only=True) as reader:
        [notice] = reader.notices
        assert "is not the library's own" in notice
        assert [m.id for m in reader.meetings()] == [big_library[1].id]
    assert side_files(path) == before

    with Library.open(path) as writer:
        [notice] = writer.notices
        assert "set aside" in notice
        assert [m.id for m in writer.meetings()] == [big_library[1].id]
    [aside] = [p for p in path.parent.iterdir() if ".set-aside-" in p.name and "-wal" in p.name]
    assert sha256(aside) == before["-wal"]
    assert header_fields(path)[1] == 0x52415050


def foreign_wal_database(path):
    killed_writer(
        path,
        "CREATE TABLE contacts (name TEXT, phone TEXT)",
        "INSERT INTO contacts VALUES ('Ana', '+41 22 000 00 00')",
        journal_wal=True,
    )


def empty_file_beside_a_foreign_wal(path):
    """An empty main file, which alone could be made a new library, but its -wal holds
    another program's data."""
    foreign_wal_database(path)
    path.write_bytes(b"")


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
@pytest.mark.parametrize(
    "make", [foreign_wal_database, empty_file_beside_a_foreign_wal], ids=["database", "empty"]
)
def test_another_programs_database_with_a_wal_is_refused_untouched(tmp_path, make, read_only):
    path = tmp_path / "contacts.db"
    make(path)
    before = side_files(path)

    error = refused(path, read_only)

    assert isinstance(error, NotALibrary)
    assert "another program" in str(error)
    assert_plain(error, path)
    assert side_files(path) == before
    assert_nothing_made_beside(path)


def test_a_sound_library_left_with_a_wal_opens_with_what_the_wal_holds(library_with_wal):
    """Checking a copy does not stand in the way: the crashed writer's last commit is kept."""
    path = library_with_wal("UPDATE meetings SET place = 'Nairobi'")
    with Library.open(path) as library:
        [summary] = library.meetings()
        assert library.load_meeting(summary.id).place == "Nairobi"
    assert not path.with_name(path.name + "-wal").exists()
    with raw(path) as connection:
        assert connection.execute("SELECT place FROM meetings").fetchall() == [("Nairobi",)]


def test_damage_found_while_a_writer_holds_the_library_is_refused_for_reading(
    tmp_path, big_library
):
    """With a writer at work the file cannot be checked apart: SQLite's own reader checks it."""
    path = tmp_path / "in-use.rapporteur"
    shutil.copyfile(big_library[0], path)
    with Library.open(path) as writer:
        damage_pages(path)
        with pytest.raises(LibraryCorrupt):
            Library.open(path, read_only=True)
        assert writer.path == path
