"""The window on a library a read-only session left behind: writable when it is, and
read-only with the banner at once when it is not."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from tests.support.ordinary_user import (
    another_user_can_be_simulated,
    leave_side_files_as_another_reader,
    ordinary_user_prefix,
)
from tests.ui.window_process import SYMBOL, library_with_sample, reload, send, start_window, stop


def side_files(library: Path) -> list[Path]:
    return [library.with_name(library.name + s) for s in ("-wal", "-shm")]


@pytest.fixture
def after_a_read_only_window(library_path: Path) -> tuple[Path, str]:
    """A library a window read while it was 0444, and another SQLite program too (leaving
    its -wal and -shm at 0444), then made 0644, as the banner advised."""
    meeting_id = library_with_sample(library_path)
    library_path.chmod(0o444)
    window = start_window(library_path, SYMBOL, prefix=ordinary_user_prefix())
    try:
        state = send(window, {"state": True})
        assert isinstance(state, dict) and state["read_only"], state
        assert "read-only" in state["banner"]
    finally:
        stop(window)
    assert not any(p.exists() for p in side_files(library_path))  # the window read quietly
    leave_side_files_as_another_reader(library_path)
    assert [stat.S_IMODE(p.stat().st_mode) for p in side_files(library_path)] == [0o444] * 2
    library_path.chmod(0o644)
    return library_path, meeting_id


def test_after_chmod_644_the_window_is_writable_and_saves_every_word(after_a_read_only_window):
    library, meeting_id = after_a_read_only_window
    window = start_window(library, SYMBOL, prefix=ordinary_user_prefix())
    try:
        state = send(window, {"state": True})
        assert isinstance(state, dict)
        assert not state["read_only"] and not state["banner"]
        assert send(window, {"key": "Return"}) == "pressed"
        assert send(window, {"text": "Written once the file was writable."}) == "typed"
        deadline = time.monotonic() + 10
        last = ""
        while time.monotonic() < deadline and last != "Written once the file was writable.":
            time.sleep(0.2)
            last = reload(library, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()
        assert last == "Written once the file was writable."
        state = send(window, {"state": True})
        assert isinstance(state, dict) and not state["banner"]
    finally:
        stop(window)


@pytest.mark.skipif(not another_user_can_be_simulated(), reason="needs a file of another user")
def test_a_shm_that_cannot_be_written_opens_read_only_with_the_banner_at_once(
    after_a_read_only_window,
):
    library, meeting_id = after_a_read_only_window
    before = reload(library, meeting_id)
    os.chown(side_files(library)[1], 65534, 65534)  # another user's, and 0444
    window = start_window(library, SYMBOL, prefix=ordinary_user_prefix())
    try:
        state = send(window, {"state": True})
        assert isinstance(state, dict)
        assert state["read_only"] and state["editor_read_only"]
        assert "cannot be written" in state["banner"] and "read-only" in state["banner"]
        assert "(read-only)" in state["title"]
    finally:
        stop(window)
    with Library.open(library, read_only=True) as reader:
        assert reader.load_meeting(meeting_id) == before
