"""The tracker in the window, through real keys: Ctrl+Shift+T, a request marked done with
Space closes its chain across three meetings in the file, the meeting on screen does not
write the old status back, Enter opens the paragraph the tracker showed."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.model import ActionStatus
from desktop_app.store.library import Library
from desktop_app.store.series import add_next_meeting
from desktop_app.ui.app import create_window
from desktop_app.ui.tracker.requests_model import PARAGRAPH, shown
from tests.support.libraries import fill_library
from tests.ui.keyboard import focused

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, library_path):
    fill_library(library_path)
    with Library.open(library_path) as library:
        first = next(m.id for m in library.meetings() if m.symbol == "WG/REL/2017/7")
        second = add_next_meeting(library, first)
        add_next_meeting(library, second.id)
    shown_window = create_window(library_path, first)
    shown_window.show()
    qtbot.waitExposed(shown_window)
    shown_window.activateWindow()
    qtbot.waitUntil(shown_window.isActiveWindow)
    yield shown_window
    shown_window.close()
    shown_window.library.close()


def test_space_marks_a_chain_done_and_the_open_meeting_keeps_it(qtbot, window, library_path):
    qtbot.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)
    view = window.tracker_page.view
    assert window.centre.currentWidget() is view and not window.actions_dock.isVisible()
    qtbot.keyClicks(view.owner, "director")
    assert view.shown.rowCount() == 6  # two requests, each in three meetings
    item_id = view.current_item_id()
    assert view.model.request(item_id).item.symbol == "WG/REL/2017/7"
    view.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert view.shown.rowCount() == 3  # the chain left the open ones
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.centre.currentIndex() == 1 and focused() is window.editor
    assert window.session.action_item(item_id).status is ActionStatus.DONE
    assert window.action_items.title() == "Action items (4 open)"  # the pane shows it done
    assert window.actions_dock.windowTitle() == "Action items (4 open)"
    qtbot.keyClicks(window.editor, " More words.")
    qtbot.waitUntil(lambda: not window.session.has_unsaved_changes, timeout=3000)
    with Library.open(library_path, read_only=True) as library:
        chain = [i for i in library.action_items.listed(owner="director")]
    what = next(i.what for i in chain if i.id == item_id)
    assert [i.status for i in chain if i.what == what] == [ActionStatus.DONE] * 3


def test_enter_opens_the_paragraph_the_tracker_showed(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)
    view = window.tracker_page.view
    view.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    request = view.model.request(view.current_item_id())
    number = shown(request, PARAGRAPH)
    assert number == "26"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.centre.currentIndex() == 1 and window.actions_dock.isVisible()
    structure = window.editor.note_for_saving().structure()
    assert structure.paragraph_number(window.editor.current_paragraph_id()) == 26
