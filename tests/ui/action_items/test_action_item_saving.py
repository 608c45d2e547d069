"""Action items in the window during a live meeting: what is typed into one reaches the
library file within a second, and a deletion, a change of status or an edit is taken back
with Ctrl+Z in the action items. Checked by reading the library file itself."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QToolButton

from desktop_app.core.model import ActionItem, ActionStatus
from desktop_app.store.library import Library
from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# The pane lists the sample's action items by paragraph (18, 18, 26, 27, 28), the file in
# the order they were made (26, 27, 18, 18, 28): the pane's row of the file's item k.
ROW_OF_SAVED = [2, 3, 0, 1, 4]


def saved_action_items(path: Path) -> list[ActionItem]:
    """The action items of the library's only meeting, as the file holds them now."""
    with Library.open(path, read_only=True) as library:
        [summary] = library.meetings()
        return library.load_meeting(summary.id).action_items


def saved_whats(path: Path) -> list[str]:
    return [action.what for action in saved_action_items(path)]


def action_list(window) -> QListView:
    return window.action_items.findChild(QListView)


def notice(window) -> str:
    """The pane's notice of what Ctrl+Z would take back, if one is shown."""
    label = next(
        w for w in window.action_items.findChildren(QLabel) if w.objectName() == "undoNotice"
    )
    return label.text() if label.isVisible() else ""


def undo_button(window) -> QToolButton:
    return next(b for b in window.action_items.findChildren(QToolButton) if b.text() == "Undo")


def go_to_actions(qtbot, window) -> QListView:
    qtbot.keyClick(window.editor, Qt.Key.Key_4, CTRL)
    view = action_list(window)
    assert focused() is view
    return view


def select_row(qtbot, view: QListView, row: int) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)


@pytest.fixture
def meeting(sample_window, library_path):
    """The sample meeting on screen, saved, with the keyboard in the note."""
    assert sample_window.session.save_and_flush()
    sample_window.editor.setFocus()
    return sample_window


# Typing an action item


def test_words_typed_into_a_new_action_item_are_in_the_file_within_a_second(
    qtbot, meeting, library_path
):
    qtbot.keyClick(meeting.editor, Qt.Key.Key_A, CTRL | SHIFT)
    what = focused()
    assert what.accessibleName() == "What"
    type_text(what, " ACTIONWORDS")
    qtbot.wait(1000)
    assert any(w.endswith(" ACTIONWORDS") for w in saved_whats(library_path))
    # Still being edited, the caret where the typing left it.
    assert focused() is what
    assert what.textCursor().position() == len(what.toPlainText())
    type_text(what, " MORE")
    assert what.toPlainText().endswith("ACTIONWORDS MORE")


def test_the_owner_and_the_due_date_are_saved_as_they_are_typed(qtbot, meeting, library_path):
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[2])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    owner = focused()
    assert owner.accessibleName() == "Owner"
    qtbot.keyClick(owner, Qt.Key.Key_End)
    type_text(owner, " and Legal Office")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    type_text(focused(), "end of 2017")
    qtbot.wait(1000)
    analysis = saved_action_items(library_path)[2]
    assert (analysis.owner, analysis.due) == ("IOM Administration and Legal Office", "end of 2017")
    assert focused().accessibleName() == "Due"


def test_closing_the_window_while_typing_an_action_item_keeps_the_words(
    qtbot, meeting, library_path
):
    qtbot.keyClick(meeting.editor, Qt.Key.Key_A, CTRL | SHIFT)
    type_text(focused(), " LASTWORDS")
    meeting.close()  # at once: no pause for the autosave
    assert any(w.endswith(" LASTWORDS") for w in saved_whats(library_path))


# Taking a deletion back


def test_delete_removes_the_item_and_ctrl_z_in_the_pane_brings_it_back(
    qtbot, meeting, library_path
):
    before = saved_action_items(library_path)
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[1])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.wait(1000)
    assert saved_action_items(library_path) == before[:1] + before[2:]
    assert notice(meeting).startswith("Deleted “Provide an oral update")
    assert focused() is view

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    # The same item, in the same place, from the same paragraph.
    assert saved_action_items(library_path) == before
    assert view.currentIndex().data().startswith("Provide an oral update")
    assert notice(meeting) == ""


