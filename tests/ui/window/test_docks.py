"""View › Show … and Ctrl+1 … Ctrl+4 bring a hidden pane back."""

from PySide6.QtCore import Qt


def test_a_hidden_pane_comes_back_with_its_menu_toggle(qtbot, sample_window):
    window = sample_window
    toggle = next(
        a for a in window.findChildren(type(window.actions.go_agenda))
        if a.text() == "Show the agenda &pane"
    )  # fmt: skip
    window.agenda_dock.close()
    qtbot.waitUntil(lambda: not toggle.isChecked())
    toggle.trigger()
    assert window.agenda_dock.isVisible()


def test_go_to_the_footnotes_shows_a_closed_dock_and_focuses_it(qtbot, sample_window):
    window = sample_window
    window.footnotes_dock.close()
    qtbot.keyClick(window.editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.footnotes_dock.isVisible()
