"""A note marked final opens read-only until it is reopened for editing, which makes it a
draft again; a note marked final while on screen is read-only at once."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.model import MeetingStatus
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from tests.conftest import SAMPLE_NOTE
from tests.ui.keyboard import type_text

LAST_WORDS = "meetings of the Working Group on IOM–UN Relations and Related Issues."


@pytest.fixture
def final_window(qtbot, library_path):
    """The window on the sample meeting as issued: final."""
    with Library.open(library_path) as library:
        meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
        assert meeting.status is MeetingStatus.FINAL
        library.add_meeting(meeting)
    shown = create_window(library_path)
    shown.show()
    qtbot.waitExposed(shown)
    shown.start(meeting.id)
    yield shown
    shown.close()
    shown.library.close()


def note_text(window) -> str:
    return window.editor.toPlainText()


def stored_status(window) -> MeetingStatus:
    with Library.open(window.library.path, read_only=True) as reader:
        return reader.load_meeting(window.session.meeting_id).status


def test_a_final_note_opens_read_only_and_says_so_above_the_note(qtbot, final_window):
    w = final_window
    before = note_text(w)
    assert w.editor.isReadOnly()
    assert w.meeting_header.final.isVisible() and not w.meeting_header.draft.isVisible()
    assert w.meeting_header.reopen_button.isVisible()
    assert w.meeting_header.reopen_button.text() == "Reopen"
    assert w.actions.reopen.text() == "Reopen for &editing"  # in the File menu
    w.editor.setFocus()
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    type_text(w.editor, "A stray keystroke")
    qtbot.keyClick(w.editor, Qt.Key.Key_Backspace)
    assert note_text(w) == before
    for command in ("new_action_item", "details", "undo", "redo"):
        assert not getattr(w.actions, command).isEnabled(), command
    assert not w.note_commands.bold.isEnabled()
    assert w.actions.export.isEnabled() and w.actions.reopen.isEnabled()
    assert w.actions.new_meeting.isEnabled()  # other meetings are not final


def test_reopening_makes_it_a_draft_to_edit_and_keeps_what_is_typed(qtbot, final_window):
    w = final_window
    qtbot.mouseClick(w.meeting_header.reopen_button, Qt.MouseButton.LeftButton)
    assert not w.editor.isReadOnly()
    assert w.meeting_header.draft.isVisible() and not w.meeting_header.final.isVisible()
    assert not w.meeting_header.reopen_button.isVisible()
    assert not w.actions.reopen.isEnabled() and w.actions.details.isEnabled()
    assert w.editor.hasFocus()
    assert note_text(w).endswith(LAST_WORDS)
    qtbot.keyClick(w.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    type_text(w.editor, "Corrected after the meeting.")
    assert w.session.save_now()
    assert stored_status(w) is MeetingStatus.DRAFT
    with Library.open(w.library.path, read_only=True) as reader:
        last = reader.load_meeting(w.session.meeting_id).agenda[-1].paragraphs[-1]
    assert last.text.plain_text() == "Corrected after the meeting."


def test_a_note_marked_final_is_read_only_at_once_and_stays_so_when_opened_again(
    qtbot, sample_window
):
    w = sample_window
    assert not w.editor.isReadOnly()  # the sample, as the window adds it, is a draft
    details = dataclasses.replace(w.session.details(), status=MeetingStatus.FINAL)
    w.session.set_details(details)  # what Meeting details does when Final is chosen
    assert w.editor.isReadOnly() and w.meeting_header.reopen_button.isVisible()
    assert not w.actions.undo.isEnabled()
    assert w.session.save_now() and stored_status(w) is MeetingStatus.FINAL
    meeting_id = w.session.meeting_id
    w.library_page.show()
    assert not w.actions.reopen.isEnabled()  # no note on screen to reopen
    w.library_page.open(meeting_id)
    assert w.editor.isReadOnly() and w.actions.reopen.isEnabled()


def test_a_final_note_in_a_read_only_library_offers_no_reopening(qtbot, library_path):
    with Library.open(library_path) as holder:
        meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
        holder.add_meeting(meeting)
        window = create_window(library_path, meeting.id)
        qtbot.addWidget(window)
        window.show()
        assert window.library.read_only and window.editor.isReadOnly()
        assert window.meeting_header.final.isVisible()
        assert not window.meeting_header.reopen_button.isVisible()
        assert not window.actions.reopen.isEnabled()
        window.close()
        window.library.close()