def test_ctrl_z_in_the_pane_leaves_the_note_alone(qtbot, meeting, library_path):
    type_text(meeting.editor, " NOTEWORDS")
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert "NOTEWORDS" in meeting.editor.toPlainText()
    assert len(meeting.session.meeting.action_items) == 5


def test_the_undo_button_brings_back_the_last_item_deleted(qtbot, meeting, library_path):
    before = saved_action_items(library_path)
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, 0)
    for _ in range(5):  # every item: the list is empty
        qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert meeting.session.meeting.action_items == []
    assert notice(meeting).startswith("Deleted “Give another update")
    # The list is gone from sight: the keyboard is on the Undo button, not in the note.
    assert focused() is undo_button(meeting)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    # Deleted from the top of the list: 18, 18, 26, 27 then 28; the last two come back.
    assert saved_action_items(library_path) == [before[1], before[4]]


# Taking a change back


def test_ctrl_z_reopens_an_item_marked_done(qtbot, meeting, library_path):
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[0])
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[0].status is ActionStatus.DONE
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[0].status is ActionStatus.OPEN


def test_ctrl_z_takes_back_one_whole_edit(qtbot, meeting, library_path):
    before = saved_action_items(library_path)[2]
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[2])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_text(focused(), " and risks")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    type_text(focused(), " and Legal Office")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # then done: a step of its own
    qtbot.wait(1000)
    edited = saved_action_items(library_path)[2]
    assert (edited.what, edited.owner, edited.status) == (
        f"{before.what} and risks",
        "IOM Administration and Legal Office",
        ActionStatus.DONE,
    )
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[2].status is ActionStatus.OPEN
    assert saved_action_items(library_path)[2].what == f"{before.what} and risks"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[2] == before


def test_escape_cancels_an_edit_and_ctrl_z_brings_the_words_back(qtbot, meeting, library_path):
    before = saved_action_items(library_path)[0]
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[0])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_text(focused(), " by email")
    qtbot.wait(1000)
    assert saved_action_items(library_path)[0].what == f"{before.what} by email"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[0] == before
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)
    assert saved_action_items(library_path)[0].what == f"{before.what} by email"


def test_edit_undo_in_the_menu_takes_back_a_deletion_in_the_action_items(qtbot, meeting):
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[0])
    first = meeting.session.meeting.action_items[0].what
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert first not in [a.what for a in meeting.session.meeting.action_items]
    note_before = meeting.editor.toPlainText()
    meeting.actions.undo.trigger()  # Edit › Undo, or the toolbar's
    assert meeting.session.meeting.action_items[0].what == first
    assert meeting.editor.toPlainText() == note_before


def test_ctrl_shift_z_makes_an_undone_deletion_and_status_again(qtbot, meeting, library_path):
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, ROW_OF_SAVED[0])
    first = meeting.session.meeting.action_items[0]
    qtbot.keyClick(view, Qt.Key.Key_Space)  # done
    assert first.status is ActionStatus.DONE
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert first.status is ActionStatus.OPEN
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert meeting.session.action_item(first.id).status is ActionStatus.DONE

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert meeting.session.action_item(first.id) is not None
    note_before = meeting.editor.toPlainText()
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert meeting.session.action_item(first.id) is None
    assert meeting.editor.toPlainText() == note_before  # the note was left alone
    qtbot.wait(1000)
    assert first.id not in [a.id for a in saved_action_items(library_path)]


def test_edit_undo_and_redo_follow_the_pane_the_user_is_in(qtbot, meeting):
    actions = meeting.actions
    assert not actions.undo.isEnabled()  # a meeting just opened: nothing to take back
    view = go_to_actions(qtbot, meeting)
    select_row(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert actions.undo.isEnabled() and not actions.redo.isEnabled()
    actions.undo.trigger()
    assert actions.redo.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)  # to the note, which has no changes
    assert meeting.editor.hasFocus()
    assert not actions.undo.isEnabled() and not actions.redo.isEnabled()
    actions.go_actions.trigger()
    actions.redo.trigger()  # Edit › Redo: deleted again
    assert len(meeting.session.meeting.action_items) == 4
