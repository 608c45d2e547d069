"""In the library view: Duplicate makes a copy that opens as the original reads, Delete (asked
first) puts a meeting in the trash, even the one on screen, with its last words saved; the
Trash button shows it, Enter restores it, and Empty the trash deletes for good (asked first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from desktop_app.ui.library.meetings_model import SYMBOL, TITLE
from tests.support.libraries import fill_library
from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SAMPLE = "WG/REL/2017/7"


@pytest.fixture
def window(qtbot, library_path):
    fill_library(library_path)
    with Library.open(library_path) as library:
        sample = next(m.id for m in library.meetings() if m.symbol == SAMPLE)
    shown = create_window(library_path, sample)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.close()
    shown.library.close()


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """The next message box is answered with `button`, as the user would click it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, answer)


def in_file(library_path) -> tuple[list[str], list[str]]:
    """The symbols or titles of the meetings in the library, and of those in the trash."""
    with Library.open(library_path, read_only=True) as library:
        name = lambda m: m.symbol or m.title  # noqa: E731
        return sorted(map(name, library.meetings())), sorted(map(name, library.trash.meetings()))


def show_library_at(qtbot, window, symbol: str) -> None:
    """Ctrl+L, then a click on the meeting with that symbol."""
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL)
    view = window.library_view
    [row] = [
        r for r in range(view.shown.rowCount()) if view.shown.index(r, SYMBOL).data() == symbol
    ]
    table = view.table
    place = table.visualRect(view.shown.index(row, SYMBOL)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert view.current_meeting_id() is not None
    assert view.shown.index(table.currentIndex().row(), SYMBOL).data() == symbol


def test_delete_asks_first_and_cancel_keeps_the_meeting(qtbot, window, library_path):
    seen: list[str] = []
    show_library_at(qtbot, window, "CAT/C/SR.229")
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Delete)
    assert seen == [
        "Put CAT/C/SR.229 in the trash? You can restore it from the trash until the trash "
        "is emptied."
    ]
    assert in_file(library_path)[1] == []
    assert window.library_view.count.text() == "4 meetings"


def test_the_meeting_on_screen_deleted_keeps_its_last_words_in_the_trash(
    qtbot, window, library_path
):
    window.editor.setFocus()
    type_text(window.editor, " Typed last.")
    meeting_id = window.session.meeting_id
    show_library_at(qtbot, window, SAMPLE)
    answer_next_question(QMessageBox.StandardButton.Yes, [])
    window.library_view.delete_button.click()
    qtbot.waitUntil(lambda: window.session is None)
    assert window.windowTitle() == "Rapporteur"
    view = window.library_view
    assert view.trash_button.text() == "Tras&h (1)"
    assert window.centre.currentWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # no meeting to go back to: the library stays
    assert window.centre.currentWidget() is view
    assert in_file(library_path)[1] == [SAMPLE]
    with Library.open(library_path, read_only=True) as library:
        assert (
            library.load_meeting(meeting_id)
            .agenda[-1]
            .paragraphs[-1]
            .text.plain_text()
            .endswith("Typed last.")
        )


def test_the_trash_shows_what_was_deleted_and_enter_restores_it(qtbot, window, library_path):
    show_library_at(qtbot, window, "CAT/C/SR.229")
    answer_next_question(QMessageBox.StandardButton.Yes, [])
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Delete)
    view = window.library_view
    qtbot.waitUntil(window.isActiveWindow)  # the question gone, the window has the keys again
    qtbot.mouseClick(view.trash_button, Qt.MouseButton.LeftButton)
    assert view.heading.text() == "Trash"
    assert view.restore_button.isVisible() and not view.open_button.isVisible()
    view.words.clear()
    view.focus_filter()
    assert view.shown.rowCount() == 1 and view.count.text() == "1 meeting"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not view.showing_trash() and view.heading.text() == "Library"
    assert in_file(library_path) == (sorted([SAMPLE, "CAT/C/SR.229", *others(library_path)]), [])
    assert view.model.rowCount() == 4
    assert window.session is not None  # the meeting on screen stayed open


def others(library_path) -> list[str]:
    with Library.open(library_path, read_only=True) as library:
        return [m.symbol for m in library.meetings() if m.symbol not in (SAMPLE, "CAT/C/SR.229")]


def test_emptying_the_trash_asks_then_deletes_for_good(qtbot, window, library_path):
    show_library_at(qtbot, window, "CAT/C/SR.229")
    answer_next_question(QMessageBox.StandardButton.Yes, [])
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Delete)
    view = window.library_view
    view.show_trash(True)
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Discard, seen)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert seen == ["Delete the 1 meeting in the trash for good? This cannot be undone."]
    assert in_file(library_path)[1] == []
    assert view.count.text() == "The trash is empty."
    assert not view.empty_button.isEnabled()
    assert view.trash_button.text() == "Tras&h"


def test_duplicate_makes_a_draft_copy_that_opens_as_the_original_reads(qtbot, window, library_path):
    original = window.editor.toPlainText()
    show_library_at(qtbot, window, SAMPLE)
    qtbot.mouseClick(window.library_view.duplicate_button, Qt.MouseButton.LeftButton)
    view = window.library_view
    assert view.model.rowCount() == 5
    title = "Chairperson's note on the meeting held on 28 August 2017 (copy)"
    assert title in in_file(library_path)[0]
    assert window.statusBar().currentMessage() == f"A copy was made: {title}."
    assert view.shown.index(view.table.currentIndex().row(), TITLE).data() == title
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the copy is chosen: Enter opens it
    assert window.windowTitle() == f"{title} — Rapporteur"
    assert window.editor.toPlainText() == original
    assert not window.editor.isReadOnly()


def test_a_read_only_library_lets_meetings_be_opened_only(qtbot, library_path):
    fill_library(library_path)
    with Library.open(library_path):  # another window holds it
        shown = create_window(library_path)
        qtbot.addWidget(shown)
        shown.show()
        shown.library_page.show()
        view = shown.library_view
        assert view.open_button.isEnabled()
        for button in (view.duplicate_button, view.delete_button, view.empty_button):
            assert not button.isEnabled()
        shown.close()
        shown.library.close()
