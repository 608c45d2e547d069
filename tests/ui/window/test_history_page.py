"""The history of the note on screen in the window, on a real library and through real keys:
Ctrl+Alt+H shows it, a snapshot taken on demand is listed and said; words typed in the
editor, not yet saved, are compared with a snapshot and marked; a paragraph moved is shown as
moved, "formerly"; a snapshot restored is the note in the editor and in the file, the note as
it was kept before; a final note or a read-only library cannot restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from desktop_app.ui.history.history_dialog import HistoryDialog
from desktop_app.ui.window.history_page import FINAL_REFUSAL
from tests.support.libraries import fill_library
from tests.ui.keyboard import type_text
from tests.ui.window.helpers import Answering

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def window_on(qtbot, library_path, meeting: str):
    shown = create_window(library_path, meeting)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def window(qtbot, library_path):
    fill_library(library_path)
    shown = window_on(qtbot, library_path, "WG/REL/2017/7")
    yield shown
    if shown.history.dialog is not None:  # left open by the test: closed as a user would
        shown.history.dialog.reject()
    shown.close()
    shown.library.close()


def open_history(qtbot, window) -> HistoryDialog:
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_H, CTRL | ALT)
    dialog = window.history.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow())
    return dialog


def reasons(window) -> list[str]:
    return [s.reason for s in window.library.snapshots.listed(window.session.meeting_id)]


def paragraph(window, number: int) -> str:
    """The id of paragraph `number` as the editor numbers it."""
    return [p.id for p in window.editor.meeting(window.session.meeting).paragraphs()][number - 1]


def type_at_start_of(window, number: int, text: str) -> None:
    window.editor.setFocus()
    window.editor.go_to_entity(paragraph(window, number))
    type_text(window.editor, text)


def block_text(window, number: int) -> str:
    cursor = window.editor.textCursor()
    window.editor.go_to_entity(paragraph(window, number))
    text = window.editor.textCursor().block().text()
    window.editor.setTextCursor(cursor)
    return text


def underlined(dialog: HistoryDialog) -> list[str]:
    document = dialog.comparison.document()
    found, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().fontUnderline():
                found.append(it.fragment().text())
            it += 1
        block = block.next()
    return found


def test_ctrl_alt_h_shows_the_history_and_alt_t_takes_a_snapshot(qtbot, window):
    dialog = open_history(qtbot, window)
    assert dialog.windowTitle() == "History of WG/REL/2017/7"
    assert dialog.list.topLevelItemCount() == 0
    qtbot.keyClick(dialog.list, Qt.Key.Key_T, ALT)  # the button's key clicks it soon after
    qtbot.waitUntil(lambda: reasons(window) == ["on demand"])
    assert dialog.list.topLevelItem(0).text(1) == "on demand"
    assert "(on demand)" in window.statusBar().currentMessage()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.history.dialog is None)


def test_take_a_snapshot_now_keeps_one_each_time_and_says_so(qtbot, window):
    window.actions.take_snapshot.trigger()
    window.actions.take_snapshot.trigger()  # nothing changed: kept all the same, as asked
    assert reasons(window) == ["on demand", "on demand"]
    assert window.statusBar().currentMessage().startswith("A snapshot of the note was kept")


def test_words_typed_and_not_yet_saved_are_compared_with_the_snapshot(qtbot, window):
    window.actions.take_snapshot.trigger()
    type_at_start_of(window, 3, "Meanwhile, ")
    assert window.session.has_unsaved_changes  # the comparison is with the note on screen
    dialog = open_history(qtbot, window)
    qtbot.keyClick(dialog.list, Qt.Key.Key_C, ALT)
    shown = dialog.comparison.toPlainText()
    assert "1 word changed since this snapshot, in 1 paragraph." in shown
    assert "Paragraph 3 — changed, 1 word" in shown
    assert underlined(dialog)[1:] == ["Meanwhile,"]  # after the key to the marks


def test_a_paragraph_moved_in_the_editor_is_shown_as_moved_with_its_former_number(qtbot, window):
    window.actions.take_snapshot.trigger()
    moved = block_text(window, 6)
    window.editor.go_to_entity(paragraph(window, 6))
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, ALT | SHIFT)
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, ALT | SHIFT)
    dialog = open_history(qtbot, window)
    qtbot.keyClick(dialog.list, Qt.Key.Key_C, ALT)
    shown = dialog.comparison.toPlainText().splitlines()
    assert "Paragraph 4, formerly 6 — moved" in shown
    assert shown[shown.index("Paragraph 4, formerly 6 — moved") + 1] == moved
    assert underlined(dialog)[1:] == []  # moved, not a word changed


def test_a_snapshot_restored_is_the_note_in_the_editor_and_in_the_file(qtbot, window, library_path):
    before = block_text(window, 3)
    window.actions.take_snapshot.trigger()
    type_at_start_of(window, 3, "Meanwhile, ")
    assert window.actions.undo.isEnabled()
    dialog = open_history(qtbot, window)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # none older: the snapshot stays chosen
    answering = Answering(QMessageBox.StandardButton.Yes).start()
    qtbot.keyClick(dialog.list, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: window.history.dialog is None, timeout=5000)
    answering.stop()
    [(title, _)] = answering.seen
    assert title == "Restore this snapshot?"
    assert block_text(window, 3) == before
    assert not window.actions.undo.isEnabled()  # the note opened afresh, as a meeting is
    assert reasons(window) == ["before restore", "on demand"]
    kept = window.library.snapshots.listed(window.session.meeting_id)[0]
    kept_note = window.library.snapshots.meeting(window.session.meeting_id, kept.id)
    assert list(kept_note.paragraphs())[2].text.plain_text().startswith("Meanwhile, ")
    assert "The snapshot was restored." in window.statusBar().currentMessage()
    window.close()
    window.library.close()
    again = window_on(qtbot, library_path, "WG/REL/2017/7")
    try:
        assert block_text(again, 3) == before
    finally:
        again.close()
        again.library.close()


def test_a_final_note_can_be_kept_but_not_restored(qtbot, library_path):
    fill_library(library_path)
    with Library.open(library_path) as library:
        french = next(m for m in library.meetings() if m.symbol == "CAT/C/SR.229")
        library.snapshots.take(library.load_meeting(french.id), "export")
    shown = window_on(qtbot, library_path, "CAT/C/SR.229")
    try:
        dialog = open_history(qtbot, shown)
        assert not dialog.restore_button.isEnabled()
        assert dialog.restore_button.toolTip() == FINAL_REFUSAL
        assert dialog.refusal.text() == FINAL_REFUSAL
        assert dialog.take_button.isEnabled()
        dialog.reject()
    finally:
        shown.close()
        shown.library.close()


def test_a_read_only_library_shows_the_history_and_neither_takes_nor_restores(
    qtbot, read_only_sample_window
):
    w = read_only_sample_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert not w.actions.take_snapshot.isEnabled()
    assert w.actions.show_history.isEnabled()
    dialog = open_history(qtbot, w)
    assert not dialog.restore_button.isEnabled() and not dialog.take_button.isEnabled()
    assert "read-only" in dialog.restore_button.toolTip()
    assert dialog.restore_button.toolTip().endswith("No snapshot can be restored here.")
    dialog.reject()
