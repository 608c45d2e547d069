"""Help › Keyboard shortcuts lists every command that has keys, by its name as the menus say
it; Help › About names the version and the library file."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app import __version__
from desktop_app.ui.window.help_dialogs import show_about, show_shortcuts
from tests.ui.window.helpers import Answering


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def boxes(qtbot):
    answering = Answering().start()
    yield answering.seen
    answering.stop()


def action(parent: QWidget, text: str, keys: str = "") -> QAction:
    made = QAction(text, parent)
    if keys:
        made.setShortcut(QKeySequence(keys))
    return made


def test_the_shortcuts_list_each_command_with_keys_once(parent, boxes):
    commands = [
        action(parent, "&Save", "Ctrl+S"),
        action(parent, "Open the &sample meeting"),
        action(parent, "Move paragraph &up", "Alt+Shift+Up"),
    ]
    show_shortcuts(parent, commands)
    [(title, text)] = boxes
    assert title == "Keyboard shortcuts"
    assert "<tr><td>Save</td><td><b>Ctrl+S</b></td></tr>" in text
    assert "<tr><td>Move paragraph up</td><td><b>Alt+Shift+Up</b></td></tr>" in text
    assert "sample" not in text  # no keys, not listed
    assert text.count("<tr>") == 2


def test_a_command_name_is_shown_as_written_not_read_as_markup(parent, boxes):
    show_shortcuts(parent, [action(parent, "Quote <b> as typed", "Ctrl+Alt+Q")])
    [(_title, text)] = boxes
    assert "<td>Quote &lt;b&gt; as typed</td>" in text


def test_about_names_the_version_and_the_library_file(parent, boxes, tmp_path):
    library = tmp_path / "Minutes & notes" / "library.rapporteur"
    show_about(parent, library)
    [(title, text)] = boxes
    assert title == "About Rapporteur"
    assert f"Rapporteur {__version__}" in text
    assert str(library).replace("&", "&amp;") in text
