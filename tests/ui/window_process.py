"""The real window in a process of its own (tests/ui/drive_window.py), for the tests that
must kill it, signal it, or run it with other permissions; and the sample library it opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.model import Meeting, MeetingStatus
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from tests.conftest import REPOSITORY, SAMPLE_NOTE

SYMBOL = "WG/REL/2017/7"  # the sample meeting's


def library_with_sample(path: Path) -> str:
    """A library holding the sample meeting as a draft, as the window's "Open the sample
    meeting" adds it (as issued, it is final: read-only in the window); returns its id."""
    with Library.open(path) as library:
        meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
        meeting.status = MeetingStatus.DRAFT
        library.add_meeting(meeting)
    return meeting.id


def reload(path: Path, meeting_id: str) -> Meeting:
    """The meeting as the library file holds it now."""
    with Library.open(path, read_only=True) as library:
        return library.load_meeting(meeting_id)


def start_window(
    library: Path,
    *extra: str,
    user: int | None = None,
    home: Path | None = None,
    prefix: Sequence[str] = (),
) -> subprocess.Popen[str]:
    """The window on `library` (showing the meeting `extra` names, if any), once it says it
    is ready: as `user`, with `home` as every settings folder, or run through `prefix` (e.g.
    an ordinary user's permissions)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    if home is not None:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"):
            environment[variable] = str(home)
        environment["XDG_RUNTIME_DIR"] = str(home)
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", "tests.ui.drive_window", str(library), *extra],
        cwd=REPOSITORY,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        user=user,
        group=user,
    )
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline()) == "ready", process.stderr.read()
    return process


def send(process: subprocess.Popen[str], command: dict[str, object]) -> object:
    """One command to the window, and its answer."""
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(json.dumps(command) + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def stop(process: subprocess.Popen[str]) -> None:
    """End the window as its standard input closing does (it quits, saving everything)."""
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
