"""A library saved while the user types leaves its checkpoints to a thread of its own: no
commit copies the -wal back into the file, and the thread does, soon after."""

from __future__ import annotations

import sqlite3
import time

from desktop_app.core.inline import Inline
from desktop_app.store import checkpoints
from desktop_app.store.library import Library
from tests.support.notes import generated_meeting


def test_saves_leave_the_checkpoint_to_the_thread_and_the_file_stays_whole(
    library_path, monkeypatch
):
    monkeypatch.setattr(checkpoints, "CHECKPOINT_EVERY_SECONDS", 0.2)
    library = Library.open(library_path)
    try:
        library.checkpoint_in_background()
        empty = library_path.stat().st_size  # stat only: no descriptor opened and closed
        meeting = generated_meeting(300, 30, seed=5)
        library.add_meeting(meeting)
        assert library_path.stat().st_size == empty  # the commit itself copied nothing back
        deadline = time.monotonic() + 10
        while library_path.stat().st_size == empty and time.monotonic() < deadline:
            time.sleep(0.05)
        assert library_path.stat().st_size > empty  # the thread's checkpoint did
        paragraph = next(iter(meeting.paragraphs()))
        for count in range(1, 30):
            paragraph.text = Inline.plain("word " * count)
            library.save_edits(meeting, [paragraph])
    finally:
        library.close()
    connection = sqlite3.connect(library_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    with Library.open(library_path, read_only=True) as reopened:
        again = reopened.load_meeting(meeting.id)
    assert next(iter(again.paragraphs())).text.plain_text() == "word " * 29
