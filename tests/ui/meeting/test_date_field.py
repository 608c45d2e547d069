"""The date field on its own: a date typed in words or figures, stepped with the arrows or
chosen from a calendar; empty for no date; what is wrong said once the keyboard leaves it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.ui.meeting.date_field import NO_DATE, DateField

AUGUST_28 = dt.date(2017, 8, 28)
TODAY = dt.date(2026, 12, 3)
ALT = Qt.KeyboardModifier.AltModifier


class Form(QWidget):
    """The field, then a text field to Tab to, as in a dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.date = DateField("Meeting date", today=lambda: TODAY)
        self.after = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.date)
        layout.addWidget(self.after)
        self.dates: list[dt.date | None] = []
        self.problems: list[str] = []
        self.date.date_changed.connect(self.dates.append)
        self.date.problem_changed.connect(self.problems.append)


@pytest.fixture
def form(qtbot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.date.setFocus()
    qtbot.waitUntil(
        lambda: form.date.hasFocus() or form.date.isAncestorOf(QApplication.focusWidget())
    )
    return form


def text_field(form: Form) -> QLineEdit:
    field = form.date.findChild(QLineEdit)
    assert isinstance(field, QLineEdit)
    return field


def type_over(qtbot, form: Form, text: str) -> None:
    field = text_field(form)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_a_date_in_figures_reads_as_the_note_writes_it_once_left(qtbot, form):
    type_over(qtbot, form, "28/08/2017")
    assert form.date.date() == AUGUST_28
    assert form.date.text() == "28/08/2017"  # not rewritten under the fingers
    qtbot.keyClick(text_field(form), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    assert form.date.text() == "28 August 2017"
    assert form.dates == [AUGUST_28]  # told once, not again when rewritten


def test_an_empty_field_is_no_date(qtbot, form):
    form.date.set_date(AUGUST_28)
    type_over(qtbot, form, "")
    assert form.date.date() is None and form.date.is_readable()
    assert form.dates[-1] is None
    assert text_field(form).placeholderText() == NO_DATE == "No date"
    assert form.date.accessibleName() == text_field(form).accessibleName() == "Meeting date"


def test_a_date_half_typed_changes_nothing_until_it_is_one(qtbot, form):
    form.date.set_date(AUGUST_28)
    form.dates.clear()
    type_over(qtbot, form, "3 Sept")
    assert form.dates == [None]  # emptied first: no date, then nothing while typing
    assert form.problems == [] and form.date.problem() == ""
    qtbot.keyClicks(text_field(form), "ember 2017")
    assert form.dates == [None, dt.date(2017, 9, 3)]


def test_leaving_a_text_that_is_no_date_says_so_and_keeps_it(qtbot, form):
    type_over(qtbot, form, "31 Febuary 2017")
    qtbot.keyClick(text_field(form), Qt.Key.Key_Tab)
    problem = form.date.problem()
    assert problem.startswith("“31 Febuary 2017” cannot be read as a date.")
    assert "28 August 2017" in problem and "2017-08-28" in problem
    assert form.problems == [problem]
    assert text_field(form).accessibleDescription() == problem
    assert [a.toolTip() for a in text_field(form).actions()] == [problem]  # the warning sign
    assert form.date.text() == "31 Febuary 2017"
    assert form.date.date() is None and not form.date.is_readable()
    type_over(qtbot, form, "28 February 2017")
    assert form.date.problem() == "" and form.problems[-1] == ""
    assert text_field(form).actions() == []
    assert form.date.date() == dt.date(2017, 2, 28)


def test_check_says_what_is_wrong_without_leaving(qtbot, form):
    type_over(qtbot, form, "next week")
    assert form.date.problem() == ""
    assert not form.date.check()
    assert form.date.problem().startswith("“next week” cannot be read as a date.")
    qtbot.keyClick(text_field(form), Qt.Key.Key_Backspace)
    assert form.date.problem().startswith("“next wee” cannot")  # it quotes the text as it is
    type_over(qtbot, form, "")
    assert form.date.check() and form.date.problem() == ""


def test_up_and_down_change_the_date_by_a_day_and_start_from_today(qtbot, form):
    type_over(qtbot, form, "")
    qtbot.keyClick(text_field(form), Qt.Key.Key_Up)
    assert form.date.date() == TODAY
    qtbot.keyClick(text_field(form), Qt.Key.Key_Up)
    qtbot.keyClick(text_field(form), Qt.Key.Key_Up)
    qtbot.keyClick(text_field(form), Qt.Key.Key_Down)
    assert form.date.text() == "4 December 2026"
    type_over(qtbot, form, "not yet a date")
    qtbot.keyClick(text_field(form), Qt.Key.Key_Up)
    assert form.date.text() == "not yet a date"  # never replaced


def test_alt_down_opens_a_calendar_on_the_date_enter_chooses(qtbot, form):
    form.date.set_date(AUGUST_28)
    qtbot.keyClick(text_field(form), Qt.Key.Key_Down, ALT)
    popup = form.date.calendar()
    assert popup is not None and popup.isVisible()
    assert popup.selected_date() == AUGUST_28
    calendar = popup.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.locale().monthName(8) == "August"
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
        qtbot.keyClick(QApplication.focusWidget(), key)  # a day on, a week on, a month on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert form.date.text() == "5 October 2017"
    assert QApplication.focusWidget() is text_field(form)


def test_f4_on_no_date_opens_on_today_and_escape_leaves_the_field_alone(qtbot, form):
    qtbot.keyClick(text_field(form), Qt.Key.Key_F4)
    popup = form.date.calendar()
    assert popup is not None and popup.selected_date() == TODAY
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert form.date.text() == "" and form.dates == []


def test_a_click_on_a_day_chooses_it(qtbot, form):
    form.date.set_date(AUGUST_28)
    form.date.open_calendar()
    popup = form.date.calendar()
    assert popup is not None
    days = popup.calendar.findChild(QTableView)
    # Row 0 names the days; row 5 is the week of Monday 28 August; Thursday is column 3.
    thursday_31 = days.visualRect(days.model().index(5, 3)).center()
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=thursday_31)
    assert form.date.date() == dt.date(2017, 8, 31)
    assert not popup.isVisible()
