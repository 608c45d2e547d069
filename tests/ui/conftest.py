"""The main window as the tests open it: on the test's own library, closed afterwards."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from desktop_app.ui.editor.note_editor import NoteEditor
from desktop_app.ui.meeting.choices import sample_meeting


@pytest.fixture(autouse=True)
def _clipboard_emptied():
    """A test that pastes puts mime data made in Python on the clipboard; left there, it is
    destroyed after the interpreter and the test process crashes as it exits."""
    yield
    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture
def window(qtbot, library_path: Path):
    """The window on an empty library (the welcome screen)."""
    shown = create_window(library_path)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    shown.library.close()


@pytest.fixture
def sample_window(window):
    """The window showing the sample meeting."""
    window.open_sample_meeting()
    return window


@pytest.fixture
def message_boxes(qtbot):
    """The texts of the message boxes the window shows; each is closed as a user would."""
    seen: list[str] = []

    def close_any() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            (box.defaultButton() or box.escapeButton() or box.buttons()[0]).click()

    timer = QTimer()
    timer.timeout.connect(close_any)
    timer.start(20)
    yield seen
    timer.stop()


@pytest.fixture
def editor(qtbot):
    """The note editor on its own, shown, with no window around it."""
    widget = NoteEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def read_only_sample_window(qtbot, library_path: Path):
    """A window on the sample meeting in a library another holder has: read-only."""
    with Library.open(library_path) as holder:
        holder.add_meeting(sample_meeting())
        shown = create_window(library_path, "WG/REL/2017/7")
        qtbot.addWidget(shown)
        shown.show()
        assert shown.library.read_only
        yield shown
        shown.close()
        shown.library.close()
