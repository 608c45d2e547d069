"""The main window as it composes the panes: the agenda on the left, the action items on the
right, the footnotes below the note; a new footnote shown and typed in at once, Escape back
to its marker; an agenda item typed in the note appears in the agenda pane; the action items
dock counts the open ones; Help lists every shortcut and names the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from tests.ui.keyboard import focused, type_text
from tests.ui.window.helpers import Answering

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MARKER = "\ufffc"


def footnote_rows(window) -> list[str]:
    view = window.footnotes.findChild(QListView)
    model = view.model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def test_the_panes_stand_around_the_note(sample_window):
    window = sample_window
    area = Qt.DockWidgetArea
    assert window.dockWidgetArea(window.agenda_dock) == area.LeftDockWidgetArea
    assert window.dockWidgetArea(window.actions_dock) == area.RightDockWidgetArea
    assert window.dockWidgetArea(window.footnotes_dock) == area.BottomDockWidgetArea
    assert [d.windowTitle() for d in (window.agenda_dock, window.footnotes_dock)] == [
        "Agenda", "Footnotes",
    ]  # fmt: skip
    banner, header, editor, find_bar = (
        window.banner, window.meeting_header, window.editor, window.find_bar
    )  # fmt: skip
    assert window.centre.currentWidget().isAncestorOf(editor)
    top = [w.mapTo(window, w.rect().topLeft()).y() for w in (header, editor)]
    assert top[0] < top[1]  # the title block above the note
    assert not banner.isVisible() and not find_bar.isVisible()


def test_a_new_footnote_is_shown_and_typed_in_then_escape_goes_back_to_its_marker(
    qtbot, sample_window
):
    window = sample_window
    window.footnotes_dock.close()
    window.editor.setFocus()
    window.editor.go_to_end()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL | ALT)
    assert window.footnotes_dock.isVisible()
    assert window.footnotes.isAncestorOf(focused())
    type_text(focused(), "See the report of the Director General.")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.editor
    cursor = window.editor.textCursor()
    assert cursor.block().text().endswith(MARKER)
    assert cursor.atBlockEnd()  # just after the marker, to go on typing
    qtbot.waitUntil(lambda: len(footnote_rows(window)) == 2)
    assert footnote_rows(window)[1].endswith("See the report of the Director General.")


def test_an_agenda_item_typed_in_the_note_appears_in_the_agenda_pane(qtbot, sample_window):
    window = sample_window
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_I, CTRL | ALT)
    type_text(focused(), "Other matters")
    qtbot.waitUntil(lambda: window.agenda.topLevelItemCount() == 3)
    assert window.agenda.topLevelItem(2).text(0).endswith("Other matters")
    assert window.agenda.currentItem() is window.agenda.topLevelItem(2)  # where the cursor is


def test_the_action_items_dock_counts_the_open_ones(qtbot, sample_window):
    window = sample_window
    before = window.actions_dock.windowTitle()
    assert before.startswith("Action items (") and before.endswith(" open)")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    window.actions.new_action_item.trigger()
    qtbot.waitUntil(lambda: window.actions_dock.windowTitle() != before)
    counted = int(before.removeprefix("Action items (").split()[0])
    assert window.actions_dock.windowTitle() == f"Action items ({counted + 1} open)"


def test_help_lists_the_shortcuts_of_every_pane_and_names_the_library(
    qtbot, sample_window, library_path
):
    answering = Answering().start()
    try:
        sample_window.actions.shortcuts.trigger()
        sample_window.actions.about.trigger()
        qtbot.waitUntil(lambda: len(answering.seen) == 2)
    finally:
        answering.stop()
    (shortcuts_title, shortcuts), (about_title, about) = answering.seen
    assert shortcuts_title == "Keyboard shortcuts"
    for row in (
        "<td>Save</td><td><b>Ctrl+S</b></td>",  # the window's
        "<td>Bold (strong)</td><td><b>Ctrl+B</b></td>",  # the note's
        "<td>Add agenda item</td><td><b>Ctrl+Alt+I</b></td>",  # the agenda pane's
        "<td>New action item from the selection</td><td><b>Ctrl+Shift+A</b></td>",
    ):
        assert row in shortcuts
    assert about_title == "About Rapporteur" and str(library_path) in about


def test_a_warning_is_shown_and_the_window_is_active_again(qtbot, sample_window):
    answering = Answering().start()
    try:
        sample_window.warn("Export failed", "There is no folder /gone.")
    finally:
        answering.stop()
    assert answering.seen == [("Export failed", "There is no folder /gone.")]
    qtbot.waitUntil(sample_window.isActiveWindow)


def test_escape_from_a_footnote_chosen_in_its_pane_goes_to_its_marker_in_the_note(
    qtbot, sample_window
):
    window = sample_window
    window.editor.go_to_end()  # far from the footnote's paragraph
    window.footnotes.edit_footnote(next(iter(window.session.meeting.footnotes)))
    type_text(focused(), " Revised.")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.editor
    cursor = window.editor.textCursor()
    assert cursor.block().text().endswith(f"December 2017.{MARKER}")  # paragraph 4
    assert cursor.atBlockEnd()


def test_no_two_commands_of_the_window_share_a_shortcut(window):
    from PySide6.QtGui import QAction

    taken: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            if name in taken and taken[name] != action.text():
                clashes.append((name, taken[name], action.text()))
            taken.setdefault(name, action.text())
    assert clashes == []
    assert "Ctrl+Shift+T" in taken and "Ctrl+Shift+N" in taken
