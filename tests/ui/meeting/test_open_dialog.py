"""Ctrl+O's dialog: the library's meetings, most recent first, narrowed as you type."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QWidget

from desktop_app.store.meeting_list import MeetingSummary
from desktop_app.ui.meeting.open_dialog import OpenMeetingDialog

IOM = "Working Group on IOM–UN Relations and Related Issues"
CAT = "Comité contre la torture"


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # so that a field given the focus has it
    return dialog


def field(dialog: QWidget, name: str) -> QWidget:
    """The control a screen reader announces as `name` (a list, not its viewport)."""
    found = [
        w
        for w in dialog.findChildren(QWidget)
        if w.accessibleName() == name and w.parentWidget().accessibleName() != name
    ]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def summary(meeting_id, date, symbol, title, body=IOM, paragraphs=30, open_items=0):
    return MeetingSummary(
        meeting_id, date, symbol, title, body, "final", paragraphs, open_items, ""
    )


@pytest.fixture
def meetings():
    return [
        summary("jul", dt.date(2017, 7, 3), "WG/REL/2017/6", "Note of 3 July 2017"),
        summary("cat", dt.date(2017, 5, 3), "CAT/C/SR.229", "Compte rendu analytique", CAT),
        summary("aug", dt.date(2017, 8, 28), "WG/REL/2017/7", "Note of 28 August 2017", IOM, 31, 5),
        summary("undated", None, "", "Notes of a lunch"),
    ]


def rows(dialog: OpenMeetingDialog) -> list[list[str]]:
    """The rows the user sees, top to bottom."""
    tree = dialog.findChild(QTreeWidget)
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [[item.text(c) for c in range(5)] for item in items if not item.isHidden()]


def test_meetings_are_listed_most_recent_first_with_counts(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    assert rows(dialog) == [
        ["28 August 2017", "WG/REL/2017/7", "Note of 28 August 2017", "31", "5"],
        ["3 July 2017", "WG/REL/2017/6", "Note of 3 July 2017", "30", "0"],
        ["3 May 2017", "CAT/C/SR.229", "Compte rendu analytique", "30", "0"],
        ["", "", "Notes of a lunch", "30", "0"],
    ]
    assert dialog.focusWidget() is field(dialog, "Filter meetings")


def test_the_filter_narrows_the_list_as_you_type_and_enter_opens(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    filter_field = field(dialog, "Filter meetings")
    qtbot.keyClicks(filter_field, "2017/")
    assert [row[1] for row in rows(dialog)] == ["WG/REL/2017/7", "WG/REL/2017/6"]
    qtbot.keyClicks(filter_field, "6")
    assert [row[1] for row in rows(dialog)] == ["WG/REL/2017/6"]
    qtbot.keyClick(filter_field, Qt.Key.Key_Return)
    assert dialog.chosen_meeting_id() == "jul"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("torture", "cat"), ("august", "aug"), ("2017-05", "cat"), ("lunch", "undated")],
)
def test_the_filter_finds_meetings_by_body_date_or_title(qtbot, meetings, typed, expected):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    qtbot.keyClicks(field(dialog, "Filter meetings"), typed)
    assert len(rows(dialog)) == 1
    qtbot.keyClick(field(dialog, "Filter meetings"), Qt.Key.Key_Return)
    assert dialog.chosen_meeting_id() == expected


def test_arrow_keys_move_in_the_list_while_typing(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    filter_field = field(dialog, "Filter meetings")
    qtbot.keyClick(filter_field, Qt.Key.Key_Down)
    qtbot.keyClick(filter_field, Qt.Key.Key_Down)
    qtbot.keyClick(filter_field, Qt.Key.Key_Up)
    assert dialog.focusWidget() is filter_field
    qtbot.keyClick(filter_field, Qt.Key.Key_Return)
    assert dialog.chosen_meeting_id() == "jul"


def test_double_click_opens_a_meeting(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    tree = dialog.findChild(QTreeWidget)
    centre = tree.visualItemRect(tree.topLevelItem(2)).center()
    # As a mouse does it: the first click, then the second one, a double click.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.chosen_meeting_id() == "cat"


def test_nothing_opens_when_nothing_matches(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    filter_field = field(dialog, "Filter meetings")
    qtbot.keyClicks(filter_field, "budget")
    assert rows(dialog) == []
    assert field(dialog, "Meetings shown").text() == "No meeting matches “budget”."
    qtbot.keyClick(filter_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(filter_field, Qt.Key.Key_Escape)
    assert dialog.chosen_meeting_id() is None


def test_enter_in_the_list_opens_the_meeting_chosen_there(qtbot, meetings):
    dialog = shown(qtbot, OpenMeetingDialog(None, meetings))
    qtbot.keyClick(field(dialog, "Filter meetings"), Qt.Key.Key_Tab)
    tree = dialog.findChild(QTreeWidget)
    assert dialog.focusWidget() is tree
    qtbot.keyClick(tree, Qt.Key.Key_End)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert dialog.chosen_meeting_id() == "undated"


def test_every_control_has_a_name_for_screen_readers(qtbot, meetings):
    dialogs = [OpenMeetingDialog(None, meetings)]
    for dialog in dialogs:
        shown(qtbot, dialog)
        # The parts of a list are named by the list; a text field inside a combo box takes
        # the keyboard itself, so it needs its own name.
        compound = (QTreeWidget,)
        unnamed = [
            widget
            for widget in dialog.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisible()
            and not widget.accessibleName()
            and not isinstance(widget.parentWidget(), compound)
            and not isinstance(widget.parentWidget().parentWidget(), compound)
        ]
        assert unnamed == [], dialog.windowTitle()
