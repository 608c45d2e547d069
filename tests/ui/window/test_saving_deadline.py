"""The session's saving, with the real editor: while the user keeps typing, every change is
saved within a second of being typed, not only once the typing stops."""

from __future__ import annotations

import time
from pathlib import Path

from desktop_app.store.library import Library
from desktop_app.ui.window.session import MeetingSession
from tests.ui.keyboard import type_text
from tests.ui.window_process import library_with_sample, reload

KEYSTROKE_INTERVAL_MS = 150  # about 7 characters a second
TYPING_SECONDS = 3.0
WITHIN_SECONDS = 1.0


def test_typing_without_a_pause_is_saved_within_a_second_of_each_keystroke(
    qtbot, editor, library_path: Path
):
    meeting_id = library_with_sample(library_path)
    library = Library.open(library_path)
    try:
        session = MeetingSession(library, library.load_meeting(meeting_id), editor.note)
        saves: list[float] = []
        session.saved.connect(lambda _when: saves.append(time.monotonic()))
        editor.go_to_end()
        keystrokes: list[float] = []
        typed = ""
        started = time.monotonic()
        while time.monotonic() - started < TYPING_SECONDS:
            character = "abcdefghij"[len(typed) % 10]
            type_text(editor, character)
            typed += character
            keystrokes.append(time.monotonic())
            qtbot.wait(KEYSTROKE_INTERVAL_MS)
        qtbot.waitUntil(lambda: not session.has_unsaved_changes, timeout=3000)
        late = [
            round(typed_at - started, 2)
            for typed_at in keystrokes
            if not any(typed_at <= saved_at <= typed_at + WITHIN_SECONDS for saved_at in saves)
        ]
        assert late == [], f"keystrokes not saved within a second (s after start): {late}"
        assert len(saves) >= TYPING_SECONDS / WITHIN_SECONDS  # again and again, while typing
        session.close()
    finally:
        library.close()
    last = reload(library_path, meeting_id).agenda[-1].paragraphs[-1]
    assert last.text.plain_text().endswith(typed)
