"""The window and its library file: saved within a second, never a lost word, read-only where
another window holds the file or it cannot be written. (What the window says of a save that
fails, and the copy to go on in: see test_library_files.py.)"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from tests.conftest import SAMPLE_NOTE
from tests.ui.keyboard import type_text
from tests.ui.window_process import SYMBOL, library_with_sample, reload, send, start_window


@pytest.fixture
def open_window(qtbot):
    opened = []

    def open_on(path: Path, meeting: str | None = None):
        window = create_window(path, meeting)
        window.show()
        qtbot.waitExposed(window)
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


def test_an_empty_library_offers_a_new_meeting_and_the_sample(qtbot, open_window, library_path):
    window = open_window(library_path)
    assert window.centre.currentWidget() is window.welcome
    window.welcome.open_sample_requested.emit()
    assert window.windowTitle().startswith(SYMBOL)
    labels = [b.label for b in window.editor.note.structure().rows if b.label]
    assert labels[:3] == ["1.", "2.", "3."] and labels[-1] == "29."


def test_meeting_opens_a_meeting_with_the_cursor_at_its_end(open_window, library_path):
    library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    cursor = window.editor.textCursor()
    assert cursor.block() == window.editor.note.lastBlock()
    assert cursor.atBlockEnd()


def test_the_last_meeting_the_window_size_and_the_panes_come_back(qtbot, open_window, library_path):
    library_with_sample(library_path)
    other = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8").replace(SYMBOL, "WG/REL/9"))
    with Library.open(library_path) as library:
        library.add_meeting(other)
    first = open_window(library_path)
    first.open_meeting(other.id)
    first.resize(701, 555)  # within the offscreen screen, 800 × 800
    usual = first.agenda_dock.width()
    first.resizeDocks([first.agenda_dock], [usual + 60], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.agenda_dock.width() != usual)
    wider = first.agenda_dock.width()
    first.footnotes_dock.close()
    first.close()
    first.library.close()
    second = open_window(library_path)
    assert second.session.meeting_id == other.id
    assert (second.width(), second.height()) == (701, 555)
    qtbot.waitUntil(lambda: second.agenda_dock.width() == wider)
    assert second.footnotes_dock.isHidden() and not second.actions_dock.isHidden()


def test_typing_reaches_the_library_within_a_second(qtbot, open_window, library_path):
    meeting_id = library_with_sample(library_path)
    window = open_window(library_path, SYMBOL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "The meeting rose at 6 p.m.")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved "), timeout=1000)
    last = reload(library_path, meeting_id).agenda[-1].paragraphs[-1]
    assert last.text.plain_text() == "The meeting rose at 6 p.m."


def test_a_second_window_on_the_library_is_read_only_and_says_who_holds_it(
    qtbot, open_window, library_path
):
    meeting_id = library_with_sample(library_path)
    with Library.open(library_path):
        window = open_window(library_path, SYMBOL)
        assert window.library.read_only
        assert "is in use by" in window.banner.label.text() and window.banner.isVisible()
        assert "(read-only)" in window.windowTitle()
        assert window.editor.isReadOnly()
        assert not window.note_commands.footnote.isEnabled()
        before = window.editor.note.toPlainText()
        type_text(window.editor, "not allowed")
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        assert window.editor.note.toPlainText() == before
    assert reload(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()


def test_every_typed_character_survives_a_kill_1_5_seconds_after_the_last_keystroke(library_path):
    meeting_id = library_with_sample(library_path)
    process = start_window(library_path, SYMBOL)
    typed = [
        "The Chairperson announced that the next meeting would be held on 5 October 2017.",
        "The Working Group requested the Administration to circulate the non-paper.",
        "Le Groupe de travail a pris note du rapport « avec intérêt ».",
    ]
    try:
        for paragraph in typed:
            assert send(process, {"key": "Return"}) == "pressed"
            for word in paragraph.split(" "):
                assert send(process, {"text": word + " "}) == "typed"
        time.sleep(1.5)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    meeting = reload(library_path, meeting_id)
    last = [p.text.plain_text() for p in meeting.agenda[-1].paragraphs[-3:]]
    assert last == [paragraph + " " for paragraph in typed]
    assert max(number_meeting(meeting).paragraphs.values()) == 32


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder whose files cannot be written: by permissions for a user, and for root (whom
    permissions do not stop) a read-only file system, where the system allows mounting one."""
    folder = tmp_path / "unwritable"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder, lambda: folder.chmod(0o555)
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)])
    if mounted.returncode != 0:
        pytest.skip("root can write any file, and this system cannot mount a read-only one")

    def make_read_only() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)

    try:
        yield folder, make_read_only
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)  # even if still open


def test_an_unwritable_library_opens_read_only_with_a_message(unwritable_folder, open_window):
    folder, make_read_only = unwritable_folder
    library = folder / "library.rapporteur"
    meeting_id = library_with_sample(library)
    library.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    make_read_only()
    window = open_window(library, SYMBOL)
    assert window.library.read_only and window.editor.isReadOnly()
    assert "read-only" in window.banner.label.text() and window.banner.isVisible()
    assert "(read-only)" in window.windowTitle()
    assert not window.actions.save.isEnabled()
    assert reload(library, meeting_id).symbol == SYMBOL
