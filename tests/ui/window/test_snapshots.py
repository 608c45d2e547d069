"""The window keeps a snapshot of the note when it is exported and when it is marked final:
what was issued can be seen again (rapporteur history), with nothing kept twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from desktop_app.formats.export import ExportFormat
from desktop_app.store.library import Library
from desktop_app.ui.export.dialog import ExportChoice
from tests.ui.keyboard import type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def reasons(window) -> list[str]:
    with Library.open(window.library.path, read_only=True) as reader:
        return [s.reason for s in reader.snapshots.listed(window.session.meeting_id)]


def exported(qtbot, window, target) -> None:
    window.start_export(ExportChoice(ExportFormat.MD, target, False))
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: not window.exports.is_busy(), timeout=5000)


def test_an_export_keeps_the_note_as_exported_once(qtbot, sample_window, tmp_path):
    w = sample_window
    w.editor.setFocus()
    type_text(w.editor, " Added before issuing.")
    exported(qtbot, w, tmp_path / "note.md")
    assert reasons(w) == ["export"]
    with Library.open(w.library.path, read_only=True) as reader:
        [snapshot] = reader.snapshots.listed(w.session.meeting_id)
        kept = reader.snapshots.meeting(w.session.meeting_id, snapshot.id)
    assert kept.agenda[-1].paragraphs[-1].text.plain_text().endswith("Added before issuing.")
    exported(qtbot, w, tmp_path / "again.md")  # the same note: no second snapshot
    assert reasons(w) == ["export"]


def choose_final_and_accept(qtbot) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    status = next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == "Status")
    assert isinstance(status, QComboBox)
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)  # Final, the last choice
    qtbot.keyClick(status, Qt.Key.Key_Return)


def test_marking_the_note_final_keeps_a_snapshot_and_makes_it_read_only(qtbot, sample_window):
    w = sample_window
    w.editor.setFocus()
    QTimer.singleShot(0, lambda: choose_final_and_accept(qtbot))
    qtbot.keyClick(w.editor, Qt.Key.Key_D, CTRL | ALT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert w.editor.isReadOnly() and w.meeting_header.final.isVisible()
    assert reasons(w) == ["final"]


def test_ten_minutes_of_editing_keep_one_snapshot_then_another_ten_minutes_later(
    qtbot, sample_window, today
):
    from desktop_app.core import clock

    w = sample_window
    start = clock.now()
    moment = [start]
    clock.set_clock(lambda: moment[0])
    w.editor.setFocus()
    for minutes, words in ((3, " One."), (9, " Two."), (11, " Three."), (15, " Four.")):
        moment[0] = start + dt.timedelta(minutes=minutes)
        type_text(w.editor, words)
        assert w.session.save_now()
        assert reasons(w) == ([] if minutes < 10 else ["editing"]), minutes
    moment[0] = start + dt.timedelta(minutes=21)
    type_text(w.editor, " Five.")
    assert w.session.save_now()
    assert reasons(w) == ["editing", "editing"]
