"""The meeting's life in the window: which one is shown at start (the one asked for, else the
last one open, else the most recent), opening another (the one on screen saved first), a new
meeting, the sample added once, and the title that names the meeting on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QTreeWidget

from desktop_app.store.library import Library
from desktop_app.ui.window.main_window import MainWindow
from tests.support.notes import generated_meeting
from tests.ui.keyboard import type_text
from tests.ui.window.helpers import Answering, settings_in
from tests.ui.window_process import SYMBOL, library_with_sample, reload

SAMPLE_TITLE = "WG/REL/2017/7 · Chairperson's note on the meeting held on 28 August 2017"


@pytest.fixture
def library_of_three(library_path: Path) -> dict[str, str]:
    """The sample (2017) and two generated meetings (2020), their ids by symbol."""
    ids = {SYMBOL: library_with_sample(library_path)}
    with Library.open(library_path) as library:
        for seed in (1, 2):
            meeting = generated_meeting(12, 1, seed=seed)
            library.add_meeting(meeting)
            ids[meeting.symbol] = meeting.id
    return ids


@pytest.fixture
def started(qtbot, tmp_path):
    """The window on a library, started as the application starts it, with settings of its
    own (the last meeting of each library)."""
    made: list[MainWindow] = []
    with settings_in(tmp_path / "settings"):

        def start(library_path: Path, reference: str | None = None) -> MainWindow:
            window = MainWindow(Library.open(library_path))
            qtbot.addWidget(window)
            window.show()
            window.start(reference)
            made.append(window)
            return window

        yield start
        for window in made:
            window.close()
            window.library.close()


@pytest.fixture
def answering(qtbot):
    answers = Answering().start()
    yield answers
    answers.stop()


def shown_meeting(window: MainWindow) -> str:
    assert window.session is not None
    return window.session.meeting.symbol


def test_an_empty_library_shows_the_welcome_screen(started, library_path):
    window = started(library_path)
    assert window.centre.currentWidget() is window.welcome
    assert window.windowTitle() == "Rapporteur" and window.session is None


def test_the_meeting_asked_for_is_shown_with_the_cursor_at_its_end(
    started, library_path, library_of_three
):
    window = started(library_path, SYMBOL)
    assert shown_meeting(window) == SYMBOL
    assert window.windowTitle() == f"{SAMPLE_TITLE} — Rapporteur"
    assert window.meeting_header.isVisible()
    cursor = window.editor.textCursor()
    assert cursor.block() == window.editor.note.lastBlock() and cursor.atBlockEnd()


def test_with_nothing_asked_and_none_open_before_the_library_is_the_start_screen(
    qtbot, started, library_path, library_of_three
):
    window = started(library_path)
    assert window.library_page.is_shown() and window.session is None
    view = window.library_view
    assert view.current_meeting_id() == library_of_three["WG/GEN/12/2"]  # the most recent
    qtbot.keyClick(view.words, Qt.Key.Key_Return)  # the filter, where the keyboard is
    assert shown_meeting(window) == "WG/GEN/12/2"  # the most recent: 3 January 2020
    assert not window.library_page.is_shown()


def test_a_meeting_not_found_is_said_and_the_library_shown(
    started, library_path, library_of_three, answering
):
    window = started(library_path, "WG/NOPE/1")
    assert answering.seen == [
        ("Meeting not found", f"No single meeting matches 'WG/NOPE/1' in {library_path}.")
    ]
    assert window.library_page.is_shown() and window.session is None


def test_the_last_meeting_open_is_shown_next_time(started, library_path, library_of_three):
    first = started(library_path)
    assert first.open_meeting(library_of_three[SYMBOL])
    first.close()
    first.library.close()
    assert shown_meeting(started(library_path)) == SYMBOL


def test_opening_another_meeting_saves_the_one_on_screen_first(
    qtbot, started, library_path, library_of_three
):
    window = started(library_path, SYMBOL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Typed just before opening another meeting.")
    assert window.open_meeting(library_of_three["WG/GEN/12/1"])  # at once, no pause
    assert shown_meeting(window) == "WG/GEN/12/1"
    assert window.windowTitle().startswith("WG/GEN/12/1 · ")
    saved = reload(library_path, library_of_three[SYMBOL]).agenda[-1].paragraphs[-1]
    assert saved.text.plain_text() == "Typed just before opening another meeting."


def test_a_meeting_gone_from_the_library_is_said_and_the_one_on_screen_stays(
    started, library_path, library_of_three, answering
):
    window = started(library_path, SYMBOL)
    window.library.delete_meeting(library_of_three["WG/GEN/12/1"])
    assert not window.meetings.open_meeting(library_of_three["WG/GEN/12/1"])
    [(title, _text)] = answering.seen
    assert title == "Cannot open the meeting"
    assert window.windowTitle() == f"{SAMPLE_TITLE} — Rapporteur"


def test_the_sample_meeting_is_added_once(window):
    window.open_sample_meeting()
    window.open_sample_meeting()
    assert [m.symbol for m in window.library.meetings()] == [SYMBOL]
    assert shown_meeting(window) == SYMBOL


def test_a_read_only_window_says_so_in_its_title(read_only_sample_window):
    assert read_only_sample_window.windowTitle() == f"{SAMPLE_TITLE} (read-only) — Rapporteur"
    assert read_only_sample_window.saved_label.text() == "Read-only"


def test_a_read_only_window_makes_no_new_meeting(qtbot, read_only_sample_window):
    asked: list[str] = []
    answer_the_dialog("New meeting", lambda dialog: (asked.append("asked"), dialog.reject()), 5)
    read_only_sample_window.meetings.new_meeting()
    qtbot.wait(150)  # the dialog, had it been shown, was answered by now
    assert asked == []
    assert len(read_only_sample_window.library.meetings()) == 1


def answer_the_dialog(title: str, answer, tries: int = 250) -> None:
    """Once the dialog called `title` shows (within about 5 s), let `answer` fill it in and
    close it."""

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.windowTitle() == title:
            answer(dialog)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(20, lambda: look(tries))


def named(dialog: QDialog, kind: type, name: str):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def test_a_new_meeting_is_added_and_shown_with_one_empty_paragraph(sample_window):
    def fill_in(dialog: QDialog) -> None:
        named(dialog, QLineEdit, "Title").setText("Chairperson's note on the next meeting")
        named(dialog, QLineEdit, "Document symbol").setText("WG/REL/2017/8")
        named(dialog, QPushButton, "Create meeting").click()

    answer_the_dialog("New meeting", fill_in)
    sample_window.actions.new_meeting.trigger()
    assert shown_meeting(sample_window) == "WG/REL/2017/8"
    assert sample_window.windowTitle() == (
        "WG/REL/2017/8 · Chairperson's note on the next meeting — Rapporteur"
    )
    assert [info.label for info in sample_window.editor.note.structure().rows] == ["1."]
    assert sorted(m.symbol for m in sample_window.library.meetings()) == [
        SYMBOL, "WG/REL/2017/8",
    ]  # fmt: skip


def test_a_new_meeting_cancelled_adds_nothing(sample_window):
    answer_the_dialog("New meeting", lambda dialog: dialog.reject())
    sample_window.actions.new_meeting.trigger()
    assert shown_meeting(sample_window) == SYMBOL
    assert len(sample_window.library.meetings()) == 1


def test_a_meeting_chosen_in_open_meeting_is_shown(sample_window):
    other = generated_meeting(12, seed=3)
    sample_window.meetings.add_to_library(other)

    def choose(dialog: QDialog) -> None:
        meetings = named(dialog, QTreeWidget, "Meetings")
        row = next(
            meetings.topLevelItem(i) for i in range(meetings.topLevelItemCount())
            if meetings.topLevelItem(i).text(1) == other.symbol
        )  # fmt: skip
        meetings.setCurrentItem(row)
        named(dialog, QPushButton, "Open").click()

    answer_the_dialog("Open meeting", choose)
    sample_window.actions.open_meeting.trigger()
    assert shown_meeting(sample_window) == other.symbol


def test_new_details_rename_the_window(sample_window):
    def rename(dialog: QDialog) -> None:
        named(dialog, QLineEdit, "Title").setText("Chairperson's revised note")
        named(dialog, QPushButton, "OK").click()

    answer_the_dialog("Meeting details", rename)
    sample_window.actions.details.trigger()
    assert sample_window.windowTitle() == "WG/REL/2017/7 · Chairperson's revised note — Rapporteur"
    assert sample_window.session.meeting.title == "Chairperson's revised note"
