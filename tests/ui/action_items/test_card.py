"""An action item as a card: its height follows its words, its check box is a button of
its own, and its editor in place puts what is typed into the model at once (Esc puts the
item back as it was)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.card import ActionItemDelegate
from desktop_app.ui.action_items.card_editor import ActionItemEditor
from desktop_app.ui.action_items.card_list import ActionItemList
from desktop_app.ui.action_items.model import ActionItemsModel

SHORT = NumberedActionItem("short", "Book a room", "", "", ActionStatus.OPEN, None)
FULL = NumberedActionItem(
    "papers",
    "Provide three short papers: an update on IOM's work on migration data, a brief on "
    "IOM's existing policy capability, and a summary of IOM's capacity-building work",
    "IOM Administration",
    "next meeting of the Working Group",
    ActionStatus.OPEN,
    26,
)


class Cards:
    """The list, its model and the delegate, wired as the pane wires them."""

    def __init__(self, items: list[NumberedActionItem]) -> None:
        self.view = ActionItemList()
        self.model = ActionItemsModel(self.view)
        self.model.set_items(items)
        self.view.setModel(self.model)
        self.delegate = ActionItemDelegate(self.view, self.model)
        self.view.setItemDelegate(self.delegate)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self.edits: list[tuple[str, str, object]] = []
        self.checked: list[int] = []
        self.steps = 0
        self.model.edited.connect(lambda *args: self.edits.append(args))
        self.delegate.check_clicked.connect(lambda index: self.checked.append(index.row()))
        self.delegate.step_ended.connect(self._step)

    def _step(self) -> None:
        self.steps += 1

    def height(self, row: int) -> int:
        return self.view.visualRect(self.model.index(row)).height()

    def check_box(self, row: int) -> QPoint:
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.rect = self.view.visualRect(self.model.index(row))
        return self.delegate.check_rect(option, self.model.index(row)).center()

    def edit(self, qtbot, row: int) -> ActionItemEditor:
        self.view.setCurrentIndex(self.model.index(row))
        qtbot.keyClick(self.view, Qt.Key.Key_F2)
        editor = self.delegate.editor
        assert editor is not None and editor.isAncestorOf(QApplication.focusWidget())
        return editor


@pytest.fixture
def cards(qtbot) -> Cards:
    cards = Cards([SHORT, FULL, replace(FULL, id="quieter", owner="", due="")])
    qtbot.addWidget(cards.view)
    cards.view.resize(320, 480)
    cards.view.show()
    qtbot.waitExposed(cards.view)
    cards.view.activateWindow()
    cards.view.setFocus()
    qtbot.waitUntil(cards.view.hasFocus)
    return cards


def test_a_card_is_as_tall_as_its_words_wrapped_to_the_width(qtbot, cards):
    short, full = cards.height(0), cards.height(1)
    assert full > 2 * short  # what wraps, then owner, due date, status and paragraph
    cards.view.resize(200, 480)
    qtbot.waitUntil(lambda: cards.height(1) > full)
    assert cards.height(2) < cards.height(1)  # no owner and no due date: two lines less


def test_a_click_on_the_check_box_asks_to_complete_the_item_a_click_beside_it_does_not(
    qtbot, cards
):
    qtbot.mouseClick(cards.view.viewport(), Qt.MouseButton.LeftButton, pos=cards.check_box(1))
    assert cards.checked == [1]
    words = cards.view.visualRect(cards.model.index(1)).center()
    qtbot.mouseClick(cards.view.viewport(), Qt.MouseButton.LeftButton, pos=words)
    qtbot.mouseClick(cards.view.viewport(), Qt.MouseButton.RightButton, pos=cards.check_box(0))
    assert cards.checked == [1]
    cards.model.read_only = True
    qtbot.mouseClick(cards.view.viewport(), Qt.MouseButton.LeftButton, pos=cards.check_box(0))
    assert cards.checked == [1]


def test_the_editor_opens_in_place_of_the_card_and_the_card_makes_room(qtbot, cards):
    before = cards.height(0)
    editor = cards.edit(qtbot, 0)
    assert editor.what.toPlainText() == "Book a room"
    assert cards.steps == 1  # what is typed now is an undo step of its own
    qtbot.waitUntil(lambda: cards.height(0) >= editor.sizeHint().height() > before)
    qtbot.waitUntil(lambda: editor.geometry() == cards.view.visualRect(cards.model.index(0)))


def test_each_keystroke_is_in_the_model_at_once_and_the_editor_stays_open(qtbot, cards):
    editor = cards.edit(qtbot, 0)
    qtbot.keyClicks(editor.what, " for Tuesday")
    assert cards.model.item(0).what == "Book a room for Tuesday"
    assert cards.edits[-1] == ("short", "what", "Book a room for Tuesday")
    assert cards.delegate.editor is editor and editor.what.hasFocus()
    assert editor.what.textCursor().atEnd()
    qtbot.keyClick(editor.what, Qt.Key.Key_Return)
    assert cards.delegate.editor is None
    assert cards.model.item(0).what == "Book a room for Tuesday"


def test_an_emptied_what_keeps_the_words_it_had(qtbot, cards):
    editor = cards.edit(qtbot, 0)
    editor.what.selectAll()
    qtbot.keyClick(editor.what, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.owner, "Secretariat")
    assert cards.model.item(0).what == "Book a room"
    assert cards.model.item(0).owner == "Secretariat"
    assert all(field != "what" for _, field, _ in cards.edits)


def test_escape_puts_the_item_back_as_it_was(qtbot, cards):
    editor = cards.edit(qtbot, 1)
    qtbot.keyClicks(editor.what, " soon")
    editor.owner.setFocus()
    qtbot.keyClick(editor.owner, Qt.Key.Key_End)
    qtbot.keyClicks(editor.owner, ", Legal")
    assert cards.model.item(1).owner == "IOM Administration, Legal"
    steps = cards.steps
    qtbot.keyClick(editor.owner, Qt.Key.Key_Escape)
    assert cards.model.item(1) == FULL
    assert cards.steps == steps + 1  # Ctrl+Z then brings the words back
    assert cards.delegate.editor is None and cards.view.hasFocus()
