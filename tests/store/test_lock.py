"""One writer at a time; everyone else is told who holds the library and may read it."""

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.store.errors import LibraryInUse
from desktop_app.store.library import Library
from desktop_app.store.writer_lock import lock_path_for, writer_present
from tests.conftest import REPOSITORY
from tests.store.helpers import every_entity_meeting, stored

HOLDER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.core.inline import Inline
    from desktop_app.core.model import Meeting, Paragraph
    from desktop_app.store.library import Library

    library = Library.open(sys.argv[1])
    library.add_meeting(
        Meeting(title="Written by the other process", id="other0000000001",
                opening=[Paragraph(Inline.plain("Saved before the crash."))])
    )
    print("READY", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(library_path):
    """Another process holding the library for writing, after saving one meeting."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(library_path)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "READY", process.stderr.read()
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def test_a_second_writer_in_the_same_process_is_told_who_holds_the_library(library_path):
    meeting = every_entity_meeting()
    with Library.open(library_path) as first:
        first.add_meeting(meeting)
        with pytest.raises(LibraryInUse) as refused:
            Library.open(library_path)
        message = str(refused.value)
        assert getpass.getuser() in message
        assert socket.gethostname() in message
        assert f"process {os.getpid()}" in message
        assert "read-only" in message
        assert "\n" not in message

        # Reading works meanwhile, and sees what the writer saved.
        with Library.open(library_path, read_only=True) as reader:
            assert reader.load_meeting(meeting.id) == meeting
            assert [m.id for m in reader.meetings()] == [meeting.id]

        # The first writer is not disturbed by the refused second one.
        edited = first.load_meeting(meeting.id)
        edited.title = "Still writable"
        first.save_meeting(edited)
    assert stored(library_path, meeting.id).title == "Still writable"


def test_a_reader_sees_what_the_writer_saves_after_it_opened(library_path):
    with Library.open(library_path) as writer, Library.open(library_path, read_only=True) as reader:
        assert reader.meetings() == []
        meeting = Meeting(title="Late", opening=[Paragraph(Inline.plain("Arrives later."))])
        writer.add_meeting(meeting)
        assert reader.load_meeting(meeting.id) == meeting
        assert [h.item_id for h in reader.search("arrives")] == [meeting.opening[0].id]


def test_after_close_another_writer_may_open(library_path):
    meeting = every_entity_meeting()
    first = Library.open(library_path)
    first.add_meeting(meeting)
    first.close()
    with Library.open(library_path) as second:
        assert second.load_meeting(meeting.id) == meeting
    # Closing via the context manager frees it too.
    with Library.open(library_path) as third:
        assert not third.read_only


def test_another_process_holds_the_library_until_it_is_killed(library_path, holder):
    with pytest.raises(LibraryInUse) as refused:
        Library.open(library_path)
    assert f"process {holder.pid}" in str(refused.value)
    assert getpass.getuser() in str(refused.value)

    with Library.open(library_path, read_only=True) as reader:
        assert [m.title for m in reader.meetings()] == ["Written by the other process"]

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert holder.returncode == -signal.SIGKILL

    # A lock left by a crash never blocks, and what was saved before the crash is there.
    started = time.monotonic()
    with Library.open(library_path) as library:
        assert time.monotonic() - started < 2
        meeting = library.load_meeting("other0000000001")
        assert meeting.opening[0].text.plain_text() == "Saved before the crash."
        meeting.title = "Taken over"
        library.save_meeting(meeting)
    assert stored(library_path, "other0000000001").title == "Taken over"


def test_a_leftover_lock_file_with_garbage_does_not_block(library_path):
    meeting = every_entity_meeting()
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
    lock = library_path.with_name(library_path.name + ".lock")
    lock.write_bytes(b"\x00\xffnot json at all {{{\n" * 50)
    with Library.open(library_path) as library:
        assert library.load_meeting(meeting.id) == meeting


def test_a_leftover_lock_file_naming_a_dead_process_does_not_block(library_path):
    lock = library_path.with_name(library_path.name + ".lock")
    lock.write_text(
        '{"user": "someone", "host": "elsewhere", "pid": 99999999, "since": "2020-01-01T10:00"}',
        encoding="utf-8",
    )
    with Library.open(library_path) as library:
        assert library.meetings() == []


def test_a_holder_with_an_unreadable_lock_file_is_still_refused_plainly(library_path):
    """Even when the holder's details cannot be read, the second writer gets a message."""
    with Library.open(library_path):
        lock = library_path.with_name(library_path.name + ".lock")
        lock.write_text("garbage", encoding="utf-8")
        with pytest.raises(LibraryInUse) as refused:
            Library.open(library_path)
    assert "in use by another Rapporteur window" in str(refused.value)


def test_the_same_file_through_a_symbolic_link_has_one_writer(tmp_path):
    """The lock follows links: the same file reached another way has one writer too."""
    documents = tmp_path / "Documents"
    desktop = tmp_path / "Desktop"
    documents.mkdir()
    desktop.mkdir()
    real = documents / "notes.rapporteur"
    link = desktop / "notes.rapporteur"
    Library.open(real).close()
    link.symlink_to(real)
    with Library.open(real), pytest.raises(LibraryInUse):
        Library.open(link).close()


def test_a_reader_sees_whether_a_writer_is_at_work_without_taking_or_making_anything(
    library_path, holder
):
    lock = lock_path_for(library_path.resolve())
    content = lock.read_bytes()
    assert writer_present(library_path.resolve())
    assert lock.read_bytes() == content
    with pytest.raises(LibraryInUse):  # looking did not take the lock from its holder
        Library.open(library_path)

    holder.kill()
    holder.wait(timeout=10)
    assert not writer_present(library_path.resolve())
    with Library.open(library_path):
        assert writer_present(library_path.resolve())  # in this very process, too
    assert not writer_present(library_path.resolve())

    nowhere = library_path.with_name("never-opened.rapporteur")
    assert not writer_present(nowhere)
    assert not lock_path_for(nowhere).exists()
