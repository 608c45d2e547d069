"""Starting the window: the application named as the desktop knows it; the library opened
for writing when it can be, else read-only with the reason said; a library refused at start
opened read-only or not at all as the user chooses; and the window run to a clean end, every
word written, the library let go, the exit status saying whether all was written."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.store.errors import LibraryError, LibraryTooNew
from desktop_app.store.library import Library
from desktop_app.ui.app import (
    application,
    create_window,
    open_library,
    run_until_the_end,
    window_after_refusal,
)
from desktop_app.ui.startup.library_refused import LibraryRefusedDialog
from desktop_app.ui.window.main_window import MainWindow
from tests.ui.keyboard import type_text
from tests.ui.window_process import SYMBOL, library_with_sample, reload


def test_the_application_is_named_as_the_desktop_knows_it(qapp):
    app = application()
    assert app is qapp  # the one application of the process
    assert (app.applicationName(), app.organizationName()) == ("Rapporteur", "Rapporteur")
    assert app.applicationDisplayName() == "Rapporteur"
    assert app.desktopFileName() == "rapporteur"
    assert app.style().name().lower() == "fusion"
    assert not app.windowIcon().isNull()


def test_a_library_free_to_write_opens_for_writing(library_path):
    library, reason = open_library(library_path)
    with library:
        assert not library.read_only and reason == ""


def test_a_library_in_use_opens_read_only_and_says_by_whom(library_path):
    with Library.open(library_path):
        library, reason = open_library(library_path)
        with library:
            assert library.read_only
    assert reason.startswith("This library is in use by ")
    assert reason.endswith("It is open read-only here: close Rapporteur there to edit it.")


def test_a_library_of_a_newer_rapporteur_opens_read_only_and_says_so(library_path):
    library_with_sample(library_path)
    with sqlite3.connect(library_path) as raw:
        raw.execute("PRAGMA user_version = 999")
    raw.close()
    library, reason = open_library(library_path)
    with library:
        assert library.read_only
        assert [m.symbol for m in library.meetings()] == [SYMBOL]
    assert "newer version of Rapporteur" in reason and "Update Rapporteur" in reason


def test_the_window_shows_the_meeting_asked_for(qtbot, library_path):
    library_with_sample(library_path)
    window = create_window(library_path, SYMBOL)
    qtbot.addWidget(window)
    try:
        assert window.session is not None and window.session.meeting.symbol == SYMBOL
        assert not window.library.read_only
    finally:
        window.close()
        window.library.close()


def refused_at_start(library_path: Path) -> LibraryError:
    """A library the start-up cannot open for writing, and why: here, a file that is not a
    library at all (a half-copied one, say)."""
    library_path.write_bytes(b"not a library" * 100)
    with pytest.raises(LibraryError) as refused:
        create_window(library_path)
    return refused.value


def answer_the_refusal(button: str, seen: list[str]) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LibraryRefusedDialog):
            seen.append(dialog.message.text())
            getattr(dialog, button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_quitting_at_the_refusal_opens_no_window(qtbot, library_path):
    refused = refused_at_start(library_path)
    seen: list[str] = []
    answer_the_refusal("quit", seen)
    assert window_after_refusal(library_path, None, refused) is None
    assert seen == [refused.message]


def test_reading_a_refused_library_opens_it_read_only_with_the_reason_in_the_banner(
    qtbot, library_path, tmp_path
):
    library_with_sample(library_path)
    with sqlite3.connect(library_path) as raw:
        raw.execute("PRAGMA user_version = 999")
    raw.close()
    refused = LibraryTooNew(library_path, 999, 1)
    seen: list[str] = []
    answer_the_refusal("read_only", seen)
    window = window_after_refusal(library_path, SYMBOL, refused)
    assert window is not None
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.library.read_only and window.editor.isReadOnly()
        assert window.banner.label.text() == refused.message == seen[0]
        assert window.session.meeting.symbol == SYMBOL
    finally:
        window.close()
        window.library.close()


def run_to_a_stop_signal(qtbot, library_path: Path, words: str, full_disk: bool = False) -> int:
    """The window typing `words` at the end of the sample, run until SIGTERM asks it to stop."""
    window = create_window(library_path, SYMBOL)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.editor.go_to_end()
    type_text(window.editor, words)
    if full_disk:
        # More than a page to write, and a real SQLite "disk full": the library may not grow.
        window.editor.insertPlainText(" A long report." * 400)
        pages = window.library._db.execute("PRAGMA page_count").fetchone()[0]
        window.library._db.execute(f"PRAGMA max_page_count = {pages}")
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
    app = application()
    # The window closing must not quit the application for the tests that follow in this
    # process: a quit left pending would end each of their event loops at once.
    app.setQuitOnLastWindowClosed(False)
    try:
        return run_until_the_end(app, window)
    finally:
        app.setQuitOnLastWindowClosed(True)


def test_a_stop_signal_ends_the_window_with_every_word_written_and_the_library_let_go(
    qtbot, library_path
):
    meeting_id = library_with_sample(library_path)
    before = reload(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()
    status = run_to_a_stop_signal(qtbot, library_path, " The meeting rose at 6 p.m.")
    assert status == 0
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    last = reload(library_path, meeting_id).agenda[-1].paragraphs[-1].text.plain_text()
    assert last == before + " The meeting rose at 6 p.m."
    with Library.open(library_path) as next_holder:  # the lock is let go
        assert not next_holder.read_only


def test_words_that_could_not_be_written_end_with_status_1_and_say_so(qtbot, library_path, capfd):
    library_with_sample(library_path)
    status = run_to_a_stop_signal(qtbot, library_path, " Typed.", full_disk=True)
    assert status == 1
    errors = capfd.readouterr().err
    assert "rapporteur: the latest changes could not be written to the library." in errors
