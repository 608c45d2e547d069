"""The action items pane: what a user sees, and what the keys and the mouse ask for."""

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QListView, QToolButton, QWidget

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.pane import EMPTY_TEXT, ActionItemsPane

NEXT_MEETING = "next meeting of the Working Group"
# The `::: actions` block of resources/sample-meeting.md, with one item done.
SAMPLE = [
    NumberedActionItem(
        "papers",
        "Provide three short papers: an update on IOM's work on migration data, a brief on "
        "IOM's existing policy capability, and a summary of IOM's capacity-building work",
        "IOM Administration",
        NEXT_MEETING,
        ActionStatus.OPEN,
        26,
    ),
    NumberedActionItem(
        "oral",
        "Provide an oral update on the current state of IOM–UN relations, including the "
        "effectiveness of coordination with other United Nations agencies",
        "Director General",
        NEXT_MEETING,
        ActionStatus.OPEN,
        27,
    ),
    NumberedActionItem(
        "analysis",
        "Produce an analysis of the possible roles for IOM in the follow-up to the global "
        "compact, including its financial implications",
        "IOM Administration",
        "",
        ActionStatus.OPEN,
        18,
    ),
    NumberedActionItem(
        "briefing",
        "Produce a short briefing note on the migration data IOM currently produces",
        "IOM Administration",
        "",
        ActionStatus.DONE,
        18,
    ),
    NumberedActionItem(
        "update",
        "Give another update on the global compact on migration process at the next meeting",
        "Director General, Deputy Director General or Senior Policy Adviser",
        NEXT_MEETING,
        ActionStatus.OPEN,
        28,
    ),
]


class Recorder:
    """Every signal the pane emits, in order."""

    def __init__(self, pane: ActionItemsPane) -> None:
        self.changes: list[tuple[str, str, object]] = []
        self.deleted: list[str] = []
        self.activated: list[str] = []
        self.titles: list[str] = []
        self.undos = 0
        self.new_steps = 0
        pane.action_item_changed.connect(lambda *args: self.changes.append(args))
        pane.action_item_deleted.connect(self.deleted.append)
        pane.action_item_activated.connect(self.activated.append)
        pane.title_changed.connect(self.titles.append)
        pane.undo_requested.connect(self._undo)
        pane.new_undo_step.connect(self._new_step)

    def _undo(self) -> None:
        self.undos += 1

    def _new_step(self) -> None:
        self.new_steps += 1

    def latest(self) -> dict[tuple[str, str], object]:
        """The last value reported for each field of each item: what the window now holds."""
        return {(item_id, field): value for item_id, field, value in self.changes}


@pytest.fixture
def pane(qtbot):
    pane = ActionItemsPane()
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    pane.activateWindow()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def recorder(pane):
    return Recorder(pane)


def the_list(pane: ActionItemsPane) -> QListView:
    return pane.findChild(QListView)


def shown_rows(pane: ActionItemsPane) -> list[str]:
    """The text of each row in sight, as it is drawn: what, owner, due, status · para."""
    view = the_list(pane)
    if not view.isVisible():
        return []
    model = view.model()
    return [
        model.index(row, 0).data() for row in range(model.rowCount()) if not view.isRowHidden(row)
    ]


def row_of(pane: ActionItemsPane, action_item_id: str) -> int:
    ids = [item.id for item in SAMPLE]
    return ids.index(action_item_id)


