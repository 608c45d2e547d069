"""The in-place editor of one action item: its fields show the item, every change is told
as it is typed, Enter keeps, Esc cancels, and leaving the fields keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.card_editor import ActionItemEditor

PAPERS = NumberedActionItem(
    "papers",
    "Provide three short papers",
    "IOM Administration",
    "next meeting",
    ActionStatus.OPEN,
    26,
)


class Window(QWidget):
    """The editor in place, and something else to click or Tab to."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = ActionItemEditor(self, PAPERS)
        self.elsewhere = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.elsewhere)
        self.finished: list[bool] = []
        self.changes = 0
        self.editor.finished.connect(self.finished.append)
        self.editor.changed.connect(self._changed)

    def _changed(self) -> None:
        self.changes += 1


@pytest.fixture
def window(qtbot) -> Window:
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.what.hasFocus)
    return window


def test_the_fields_show_the_item_the_keyboard_at_the_end_of_what(window):
    editor = window.editor
    assert editor.what.toPlainText() == "Provide three short papers"
    assert editor.what.textCursor().atEnd()
    assert (editor.owner.text(), editor.due.text()) == ("IOM Administration", "next meeting")
    assert editor.status.currentText() == "Open"
    assert [f.accessibleName() for f in editor.fields()] == ["What", "Owner", "Due", "Status"]
    assert editor.values() == {
        "what": "Provide three short papers",
        "owner": "IOM Administration",
        "due": "next meeting",
        "status": ActionStatus.OPEN,
    }
    editor.show_item(PAPERS)  # as the delegate fills it once it is in place
    assert window.changes == 0  # shown, not typed


def test_each_keystroke_is_told_and_the_values_are_tidied(qtbot, window):
    editor = window.editor
    qtbot.keyClicks(editor.what, "  on   data ")
    assert window.changes == len("  on   data ")
    qtbot.keyClick(editor.what, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.owner
    editor.owner.selectAll()
    qtbot.keyClicks(editor.owner, " Secretariat ")
    qtbot.keyClick(editor.owner, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.due, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)
    assert editor.values() == {
        "what": "Provide three short papers on data",
        "owner": "Secretariat",
        "due": "next meeting",
        "status": ActionStatus.DONE,
    }
    assert window.finished == []


def test_enter_keeps_the_changes_in_any_field(qtbot, window):
    qtbot.keyClicks(window.editor.what, " now")
    qtbot.keyClick(window.editor.what, Qt.Key.Key_Return)
    assert window.finished == [True]
    assert window.editor.values()["what"] == "Provide three short papers now"  # no new line


def test_escape_cancels_and_nothing_more_is_told(qtbot, window):
    window.editor.owner.setFocus()
    qtbot.keyClick(window.editor.owner, Qt.Key.Key_Escape)
    assert window.finished == [False]
    qtbot.keyClicks(window.editor.owner, "late")
    qtbot.keyClick(window.editor.owner, Qt.Key.Key_Return)
    assert window.finished == [False] and window.changes == 0


def test_leaving_the_fields_keeps_the_changes(qtbot, window):
    qtbot.keyClicks(window.editor.what, " soon")
    qtbot.mouseClick(window.elsewhere, Qt.MouseButton.LeftButton)
    window.elsewhere.setFocus()
    qtbot.waitUntil(lambda: window.finished == [True])
    assert QApplication.focusWidget() is window.elsewhere  # the click's field keeps the keyboard


def test_moving_between_its_own_fields_is_not_leaving(qtbot, window):
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.status
    assert window.finished == []
