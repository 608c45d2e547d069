"""The status line's lasting parts: the save status, the export's busy bar (hidden until an
export runs), and the cursor's hints, all in the window's own status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QTextEdit

from desktop_app.ui.window.status_line import build_status_line


@pytest.fixture
def window(qtbot):
    shown = QMainWindow()
    qtbot.addWidget(shown)
    editor = QTextEdit(shown)
    shown.setCentralWidget(editor)
    shown.parts = build_status_line(shown, editor)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_save_status_is_in_the_status_bar_and_named(window):
    _progress, saved, _hints = window.parts
    saved.setText("Saved 10:00:00")
    assert saved.isVisible() and window.statusBar().isAncestorOf(saved)
    assert saved.accessibleName() == "Save status"


def test_the_export_bar_shows_only_while_an_export_runs_and_says_busy(window):
    progress, _saved, _hints = window.parts
    assert not progress.isVisible()
    progress.show()
    assert progress.isVisible() and window.statusBar().isAncestorOf(progress)
    assert (progress.minimum(), progress.maximum()) == (0, 0)  # busy, not a percentage
    assert progress.accessibleName() == "Export in progress"


def test_a_message_on_the_status_line_leaves_the_save_status_in_place(window):
    _progress, saved, hints = window.parts
    saved.setText("Saved 10:00:00")
    hints.show("Type the agenda item's title, then Enter.")
    assert window.statusBar().currentMessage() == "Type the agenda item's title, then Enter."
    assert saved.isVisible() and saved.text() == "Saved 10:00:00"
