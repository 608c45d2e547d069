"""Undo and redo of the action items, on a real session over a real library file: each step
taken back is taken back in the file too, and an edit of many keystrokes is one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.model import ActionStatus
from desktop_app.store.library import Library
from desktop_app.ui.action_items.undo import ActionItemHistory
from desktop_app.ui.window.session import MeetingSession
from tests.ui.window_process import library_with_sample, reload


@pytest.fixture
def opened(editor, library_path: Path) -> Iterator[tuple[MeetingSession, str]]:
    """A session on the sample meeting, and the meeting's id."""
    meeting_id = library_with_sample(library_path)
    library = Library.open(library_path)
    session = MeetingSession(library, library.load_meeting(meeting_id), editor.note)
    yield session, meeting_id
    session.close()
    library.close()


def saved_whats(library_path: Path, meeting_id: str) -> list[str]:
    return [action.what for action in reload(library_path, meeting_id).action_items]


def test_a_deletion_undone_is_back_in_its_place_in_the_file(opened, library_path):
    session, meeting_id = opened
    history = ActionItemHistory()
    before = saved_whats(library_path, meeting_id)
    second = session.meeting.action_items[1].id
    history.delete(session, second)
    assert session.save_and_flush()
    assert saved_whats(library_path, meeting_id) == before[:1] + before[2:]
    assert history.undo(session) == second
    assert session.save_and_flush()
    assert saved_whats(library_path, meeting_id) == before
    assert history.redo(session) == second  # deleted again
    assert session.save_and_flush()
    assert saved_whats(library_path, meeting_id) == before[:1] + before[2:]


def test_words_typed_into_one_item_are_one_step(opened, library_path):
    session, meeting_id = opened
    history = ActionItemHistory()
    first = session.meeting.action_items[0]
    words = first.what
    for typed in ("P", "Pr", "Pro", "Prov"):
        history.change(session, first.id, "what", typed)
    history.change(session, first.id, "owner", "Secretariat")
    assert history.undo(session) == first.id
    assert session.save_and_flush()
    saved = reload(library_path, meeting_id).action_items[0]
    assert (saved.what, saved.owner) == (words, "IOM Administration")
    assert not history.can_undo(session)


def test_a_change_of_status_is_a_step_of_its_own(opened):
    session, _ = opened
    history = ActionItemHistory()
    first = session.meeting.action_items[0]
    history.change(session, first.id, "what", "Provide two papers")
    history.change(session, first.id, "status", ActionStatus.DONE)
    history.undo(session)
    assert session.action_item(first.id).status is ActionStatus.OPEN
    assert session.action_item(first.id).what == "Provide two papers"


def test_a_new_step_keeps_the_next_words_apart(opened):
    session, _ = opened
    history = ActionItemHistory()
    first = session.meeting.action_items[0]
    history.change(session, first.id, "what", "Provide two papers")
    history.new_step()  # the editor was closed and opened again
    history.change(session, first.id, "what", "Provide two short papers")
    history.undo(session)
    assert session.action_item(first.id).what == "Provide two papers"


def test_a_new_change_forgets_what_could_be_made_again(opened):
    session, _ = opened
    history = ActionItemHistory()
    first = session.meeting.action_items[0]
    history.change(session, first.id, "status", ActionStatus.DONE)
    history.undo(session)
    assert history.can_redo(session)
    history.change(session, first.id, "owner", "Secretariat")
    assert not history.can_redo(session)
    assert history.redo(session) is None
    assert session.action_item(first.id).status is ActionStatus.OPEN
