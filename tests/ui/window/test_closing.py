"""Closing the window: everything typed is saved first, in the note and in a footnote being
edited; a save that fails asks before anything is lost, unless the application must end now;
the window's size is remembered, and an export under way is finished."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.formats.export import ExportFormat
from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from desktop_app.ui.export.dialog import ExportChoice
from tests.support.notes import generated_meeting
from tests.ui.keyboard import focused, type_text
from tests.ui.window.helpers import Answering, settings_in

NOT_SAVED = "The latest changes could not be saved. Close anyway and lose them?"
BUTTON = QMessageBox.StandardButton


def saved_meeting(library_path: Path, meeting_id: str):
    with Library.open(library_path, read_only=True) as library:
        return library.load_meeting(meeting_id)


def last_paragraph(library_path: Path, meeting_id: str) -> str:
    return saved_meeting(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()


def type_a_paragraph(qtbot, window, text: str) -> None:
    window.editor.setFocus()
    window.editor.go_to_end()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, text)


@pytest.fixture
def answering(qtbot):
    """Message boxes answered with the button the test sets (else their default one)."""
    answers = Answering().start()
    yield answers
    answers.stop()


@pytest.fixture
def full_disk(sample_window):
    """The sample window's library may not grow by one page: its saves fail, until undone."""
    connection = sample_window.library._db
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    yield lambda: connection.execute("PRAGMA max_page_count = 1073741823")
    connection.execute("PRAGMA max_page_count = 1073741823")


def test_words_typed_just_before_closing_are_saved(qtbot, sample_window, library_path):
    meeting_id = sample_window.session.meeting.id
    type_a_paragraph(qtbot, sample_window, "The meeting rose at 6 p.m.")
    sample_window.close()  # at once: the session's short pause has not run out
    assert not sample_window.isVisible()
    assert last_paragraph(library_path, meeting_id) == "The meeting rose at 6 p.m."


def test_footnote_words_typed_just_before_closing_the_window_are_saved(
    qtbot, sample_window, library_path
):
    meeting_id = sample_window.session.meeting.id
    sample_window.footnotes.edit_footnote(next(iter(sample_window.session.meeting.footnotes)))
    type_text(focused(), " FOOTWORDS")
    sample_window.close()  # at once: the panel's short pause has not run out

    with Library.open(library_path, read_only=True) as library:
        saved = library.load_meeting(meeting_id)
    assert (
        next(iter(saved.footnotes.values()))
        .text.plain_text()
        .endswith("Puerto Vallarta. FOOTWORDS")
    )


def test_a_save_that_fails_asks_and_cancel_keeps_the_window_and_the_words(
    qtbot, sample_window, library_path, full_disk, answering
):
    meeting_id = sample_window.session.meeting.id
    long_text = "The Working Group requested a long report. " * 200
    type_a_paragraph(qtbot, sample_window, "x")
    sample_window.editor.insertPlainText(long_text)
    answering.button = BUTTON.Cancel
    sample_window.close()
    assert answering.seen == [("Not saved", NOT_SAVED)]
    assert sample_window.isVisible() and sample_window.session is not None
    full_disk()  # room again: closing now saves
    sample_window.close()
    assert not sample_window.isVisible()
    assert last_paragraph(library_path, meeting_id) == "x" + long_text


def test_a_save_that_fails_and_discard_closes_the_window(
    qtbot, sample_window, full_disk, answering
):
    type_a_paragraph(qtbot, sample_window, "x")
    sample_window.editor.insertPlainText("The Working Group requested a long report. " * 200)
    answering.button = BUTTON.Discard
    sample_window.close()
    assert [title for title, _text in answering.seen] == ["Not saved"]
    assert not sample_window.isVisible() and sample_window.session is None


def test_a_window_that_must_end_now_asks_nothing(qtbot, sample_window, full_disk, answering):
    type_a_paragraph(qtbot, sample_window, "x")
    sample_window.editor.insertPlainText("The Working Group requested a long report. " * 200)
    sample_window.ending = True  # a stop signal, the desktop session ending
    sample_window.close()
    qtbot.wait(60)  # a question would have been seen by now
    assert answering.seen == []
    assert not sample_window.isVisible()


def test_a_read_only_window_closes_without_a_question(qtbot, read_only_sample_window, answering):
    read_only_sample_window.close()
    qtbot.wait(60)
    assert answering.seen == [] and not read_only_sample_window.isVisible()


def test_closing_remembers_the_window_size_and_its_docks_for_the_next_window(
    qtbot, library_path, tmp_path
):
    with settings_in(tmp_path / "settings"):
        first = create_window(library_path)
        qtbot.addWidget(first)
        first.show()
        first.resize(705, 559)
        first.actions_dock.hide()
        first.close()
        first.library.close()
        second = create_window(library_path)
        qtbot.addWidget(second)
        try:
            assert (second.width(), second.height()) == (705, 559)
            assert second.actions_dock.isHidden() and not second.agenda_dock.isHidden()
        finally:
            second.library.close()


def test_closing_the_window_during_an_export_finishes_the_file_without_an_error(
    qtbot, window, tmp_path, capfd
):
    meeting = generated_meeting(1000, 100)
    window.meetings.add_to_library(meeting)
    window.open_meeting(meeting.id)
    target = tmp_path / "long note.pdf"
    window.start_export(ExportChoice(ExportFormat.PDF, target, False))
    window.close()
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.wait(50)  # any late signal would be delivered, and complain, now
    assert "Traceback" not in capfd.readouterr().err
