"""The notice under the action items after a deletion: what was deleted, and Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.action_items.deletion_notice import DeletionNotice, deleted_notice


def test_short_words_are_quoted_whole():
    assert deleted_notice("Produce a briefing note") == "Deleted “Produce a briefing note”."


def test_long_words_are_cut_after_a_whole_word():
    what = (
        "Provide three short papers: an update on IOM's work on migration data, a brief on "
        "IOM's existing policy capability"
    )
    assert deleted_notice(what) == (
        "Deleted “Provide three short papers: an update on IOM's work on…”."
    )


def test_the_notice_shows_what_was_deleted_and_undo_asks_for_it_back(qtbot):
    notice = DeletionNotice()
    qtbot.addWidget(notice)
    assert notice.isHidden()
    notice.show_deleted("Produce a briefing note")
    assert notice.isVisible()
    assert notice.text() == "Deleted “Produce a briefing note”."
    with qtbot.waitSignal(notice.undo_clicked, timeout=1000):
        qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(notice.undo_clicked, timeout=1000):
        notice.undo_button.setFocus()
        qtbot.keyClick(notice.undo_button, Qt.Key.Key_Space)
