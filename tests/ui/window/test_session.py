"""The saving session over the editor's note: an action item added is in the file once
saved, numbered by the paragraph it came from."""

from pathlib import Path

from desktop_app.store.library import Library
from desktop_app.ui.window.session import MeetingSession
from tests.ui.window_process import library_with_sample, reload


def test_an_action_item_added_is_in_the_library_once_saved(qtbot, editor, library_path: Path):
    meeting_id = library_with_sample(library_path)
    library = Library.open(library_path)
    try:
        session = MeetingSession(library, library.load_meeting(meeting_id), editor.note)
        paragraph = next(session.meeting.paragraphs()).id
        session.add_action_item("Circulate the draft", paragraph)
        assert session.has_unsaved_changes
        assert session.save_now()
        assert not session.has_unsaved_changes
        view = next(v for v in session.action_item_views() if v.what == "Circulate the draft")
        assert view.paragraph_number == 1  # it came from the first paragraph
        session.close()
    finally:
        library.close()
    saved = reload(library_path, meeting_id).action_items
    assert [(a.what, a.paragraph_id) for a in saved][-1] == ("Circulate the draft", paragraph)
