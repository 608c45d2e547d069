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


def test_panes_put_one_behind_the_other_have_tabs_a_screen_reader_names(
    qtbot, library_path, tmp_path
):
    from PySide6.QtWidgets import QTabBar

    from desktop_app.ui.app import create_window
    from tests.ui.window.helpers import settings_in

    with settings_in(tmp_path / "settings"):  # the layout changed here is kept here only
        window = create_window(library_path)
        window.show()
        qtbot.waitExposed(window)
        try:
            window.tabifyDockWidget(window.actions_dock, window.footnotes_dock)  # as if dragged
            qtbot.wait(10)
            bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
            assert bars and all(bar.accessibleName() == "Panes in this place" for bar in bars)
        finally:
            window.close()
            window.library.close()
