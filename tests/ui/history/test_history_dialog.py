"""The history dialog on a real library's snapshots of the sample meeting, through real keys:
newest first with when (in the user's own time), why and how many words changed; Down
shows the older one, Alt+C compares it with the current note; Restore asks first and says
the note is kept; a restore refused is disabled and says why."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import clock
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting
from desktop_app.store.library import Library
from desktop_app.store.snapshots import EDITING, EXPORT, ON_DEMAND
from desktop_app.ui.history.history_dialog import COMPARE, VIEW, HistoryDialog
from tests.support.libraries import fill_library
from tests.ui.window.helpers import Answering

ALT = Qt.KeyboardModifier.AltModifier
WORDS = "The Working Group took note of the report"


@pytest.fixture
def library(library_path) -> Iterator[Library]:
    fill_library(library_path)
    with Library.open(library_path) as opened:
        yield opened


def sample(library: Library) -> Meeting:
    found = next(m for m in library.meetings() if m.symbol == "WG/REL/2017/7")
    return library.load_meeting(found.id)


def edited(library: Library, meeting: Meeting, number: int, text: str) -> Meeting:
    list(meeting.paragraphs())[number - 1].text = Inline.plain(text)
    library.save_meeting(meeting)
    return library.load_meeting(meeting.id)


def dialog_on(qtbot, library: Library, meeting: Meeting, **refusals: str) -> HistoryDialog:
    dialog = HistoryDialog(
        None,
        meeting.symbol,
        library.snapshots.listed(meeting.id),
        lambda snapshot_id: library.snapshots.meeting(meeting.id, snapshot_id),
        meeting,
        **refusals,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def rows(dialog: HistoryDialog) -> list[list[str]]:
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items if item is not None]


@pytest.fixture
def three_snapshots(library) -> Meeting:
    """Exported, then paragraph 3 edited (kept while editing), then kept on demand."""
    meeting = sample(library)
    library.snapshots.take(meeting, EXPORT)
    meeting = edited(library, meeting, 3, f"{WORDS} on the workshop.")
    library.snapshots.take(meeting, EDITING)
    meeting = edited(library, meeting, 3, f"{WORDS} on the seminar, with thanks.")
    library.snapshots.take(meeting, ON_DEMAND)
    return meeting


def test_the_snapshots_are_listed_newest_first_with_why_and_words_changed(
    qtbot, library, three_snapshots
):
    dialog = dialog_on(qtbot, library, three_snapshots)
    assert dialog.windowTitle() == "History of WG/REL/2017/7"
    kept = library.snapshots.listed(three_snapshots.id)
    assert [row[1:] for row in rows(dialog)] == [
        ["on demand", "3"],  # "workshop." became "seminar, with thanks."
        ["while editing", str(kept[1].words_changed)],
        ["exported", str(kept[2].words_changed)],
    ]
    assert kept[2].words_changed > 2000  # the first: every word of the note
    assert dialog.current_snapshot() == kept[0]
    assert dialog.list.hasFocus()


@pytest.fixture
def time_zone() -> Iterator[None]:
    was = os.environ.get("TZ")
    yield
    if was is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = was
    time.tzset()


@pytest.mark.parametrize(
    ("zone", "shown"),
    [("Asia/Tokyo", "3 December 2026, 18:00"), ("America/New_York", "3 December 2026, 04:00")],
)
def test_the_time_taken_is_shown_in_the_users_own_time(qtbot, library, time_zone, zone, shown):
    os.environ["TZ"] = zone
    time.tzset()
    moment = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
    clock.set_clock(lambda: moment)
    meeting = sample(library)
    library.snapshots.take(meeting, EXPORT)
    assert library.snapshots.listed(meeting.id)[0].time == moment  # kept in UTC
    assert rows(dialog_on(qtbot, library, meeting))[0][0] == shown


def test_down_shows_the_older_snapshot_and_alt_c_compares_it_with_the_note(
    qtbot, library, three_snapshots
):
    dialog = dialog_on(qtbot, library, three_snapshots)
    assert dialog.tabs.currentIndex() == VIEW
    assert f"3. {WORDS} on the seminar, with thanks." in dialog.view.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert rows(dialog)[dialog.list.indexOfTopLevelItem(dialog.list.currentItem())][1] == (
        "while editing"
    )
    assert f"3. {WORDS} on the workshop." in dialog.view.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_C, ALT)
    assert dialog.tabs.currentIndex() == COMPARE
    shown = dialog.comparison.toPlainText()
    assert "Paragraph 3 — changed, 3 words" in shown
    assert f"{WORDS} on the workshop. seminar, with thanks." in shown  # struck, underlined
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # the newest: the note as it is now
    assert "The current note is the same as this snapshot." in dialog.comparison.toPlainText()


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_restore_asks_first_and_says_the_current_note_is_kept(qtbot, library, three_snapshots):
    dialog = dialog_on(qtbot, library, three_snapshots)
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)  # the oldest, as exported
    asked: list[str] = []
    dialog.restore_requested.connect(asked.append)
    cancelling = Answering(QMessageBox.StandardButton.Cancel).start()
    press(qtbot, dialog.restore_button)
    cancelling.stop()
    assert asked == []
    [(title, text)] = cancelling.seen
    assert title == "Restore this snapshot?"
    assert "(exported)" in text and "current note is kept as a snapshot first" in text
    accepting = Answering(QMessageBox.StandardButton.Yes).start()
    press(qtbot, dialog.restore_button)
    accepting.stop()
    assert asked == [library.snapshots.listed(three_snapshots.id)[-1].id]


def test_a_restore_refused_is_disabled_and_says_why(qtbot, library, three_snapshots):
    why = "A final note cannot be restored: reopen it for editing first (File menu)."
    dialog = dialog_on(qtbot, library, three_snapshots, restore_refusal=why)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_button.toolTip() == why
    assert dialog.refusal.isVisible() and dialog.refusal.text() == why
    assert dialog.take_button.isEnabled()


def test_take_a_snapshot_is_asked_with_alt_t_unless_refused(qtbot, library, three_snapshots):
    dialog = dialog_on(qtbot, library, three_snapshots)
    with qtbot.waitSignal(dialog.snapshot_requested, timeout=1000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_T, ALT)
    refused = dialog_on(qtbot, library, three_snapshots, snapshot_refusal="Read-only.")
    assert not refused.take_button.isEnabled() and refused.take_button.toolTip() == "Read-only."


def test_a_note_with_no_snapshot_yet_says_when_one_is_kept(qtbot, library):
    dialog = dialog_on(qtbot, library, sample(library))
    assert rows(dialog) == []
    assert dialog.view.toPlainText().startswith("No snapshot of this note yet.")
    assert "whenever the note is exported or marked final" in dialog.view.toPlainText()
    assert not dialog.restore_button.isEnabled()
