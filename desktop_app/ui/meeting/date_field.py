"""The date field: a date typed in words or figures, or chosen from a calendar; empty for no
date. Once the keyboard leaves it, the date reads as the note writes it: "28 August 2017"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock
from desktop_app.core.dates import long_date, read_date

NO_DATE = "No date"
FORMS = "28 August 2017, 28 Aug 2017, 28/08/2017 or 2017-08-28"
# The calendar speaks the window's language, whatever the system's: English, weeks from Monday.
CALENDAR_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class DateField(QWidget):
    """Signals: date_changed (the date, or None for no date) each time the text names another
    date; problem_changed (what is wrong with the text, or "" once nothing is)."""

    date_changed = Signal(object)
    problem_changed = Signal(str)

    def __init__(
        self,
        name: str = "Date",
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._date: dt.date | None = None  # the last date the text named
        self._problem = ""
        self._popup: CalendarPopup | None = None

        self._text = QLineEdit()
        self._text.setAccessibleName(name)
        self._text.setPlaceholderText(NO_DATE)
        self._text.setToolTip(
            f"Type the date as {FORMS}, or leave it empty for no date. "
            "Up and Down change it by a day; Alt+Down opens a calendar."
        )
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._warning = QAction(warning, "Not a date", self._text)  # shown with a problem

        self._button = QToolButton()
        self._button.setArrowType(Qt.ArrowType.DownArrow)
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self._button.setAccessibleName("Choose the date from a calendar")
        self._button.setToolTip("Choose the date from a calendar (Alt+Down)")
        self._button.clicked.connect(self.open_calendar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._text)
        self.setFocusPolicy(self._text.focusPolicy())  # a label's Alt+letter gives it the focus
        self.setAccessibleName(name)

        self._text.textChanged.connect(self._read)
        self._text.editingFinished.connect(self._finish_typing)

    def date(self) -> dt.date | None:
        """The date the text names; None when it is empty or names no date."""
        return read_date(self._text.text())

    def set_date(self, date: dt.date | None) -> None:
        self._text.setText(long_date(date) if date else "")

    def text(self) -> str:
        return self._text.text()

    def is_readable(self) -> bool:
        """Whether the text is a date, or empty for no date."""
        return not self._text.text().strip() or self.date() is not None

    def problem(self) -> str:
        """What is wrong with the text once the keyboard has left it, or ""."""
        return self._problem

    def check(self) -> bool:
        """Say what is wrong if the text is not a date, as leaving the field does; whether
        the text is a date or empty."""
        if self.is_readable():
            return True
        self._set_problem(
            f"“{self._text.text().strip()}” cannot be read as a date. "
            f"Type it as {FORMS}, or leave it empty for no date."
        )
        return False

    def open_calendar(self) -> None:
        if self._popup is None:
            # A child of the text field, so that opening it does not count as leaving the field.
            self._popup = CalendarPopup(self._text)
            self._popup.chosen.connect(self._choose)
        self._popup.open_below(self, self.date() or self._today())

    def calendar(self) -> CalendarPopup | None:
        """The calendar pop-up, once it has been opened."""
        return self._popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the text field has no use for come here.
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            self._step(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)

    def _read(self, _text: str) -> None:
        if not self.is_readable():
            if self._problem:
                self.check()  # the message quotes the text as it is now
            return  # half typed, or a slip: the date stays what it was until the text is one
        self._set_problem("")
        date = self.date()
        if date != self._date:
            self._date = date
            self.date_changed.emit(date)

    def _finish_typing(self) -> None:
        if not self.check():
            return
        date = self.date()
        if date is not None and self._text.text() != long_date(date):
            self.set_date(date)

    def _step(self, days: int) -> None:
        if not self.is_readable():
            return  # never replace what the user typed
        date = self.date()
        try:
            self.set_date(date + dt.timedelta(days=days) if date else self._today())
        except OverflowError:
            return

    def _choose(self, date: dt.date) -> None:
        self.set_date(date)
        self._text.setFocus(Qt.FocusReason.PopupFocusReason)

    def _set_problem(self, problem: str) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        self._warning.setToolTip(problem)
        if problem:
            self._text.addAction(self._warning, QLineEdit.ActionPosition.TrailingPosition)
        else:
            self._text.removeAction(self._warning)
        self._text.setAccessibleDescription(problem)
        self.problem_changed.emit(problem)


class CalendarPopup(QFrame):
    """A month to choose a day from: arrows move, Page Up and Down change the month, Enter
    chooses, Escape closes. Signal: chosen (the date)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(CALENDAR_LOCALE)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName("Calendar")
        self.calendar.activated.connect(self._choose)  # Enter, or a double click
        self.calendar.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def open_below(self, field: QWidget, date: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        self.adjustSize()
        self.move(self._place(field))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def selected_date(self) -> dt.date:
        return _date_of(self.calendar.selectedDate())

    def _place(self, field: QWidget) -> QPoint:
        """Below the field, or above it where the screen ends first."""
        below = field.mapToGlobal(QPoint(0, field.height()))
        screen = field.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        if below.y() + self.height() > room.bottom():
            below.setY(field.mapToGlobal(QPoint(0, 0)).y() - self.height())
        below.setX(max(room.left(), min(below.x(), room.right() - self.width())))
        return below

    def _choose(self, date: QDate) -> None:
        self.close()
        self.chosen.emit(_date_of(date))


def _date_of(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
