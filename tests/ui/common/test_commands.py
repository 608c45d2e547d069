"""A command as a QAction: its text, its keys in its tips, its icon, and its shortcut working
wherever the widget it was made for is."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.common.commands import command


def native(keys: str) -> str:
    """The keys as this platform writes them ("Ctrl+S" here, "⌘S" on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_tips_name_the_command_and_its_keys(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    save = command(widget, "&Save", QKeySequence.StandardKey.Save, "save")
    assert save.text() == "&Save"
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert save.toolTip() == f"Save ({native('Ctrl+S')})"
    assert save.statusTip() == save.toolTip()
    assert not save.icon().isNull()


def test_a_command_without_keys_or_icon_is_named_without_its_dots(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    export = command(widget, "&Export…")
    assert export.shortcut().isEmpty()
    assert export.icon().isNull()
    assert (export.toolTip(), export.statusTip()) == ("Export", "Export")
    move = command(widget, "Move &up", "Alt+Up")
    assert move.toolTip() == f"Move up ({native('Alt+Up')})"


def test_a_widgets_command_answers_its_keys_inside_that_widget(qtbot):
    pane = QWidget()
    qtbot.addWidget(pane)
    field = QLineEdit(pane)
    QVBoxLayout(pane).addWidget(field)
    add = command(pane, "Add an item", "Ctrl+Alt+I")
    assert add in pane.actions()
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    with qtbot.waitSignal(add.triggered, timeout=1000):
        qtbot.keyClick(
            field,
            Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )


def test_a_command_made_for_an_object_that_is_no_widget_is_added_nowhere(qtbot):
    owner = QObject()
    undo = command(owner, "&Undo", QKeySequence.StandardKey.Undo)
    assert undo.parent() is owner
    assert undo.associatedObjects() == []
