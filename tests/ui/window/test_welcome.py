"""The welcome screen: the two ways to begin, by mouse and by keyboard."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.ui.window.welcome import WelcomePane

BUTTONS = [
    ("New meeting", "new_meeting_requested"),
    ("Open the sample meeting", "open_sample_requested"),
]


@pytest.fixture
def pane(qtbot):
    pane = WelcomePane()
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    pane.activateWindow()
    qtbot.waitExposed(pane)
    return pane


def button(pane: WelcomePane, name: str) -> QPushButton:
    found = [b for b in pane.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("name", "signal"), BUTTONS)
def test_each_button_asks_for_its_action_when_clicked(qtbot, pane, name, signal):
    with qtbot.waitSignal(getattr(pane, signal), timeout=1000):
        qtbot.mouseClick(button(pane, name), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
@pytest.mark.parametrize(("name", "signal"), BUTTONS)
def test_each_button_asks_for_its_action_from_the_keyboard(qtbot, pane, name, signal, key):
    target = button(pane, name)
    target.setFocus()
    with qtbot.waitSignal(getattr(pane, signal), timeout=1000):
        qtbot.keyClick(target, key)


def test_tab_goes_from_one_button_to_the_other(qtbot, pane):
    pane.setFocus()
    assert pane.focusWidget() is button(pane, "New meeting")
    qtbot.keyClick(pane.focusWidget(), Qt.Key.Key_Tab)
    assert pane.focusWidget() is button(pane, "Open the sample meeting")


def test_the_buttons_say_the_shortcut_and_the_sample_they_open(pane):
    assert button(pane, "New meeting").accessibleDescription() == "Ctrl+N"
    assert "28 August 2017" in button(pane, "Open the sample meeting").accessibleDescription()


def test_the_screen_names_the_app_and_the_library_file(pane):
    path = Path("/home/secretary/.local/share/Rapporteur/library.rapporteur")
    pane.set_library_path(path)
    texts = [label.text() for label in pane.findChildren(QLabel)]
    assert "Rapporteur" in texts
    assert f"Library: {path}" in texts


@pytest.mark.parametrize(
    ("key", "signal"),
    [(Qt.Key.Key_N, "new_meeting_requested"), (Qt.Key.Key_S, "open_sample_requested")],
)
def test_alt_and_the_underlined_letter_press_a_button(qtbot, pane, key, signal):
    pane.setFocus()
    with qtbot.waitSignal(getattr(pane, signal), timeout=1000):
        qtbot.keyClick(pane.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
