"""The list of action item cards: Space, Delete and Enter ask for their action on the
current item, and so does the context menu, which offers only reading when nothing may
change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.card_list import ActionItemList
from desktop_app.ui.action_items.model import ActionItemsModel

ITEMS = [
    NumberedActionItem("papers", "Provide three short papers", "IOM", "", ActionStatus.OPEN, 26),
    NumberedActionItem(
        "oral", "Give an oral update", "Director General", "", ActionStatus.OPEN, 27
    ),
]


class Asked:
    """The rows the list asked each action for, in order."""

    def __init__(self, view: ActionItemList) -> None:
        self.asked: list[tuple[str, int]] = []
        for name in ("toggle", "delete", "activate", "edit"):
            signal = getattr(view, f"{name}_requested")
            signal.connect(lambda index, n=name: self.asked.append((n, index.row())))


@pytest.fixture
def view(qtbot) -> ActionItemList:
    view = ActionItemList()
    qtbot.addWidget(view)
    model = ActionItemsModel(view)
    model.set_items(ITEMS)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(model.index(1))
    return view


def menu_shown(view: ActionItemList, row: int, choose: str | None = None) -> list[tuple[str, bool]]:
    """Right-click on the row: the menu's entries and whether each is enabled; `choose`
    picks one of them, else the menu is closed."""
    entries: list[tuple[str, bool]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_menu)
            return
        entries.extend((a.text(), a.isEnabled()) for a in menu.actions())
        chosen = next((a for a in menu.actions() if a.text().startswith(choose or "\0")), None)
        if chosen is not None:
            chosen.trigger()
        menu.close()

    point = view.visualRect(view.model().index(row)).center()
    QTimer.singleShot(0, read_menu)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    return entries


def test_space_delete_and_enter_ask_for_their_action_on_the_current_item(qtbot, view):
    asked = Asked(view)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(view, key)
    assert asked.asked == [("toggle", 1), ("delete", 1), ("activate", 1), ("activate", 1)]
    assert view.model().rowCount() == 2  # the list asks; the pane decides


def test_other_keys_move_as_in_any_list(qtbot, view):
    asked = Asked(view)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert asked.asked == []


def test_nothing_is_asked_without_a_current_item(qtbot, view):
    asked = Asked(view)
    view.setCurrentIndex(QModelIndex())
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked.asked == []


def test_the_context_menu_names_each_action_with_its_key_and_asks_for_it(view):
    asked = Asked(view)
    assert menu_shown(view, 0, choose="Delete") == [
        ("Show its paragraph\tEnter", True),
        ("Edit\tF2", True),
        ("Mark done or open\tSpace", True),
        ("Delete\tDel", True),
    ]
    assert asked.asked == [("delete", 0)]
    assert view.currentIndex().row() == 0  # the item right-clicked became the current one


def test_a_read_only_list_offers_only_to_show_the_paragraph(view):
    view.model().read_only = True
    assert menu_shown(view, 1) == [
        ("Show its paragraph\tEnter", True),
        ("Edit\tF2", False),
        ("Mark done or open\tSpace", False),
        ("Delete\tDel", False),
    ]


def test_no_menu_below_the_last_item(view):
    asked = Asked(view)
    menus: list[QMenu] = []

    def close_any_menu() -> None:  # so that a menu shown by mistake cannot hang the test
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menus.append(menu)
            menu.close()

    QTimer.singleShot(50, close_any_menu)
    below = QPoint(10, view.viewport().height() - 2)
    global_below = view.viewport().mapToGlobal(below)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, below, global_below)
    QApplication.sendEvent(view.viewport(), event)
    assert menus == [] and asked.asked == []
