"""The library file from the window: Ctrl+S says "Saved."; a save that fails is said at once
in the banner and on the status line, and goes once a save succeeds; a copy saved elsewhere
becomes the library the window works on; a read-only library restores no backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from tests.ui.keyboard import type_text
from tests.ui.window.helpers import Answering
from tests.ui.window_process import SYMBOL, library_with_sample, reload

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def open_window(qtbot):
    opened = []

    def open_on(path: Path, meeting: str | None = None):
        window = create_window(path, meeting)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # the window's keys (Ctrl+S) work in the active window
        qtbot.waitUntil(window.isActiveWindow)
        opened.append(window)
        return window

    yield open_on
    for window in opened:
        QTimer.singleShot(0, discard_unsaved_changes)  # the window asks when it cannot save
        window.close()
        window.library.close()


def discard_unsaved_changes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Discard).click()


@pytest.fixture
def answering(qtbot):
    answers = Answering().start()
    yield answers
    answers.stop()


def save_as_in_the_file_dialog(file_name: str) -> None:
    """Type `file_name` in the file dialog once it shows, and accept it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.findChild(QLineEdit).setText(file_name)
            dialog.accept()
        else:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(30, answer)


def test_ctrl_s_saves_and_says_so(qtbot, open_window, library_path):
    meeting_id = library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Saved by hand.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "Saved."
    assert window.saved_label.text().startswith("Saved 10:0")  # the test's clock: 10:00 on
    assert window.saved_label.toolTip() == f"Everything is saved in {library_path}"
    assert reload(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text() == (
        "Saved by hand."
    )


def test_a_save_leaves_a_notice_in_the_banner_and_takes_an_error_away(
    qtbot, open_window, library_path
):
    library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    window.files.save_failed("The disk is full.")
    assert window.saved_label.text() == "Not saved"
    assert window.banner.label.text() == (
        "The disk is full. Rapporteur keeps trying; your text is safe in this window."
    )
    type_text(window.editor, " Then more.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert not window.banner.isVisible()
    window.banner.show_notice("Yesterday's backup could not be made.")
    type_text(window.editor, " And more.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert window.banner.isVisible()
    assert window.banner.label.text() == "Yesterday's backup could not be made."


def test_a_full_disk_is_reported_at_once_and_the_text_saved_when_there_is_room(
    qtbot, open_window, library_path
):
    meeting_id = library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    # A real SQLite "disk full": the library may not grow by another page.
    connection = window.library._db
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    long_text = "The Working Group requested a long report." * 200
    QApplication.clipboard().setText(long_text)
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert "full" in window.banner.label.text()
    assert window.saved_label.text() == "Not saved"
    connection.execute("PRAGMA max_page_count = 1073741823")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved "), timeout=6000)
    assert not window.banner.isVisible()
    last = reload(library_path, meeting_id).agenda[-1].paragraphs[-1]
    assert last.text.plain_text() == long_text


def test_a_library_file_removed_while_open_is_reported_and_a_copy_keeps_the_work(
    qtbot, open_window, library_path, tmp_path
):
    library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    library_path.unlink()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Typed after the file was removed.")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert "moved or deleted" in window.banner.label.text()
    assert "Save a copy" in window.banner.label.text()
    copy = tmp_path / "rescued.rapporteur"
    assert window.continue_in_copy(copy)
    assert not window.banner.isVisible()
    type_text(window.editor, " Then more.")
    qtbot.waitUntil(lambda: not window.session.has_unsaved_changes, timeout=2000)
    with Library.open(copy, read_only=True) as rescued:
        meeting = rescued.load_meeting(rescued.meetings()[0].id)
    assert (
        meeting.agenda[-1].paragraphs[-1].text.plain_text()
        == "Typed after the file was removed. Then more."
    )


def test_save_a_copy_from_the_file_menu_goes_on_in_the_copy(
    qtbot, open_window, library_path, tmp_path
):
    meeting_id = library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Typed before the copy.")
    copy = tmp_path / "copy for the chair.rapporteur"
    save_as_in_the_file_dialog(str(copy))
    window.actions.save_copy.trigger()
    assert window.statusBar().currentMessage() == (
        f"The library was saved as {copy}; you are working on it."
    )
    assert window.library.path == copy
    window.activateWindow()  # as the desktop does once the file dialog is gone
    qtbot.waitUntil(window.isActiveWindow)
    type_text(window.editor, " Then in the copy.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert reload(copy, meeting_id).agenda[-1].paragraphs[-1].text.plain_text() == (
        "Typed before the copy. Then in the copy."
    )
    first = reload(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()
    assert "in the copy" not in first  # the first library is no longer written


def test_a_copy_that_cannot_be_made_is_said_and_the_window_stays_on_its_library(
    open_window, library_path, tmp_path, answering
):
    library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    assert not window.continue_in_copy(tmp_path / "no such folder" / "copy.rapporteur")
    [(title, _text)] = answering.seen
    assert title == "Cannot save a copy"
    assert window.library.path == library_path and not window.library.read_only


def test_a_read_only_library_restores_no_backup_and_says_why(read_only_sample_window, answering):
    read_only_sample_window.actions.restore_backup.trigger()
    [(title, text)] = answering.seen
    assert title == "Cannot restore a backup"
    assert "is in use by" in text and text.endswith("A backup cannot be restored here.")
