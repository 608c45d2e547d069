"""File › New meeting from this one: the meeting made and opened with its agenda titles and
the carried action items in its pane."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.meeting.next_meeting_dialog import NextMeetingDialog


def test_the_next_meeting_opens_with_its_carried_items(qtbot, sample_window):
    window = sample_window
    titles = [item.title for item in window.session.meeting.agenda]

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NextMeetingDialog):
            dialog.accept()
        else:
            QTimer.singleShot(20, accept)

    QTimer.singleShot(20, accept)
    window.actions.new_from_this.trigger()
    assert window.windowTitle().startswith("WG/REL/2017/8")
    assert len(window.session.meeting.action_items) == 5
    assert [item.title for item in window.session.meeting.agenda] == titles
    assert window.action_items._model.rowCount() == 5  # the pane shows the carried items
