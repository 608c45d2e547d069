"""Drag and drop in the agenda: where a dropped item goes, whether it may go there, and
that a drop only asks for the move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.core.outline import AgendaEntry
from desktop_app.ui.agenda.drag_and_drop import MIME_TYPE
from desktop_app.ui.agenda.tree import AgendaTree
from tests.ui.agenda.helpers import NESTED, item, shown

Drop = QAbstractItemView.DropIndicatorPosition


def drop_event(point: QPoint, data: QMimeData) -> QDropEvent:
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    return QDropEvent(QPointF(point), Qt.DropAction.MoveAction, data, buttons, modifiers)


@pytest.fixture
def tree(qtbot) -> AgendaTree:
    tree = AgendaTree()
    qtbot.addWidget(tree)
    tree.resize(320, 400)
    tree.set_agenda(NESTED)
    tree.show()
    qtbot.waitExposed(tree)
    return tree


def test_where_a_drop_moves_an_item(tree):
    target = tree.move_target_for_drop
    # Among level-1 items: the index counts the siblings once the item is taken out.
    assert target("opening", "future", Drop.BelowItem) == (None, 2)
    assert target("other", "compact", Drop.AboveItem) == (None, 1)
    assert target("opening", None, Drop.OnViewport) == (None, 3)
    # Onto a level-1 item: its last sub-item; below an expanded one: its first.
    assert target("opening", "future", Drop.OnItem) == ("future", 0)
    assert target("other", "compact", Drop.OnItem) == ("compact", 3)
    assert target("other", "compact", Drop.BelowItem) == ("compact", 0)
    # A sub-item can leave its parent, or move within it.
    assert target("budget", "opening", Drop.AboveItem) == (None, 0)
    assert target("sessions", "hearing", Drop.BelowItem) == ("compact", 2)
    assert target("sessions", "budget", Drop.OnItem) == ("compact", 1)


def test_drops_that_change_nothing_or_nest_too_deep_are_refused(tree):
    target = tree.move_target_for_drop
    tree.set_agenda([*NESTED, AgendaEntry("any", "Any other business", "(a)", 2, "", 0)])
    assert target("future", "future", Drop.OnItem) is None
    assert target("compact", "opening", Drop.BelowItem) is None  # it is there already
    assert target("budget", "sessions", Drop.BelowItem) is None
    # An item with sub-items cannot become a sub-item itself, nor go into its own.
    assert target("other", "future", Drop.OnItem) is None
    assert target("other", "budget", Drop.AboveItem) is None
    assert target("other", "sessions", Drop.BelowItem) is None
    assert target("compact", "sessions", Drop.AboveItem) is None
    # Below the last sub-item, it goes after their parent instead.
    assert target("other", "hearing", Drop.BelowItem) == (None, 2)
    assert target("opening", "hearing", Drop.BelowItem) == ("compact", 3)


def test_a_drop_asks_for_the_move_and_leaves_the_tree_as_it_was(tree, qtbot):
    before = shown(tree)
    dragged = tree.mimeData([item(tree, "opening")])
    assert dragged.hasFormat(MIME_TYPE)
    rect = tree.visualItemRect(item(tree, "future"))
    below_future = QPoint(rect.center().x(), rect.bottom() - 1)
    event = drop_event(below_future, dragged)
    with qtbot.waitSignal(tree.move_requested) as moved:
        tree.dropEvent(event)
    assert moved.args == ["opening", None, 2]
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # the source must not remove it
    assert shown(tree) == before


def test_a_refused_drop_asks_for_nothing(tree, qtbot):
    data = QMimeData()
    data.setData(MIME_TYPE, b"compact")
    rect = tree.visualItemRect(item(tree, "future"))
    event = drop_event(rect.center(), data)
    with qtbot.assertNotEmitted(tree.move_requested):
        tree.dropEvent(event)


def dropped_at(qtbot, tree: AgendaTree, item_id: str, point: QPoint) -> list:
    """The move a drop of `item_id` at `point` asks for; [] if it asks for none."""
    asked: list = []
    tree.move_requested.connect(lambda *args: asked.extend(args))
    data = QMimeData()
    data.setData(MIME_TYPE, item_id.encode())
    tree.dropEvent(drop_event(point, data))
    return asked


def test_the_point_of_the_drop_says_above_on_or_below_the_item(qtbot, tree):
    rect = tree.visualItemRect(item(tree, "future"))
    x = rect.center().x()
    assert dropped_at(qtbot, tree, "other", QPoint(x, rect.top() + 1)) == ["other", None, 2]
    assert dropped_at(qtbot, tree, "opening", rect.center()) == ["opening", "future", 0]


def test_an_agenda_item_carries_its_id_alone(tree):
    dragged = tree.mimeData([item(tree, "budget")])
    assert tree.mimeTypes() == [MIME_TYPE]
    assert bytes(dragged.data(MIME_TYPE).data()) == b"budget"
    assert tree.supportedDropActions() == Qt.DropAction.MoveAction


def test_nothing_from_outside_nor_into_a_read_only_agenda_is_dropped(qtbot, tree):
    rect = tree.visualItemRect(item(tree, "future"))
    outside = QMimeData()
    outside.setText("compact")
    with qtbot.assertNotEmitted(tree.move_requested):
        tree.dropEvent(drop_event(rect.center(), outside))
    tree.set_read_only(True)
    assert dropped_at(qtbot, tree, "opening", rect.center()) == []
