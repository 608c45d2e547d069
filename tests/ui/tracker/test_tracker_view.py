"""The tracker on its own: Open by default, Space asks for done, read-only asks nothing."""

from PySide6.QtCore import Qt

from desktop_app.core.model import ActionStatus
from desktop_app.ui.tracker.tracker_view import TrackerView
from tests.ui.tracker.test_requests_model import item


def test_space_asks_for_done_and_read_only_asks_nothing(qtbot):
    view = TrackerView()
    qtbot.addWidget(view)
    view.set_items([item("a"), item("b", status=ActionStatus.DONE)])
    assert view.shown.rowCount() == 1 and view.count.text() == "1 of 2 requests"
    asked = []
    view.status_requested.connect(lambda i, s: asked.append((i, s)))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert asked == [("a", ActionStatus.DONE)]
    view.set_read_only(True)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert len(asked) == 1 and not view.done_button.isEnabled()
