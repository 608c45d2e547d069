"""File › New meeting from this one: the next meeting of a series, its symbol and date
proposed and both editable; what else it takes from this one said in a line. A symbol
already taken is said in the dialog, which stays open with what was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock
from desktop_app.core.dates import long_date
from desktop_app.core.meeting_series import next_symbol, suggest_title
from desktop_app.core.model import Meeting
from desktop_app.store.errors import LibraryError
from desktop_app.ui.meeting.date_field import DateField

# Makes the meeting in the library from the symbol and date chosen; raises LibraryError.
CreateMeeting = Callable[[str, dt.date], Meeting]


class NextMeetingDialog(QDialog):
    """The symbol and date of the meeting after `previous`; `created` once it is made."""

    def __init__(
        self,
        parent: QWidget | None,
        previous: Meeting,
        proposed_date: dt.date,
        create: CreateMeeting,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self._previous = previous
        self._create = create
        self.created: Meeting | None = None
        self.setWindowTitle("New meeting from this one")
        self.setMinimumWidth(560)
        self._build(today)
        self.symbol.setText(next_symbol(previous.symbol))
        self.date.set_date(proposed_date)
        self.symbol.textEdited.connect(lambda _text: self._update())
        self.date.date_changed.connect(lambda _date: self._update())
        self.date.problem_changed.connect(lambda _problem: self._update())
        self._update()

    def _build(self, today: Callable[[], dt.date]) -> None:
        self.about = QLabel(what_is_carried(self._previous))
        self.about.setWordWrap(True)
        self.symbol = QLineEdit()
        self.symbol.setAccessibleName("Document symbol")
        self.symbol.setPlaceholderText(
            "For example WG/REL/2017/8"
            if next_symbol(self._previous.symbol)
            else "No number to go on: type the symbol, or leave it empty"
        )
        self.date = DateField("Date", today=today)
        self.title = QLabel()
        self.title.setAccessibleName("Title")
        self.title.setWordWrap(True)
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("What is wrong")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText("Create")
        self.create_button.setAccessibleName("Create meeting")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("S&ymbol:", self.symbol)
        form.addRow("&Date:", self.date)
        form.addRow("Title:", self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _update(self, problem: str = "") -> None:
        date = self.date.date()
        previous = self._previous
        self.title.setText(
            suggest_title(date, previous.language, previous.title, previous.date) if date else ""
        )
        if not problem and self.date.problem():
            problem = self.date.problem()
        elif not problem and date is None:
            problem = "The next meeting needs a date."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.create_button.setEnabled(date is not None and not self.date.problem())

    def accept(self) -> None:
        # A date typed and not yet left is checked here: never made on a date that is not one.
        date = self.date.date()
        if not self.date.check() or date is None:
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.created = self._create(self.symbol.text().strip(), date)
        except LibraryError as error:  # a symbol taken: said here, nothing typed is lost
            self._update(error.message)
            self.symbol.setFocus(Qt.FocusReason.OtherFocusReason)
            self.symbol.selectAll()
            return
        super().accept()


def what_is_carried(previous: Meeting) -> str:
    """What the next meeting takes from `previous`, in one sentence."""
    name = previous.symbol or previous.title or "this meeting"
    held = f" of {long_date(previous.date, previous.language)}" if previous.date else ""
    items = len(previous.open_action_items())
    carried = (
        f"its {items} open action item{'s' * (items != 1)}, each linked to its original"
        if items
        else "no action items (none is open)"
    )
    return (
        f"The meeting after {name}{held}: the same body, language and place, the agenda's "
        f"titles without paragraphs, an opening paragraph naming this note, and {carried}."
    )


def ask_next_meeting(
    parent: QWidget, previous: Meeting, proposed_date: dt.date, create: CreateMeeting
) -> Meeting | None:
    """The meeting made after `previous`, or None if the user cancelled."""
    dialog = NextMeetingDialog(parent, previous, proposed_date, create)
    dialog.exec()
    created = dialog.created
    dialog.deleteLater()
    parent.activateWindow()
    return created