def select(qtbot, pane: ActionItemsPane, action_item_id: str) -> QListView:
    """Click the item's row (away from its check box), leaving the focus in the list."""
    view = the_list(pane)
    rect = view.visualRect(view.model().index(row_of(pane, action_item_id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return view


def focused_field() -> QWidget:
    return QApplication.focusWidget()


def test_each_item_shows_what_owner_due_status_and_paragraph(pane):
    pane.set_action_items(SAMPLE)
    rows = shown_rows(pane)
    assert rows[0] == (f"{SAMPLE[0].what}\nIOM Administration\nDue {NEXT_MEETING}\nOpen · para. 26")
    assert rows[2] == f"{SAMPLE[2].what}\nIOM Administration\nOpen · para. 18"


def test_an_item_without_paragraph_shows_none(pane):
    pane.set_show_all(True)
    dropped = NumberedActionItem("x", "Circulate the list", "", "", ActionStatus.DROPPED, None)
    pane.set_action_items([dropped])
    assert shown_rows(pane) == ["Circulate the list\nDropped"]


def test_a_screen_reader_hears_the_whole_item(pane):
    pane.set_action_items(SAMPLE)
    view = QAccessible.queryAccessibleInterface(the_list(pane))
    names = [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())]
    assert (
        f"{SAMPLE[1].what}. Owner: Director General. Due: {NEXT_MEETING}. Open. Paragraph 27."
        in names
    )


def test_open_hides_done_items_and_all_shows_them(qtbot, pane):
    pane.set_action_items(SAMPLE)
    assert len(shown_rows(pane)) == 4
    assert not any(row.startswith("Produce a short briefing") for row in shown_rows(pane))
    show_all = next(b for b in pane.findChildren(QToolButton) if b.text() == "All")
    show_all.setFocus()
    qtbot.keyClick(show_all, Qt.Key.Key_Space)
    assert len(shown_rows(pane)) == 5
    assert shown_rows(pane)[3].endswith("Done · para. 18")


def test_the_title_counts_the_open_items(pane, recorder):
    assert pane.title() == "Action items"
    pane.set_action_items(SAMPLE)
    assert recorder.titles == ["Action items (4 open)"]
    pane.set_action_items([replace(SAMPLE[0], status=ActionStatus.DONE), *SAMPLE[1:]])
    assert recorder.titles[-1] == "Action items (3 open)"
    assert pane.title() == "Action items (3 open)"


def test_space_completes_the_selected_item_and_space_again_reopens_it(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "oral")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert recorder.changes == [("oral", "status", ActionStatus.DONE)]
    assert recorder.titles[-1] == "Action items (3 open)"
    # Still in sight, struck through, so that a slip is undone with a second Space.
    assert shown_rows(pane)[1].endswith("Done · para. 27")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert recorder.changes[-1] == ("oral", "status", ActionStatus.OPEN)


def test_the_check_box_completes_an_item_without_jumping_to_its_paragraph(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = the_list(pane)
    rect = view.visualRect(view.model().index(2, 0))
    box = QPoint(rect.left() + 14, rect.top() + 14)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert recorder.changes == [("analysis", "status", ActionStatus.DONE)]
    assert recorder.activated == []


def test_a_click_or_enter_shows_the_paragraph_an_item_came_from(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "papers")
    assert recorder.activated == ["papers"]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert recorder.activated == ["papers", "oral"]
    assert recorder.changes == []


def test_delete_asks_to_delete_the_selected_item(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "analysis")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert recorder.deleted == ["analysis"]
    # The window removes it; the selection moves to the next item for another Delete.
    pane.set_action_items([item for item in SAMPLE if item.id != "analysis"])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert recorder.deleted == ["analysis", "update"]


def test_f2_edits_an_item_in_place_field_by_field(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "analysis")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    what = focused_field()
    assert what.accessibleName() == "What"
    qtbot.keyClick(what, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(what, "Analyse the roles IOM could play after the global compact")
    qtbot.keyClick(what, Qt.Key.Key_Tab)
    qtbot.keyClick(focused_field(), Qt.Key.Key_Tab)
    due = focused_field()
    assert due.accessibleName() == "Due"
    qtbot.keyClicks(due, "end of 2017")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert recorder.latest() == {
        ("analysis", "what"): "Analyse the roles IOM could play after the global compact",
        ("analysis", "due"): "end of 2017",
    }
    assert focused_field() is view
    assert shown_rows(pane)[2].startswith("Analyse the roles")


def test_the_status_is_chosen_from_the_keyboard(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "update")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    for _ in range(3):
        qtbot.keyClick(focused_field(), Qt.Key.Key_Tab)
    status = focused_field()
    assert status.accessibleName() == "Status"
    qtbot.keyClick(status, Qt.Key.Key_End)  # the last choice: dropped
    assert recorder.changes == [("update", "status", ActionStatus.DROPPED)]  # at once
    qtbot.keyClick(status, Qt.Key.Key_Return)
    assert recorder.changes == [("update", "status", ActionStatus.DROPPED)]


def test_each_keystroke_is_reported_while_the_editor_stays_open(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "papers")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    what = focused_field()
    qtbot.keyClicks(what, " by email")
    assert recorder.changes[-1] == ("papers", "what", f"{SAMPLE[0].what} by email")
    assert len(recorder.changes) == len("byemail")  # a space alone changes nothing yet
    assert focused_field() is what
    assert what.textCursor().position() == len(what.toPlainText())
    qtbot.keyClicks(what, "!")
    assert what.toPlainText() == f"{SAMPLE[0].what} by email!"
    qtbot.keyClick(what, Qt.Key.Key_Tab)
    qtbot.keyClick(focused_field(), Qt.Key.Key_End)
    qtbot.keyClicks(focused_field(), " and Chair")
    assert recorder.changes[-1] == ("papers", "owner", "IOM Administration and Chair")


def test_an_emptied_what_is_not_reported(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "papers")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(focused_field(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused_field(), Qt.Key.Key_Delete)
    assert recorder.changes == []
    qtbot.keyClicks(focused_field(), "Papers")
    assert recorder.changes[-1] == ("papers", "what", "Papers")


def test_escape_puts_back_the_item_as_it_was(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "papers")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert recorder.new_steps == 1  # an edit is one step for undo
    qtbot.keyClicks(focused_field(), " by email")
    qtbot.keyClick(focused_field(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused_field(), " and Chair")
    qtbot.keyClick(focused_field(), Qt.Key.Key_Escape)
    assert recorder.new_steps == 2  # and putting it back another
    assert recorder.latest() == {
        ("papers", "what"): SAMPLE[0].what,
        ("papers", "owner"): SAMPLE[0].owner,
    }
    assert shown_rows(pane)[0].startswith(f"{SAMPLE[0].what}\nIOM Administration\n")
    assert focused_field() is view


def test_tab_past_the_last_field_keeps_the_changes(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "papers")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(focused_field(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused_field(), Qt.Key.Key_End)
    qtbot.keyClicks(focused_field(), " and Legal Office")
    for _ in range(3):
        qtbot.keyClick(focused_field(), Qt.Key.Key_Tab)
    assert recorder.latest() == {("papers", "owner"): "IOM Administration and Legal Office"}
    assert focused_field() is not None and focused_field().accessibleName() != "Status"


def test_a_new_item_opens_for_its_words(qtbot, pane, recorder):
    new = NumberedActionItem("new", "requested the secretariat to", "", "", ActionStatus.OPEN, 12)
    pane.set_action_items([*SAMPLE, new])
    pane.edit_what("new")
    what = focused_field()
    assert what.accessibleName() == "What"
    qtbot.keyClicks(what, " circulate the draft")
    qtbot.keyClick(what, Qt.Key.Key_Return)
    assert recorder.latest() == {
        ("new", "what"): "requested the secretariat to circulate the draft"
    }


def test_an_update_from_the_window_keeps_the_selection(qtbot, pane):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "update")
    first = NumberedActionItem("first", "Report back", "Chair", "", ActionStatus.OPEN, 1)
    pane.set_action_items([first, *SAMPLE])
    assert view.currentIndex().data().startswith("Give another update")


def test_a_read_only_library_lets_nothing_change(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    pane.set_read_only(True)
    view = select(qtbot, pane, "papers")
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_F2):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recorder.undos == 0
    assert focused_field() is view
    pane.edit_what("papers")
    assert focused_field() is view
    assert recorder.changes == []
    assert recorder.deleted == []
    assert recorder.activated == ["papers"]


def test_an_empty_list_says_how_to_make_an_action_item(pane):
    labels = [label for label in pane.findChildren(QLabel) if label.isVisible()]
    assert [label.text() for label in labels] == [EMPTY_TEXT]


def test_when_every_item_is_settled_the_open_list_says_so(pane):
    pane.set_action_items([replace(item, status=ActionStatus.DONE) for item in SAMPLE])
    labels = [label.text() for label in pane.findChildren(QLabel) if label.isVisible()]
    assert "No open action items. Choose All to see the 5 done or dropped." in labels


def test_two_hundred_items_are_shown_quickly(pane):
    many = [replace(SAMPLE[n % 5], id=f"item{n}", paragraph_number=n) for n in range(200)]
    start = time.perf_counter()
    pane.set_action_items(many)
    pane.set_action_items([replace(item, owner="Chair") for item in many])
    QApplication.processEvents()
    assert time.perf_counter() - start < 1.0
    assert len(shown_rows(pane)) == 160


def test_an_item_asked_for_before_it_arrives_opens_when_it_does(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    pane.edit_what("new")
    new = NumberedActionItem("new", "circulate the draft", "", "", ActionStatus.OPEN, 12)
    pane.set_action_items([*SAMPLE, new])
    qtbot.keyClick(focused_field(), Qt.Key.Key_Home)
    qtbot.keyClicks(focused_field(), "Please ")
    qtbot.keyClick(focused_field(), Qt.Key.Key_Return)
    assert recorder.latest() == {("new", "what"): "Please circulate the draft"}


def test_words_being_typed_survive_an_item_added_meanwhile(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "analysis")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(focused_field(), " and ris")
    typed = replace(SAMPLE[2], what=f"{SAMPLE[2].what} and ris")  # as the window has it now
    first = NumberedActionItem("first", "Report back", "Chair", "", ActionStatus.OPEN, 1)
    pane.set_action_items([first, *SAMPLE[:2], typed, *SAMPLE[3:]])
    assert focused_field().accessibleName() == "What"
    assert focused_field().toPlainText().endswith(" and ris")
    assert recorder.new_steps == 1  # the same edit goes on
    qtbot.keyClicks(focused_field(), "ks")
    qtbot.keyClick(focused_field(), Qt.Key.Key_Escape)
    # Esc goes back to the words before the edit, not to those when the list changed.
    assert recorder.latest() == {("analysis", "what"): SAMPLE[2].what}


def test_delete_says_what_was_deleted_and_offers_to_undo(qtbot, pane, recorder):
    pane.set_action_items(SAMPLE)
    view = select(qtbot, pane, "oral")
    pane.action_item_deleted.connect(
        lambda item_id: pane.set_action_items([i for i in SAMPLE if i.id != item_id])
    )
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    notice = next(w for w in pane.findChildren(QLabel) if w.objectName() == "undoNotice")
    assert notice.isVisible()
    assert notice.text() == "Deleted “Provide an oral update on the current state of IOM–UN…”."
    undo = next(b for b in pane.findChildren(QToolButton) if b.text() == "Undo")
    assert undo.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recorder.undos == 1
    assert not notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert notice.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert recorder.undos == 2
    assert recorder.deleted == ["oral", "analysis"]


def test_the_item_an_undo_brings_back_is_selected(qtbot, pane, recorder):
    pane.set_action_items([item for item in SAMPLE if item.id != "analysis"])
    view = select(qtbot, pane, "papers")
    pane.undo_requested.connect(lambda: pane.set_action_items(SAMPLE))
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().data().startswith("Produce an analysis")
    assert focused_field() is view


def test_the_pane_brings_its_command_for_the_window_menu(pane):
    (new,) = pane.actions_for_menu()
    assert new.text().replace("&", "") == "New action item from the selection"
    assert new.shortcut().toString() == "Ctrl+Shift+A"
    assert new.toolTip() == "New action item from the selection (Ctrl+Shift+A)"


def test_the_window_menu_and_toolbar_hold_the_panes_own_command(sample_window):
    window = sample_window
    (new,) = window.action_items.actions_for_menu()
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Action items"
    )
    assert menu.actions()[0] is new  # then the requests across meetings
    assert [a.text().replace("&", "") for a in menu.actions()[1:] if not a.isSeparator()] == [
        "Requests across meetings"
    ]
    assert window.actions.new_action_item is new
