"""The meeting details dialog: a new meeting, or the details of this one.

The open dialog lives in `open_meeting_dialog`; it is importable from here too.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
from desktop_app.core.meeting_series import MeetingDetails, suggest_new_meeting, suggest_title
from desktop_app.core.model import MeetingStatus
from desktop_app.ui.meeting.date_field import DateField
from desktop_app.ui.meeting.open_dialog import OpenMeetingDialog

__all__ = ["LANGUAGES", "MeetingDetailsDialog", "OpenMeetingDialog"]

LANGUAGES = (("English", "en"), ("Français", "fr"), ("Español", "es"))
_CODE_IN_BRACKETS = re.compile(r"\(([A-Za-z-]+)\)\s*$")


class MeetingDetailsDialog(QDialog):
    """Body, title, date, symbol, place, language and status of one meeting."""

    def __init__(
        self,
        parent: QWidget | None,
        details: MeetingDetails,
        known_bodies: list[str],
        previous_by_body: dict[str, MeetingDetails] | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or clock.today()
        self._is_new = previous_by_body is not None
        self._previous_by_body = previous_by_body or {}
        self._previous: MeetingDetails | None = None
        self._original = details
        self._typed: set[str] = set()  # fields the user has typed in: no more suggestions
        self.setWindowTitle("New meeting" if self._is_new else "Meeting details")
        self.setMinimumWidth(560)
        self._build(sorted(set(known_bodies), key=str.casefold))
        self._show(details)
        self._connect()
        self._update_ok()

    @classmethod
    def for_new_meeting(
        cls,
        parent: QWidget | None,
        previous_by_body: dict[str, MeetingDetails],
        today: dt.date,
    ) -> MeetingDetailsDialog:
        """Ctrl+N: the details of a meeting to create, the body of the latest meeting
        chosen and everything else continuing that body's series."""
        latest = max(
            previous_by_body.items(),
            key=lambda item: item[1].date or dt.date.min,
            default=None,
        )
        dialog = cls(
            parent,
            suggest_new_meeting(None, today),
            list(previous_by_body),
            previous_by_body,
            today,
        )
        if latest:
            dialog._body.setEditText(latest[0])
            _line_edit_of(dialog._body).selectAll()
        return dialog

    @classmethod
    def for_existing(
        cls, parent: QWidget | None, details: MeetingDetails, known_bodies: list[str]
    ) -> MeetingDetailsDialog:
        return cls(parent, details, known_bodies)

    def details(self) -> MeetingDetails:
        return MeetingDetails(
            body=self._body_text(),
            title=self._title.text().strip(),
            date=self._date_value(),
            symbol=self._symbol.text().strip(),
            place=self._place.text().strip(),
            language=self._language_code(),
            status=MeetingStatus(self._status.currentData()),
        )

    # Building

    def _build(self, known_bodies: list[str]) -> None:
        self._body = _body_field(known_bodies)
        self._title = _line("Title", "Chairperson's note on the meeting held on …")
        self._date = DateField("Date", today=lambda: self._today)
        self._symbol = _line("Document symbol", "For example WG/REL/2017/7")
        self._place = _line("Place", "For example Geneva")
        self._language = _language_field()
        self._status = QComboBox()
        self._status.addItem("Draft", MeetingStatus.DRAFT.value)
        self._status.addItem("Final", MeetingStatus.FINAL.value)
        self._status.setAccessibleName("Status")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setAccessibleName("What is missing")
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow("&Body:", self._body)
        form.addRow("&Title:", self._title)
        form.addRow("&Date:", self._date)
        form.addRow("S&ymbol:", self._symbol)
        form.addRow("&Place:", self._place)
        form.addRow("&Language:", self._language)
        form.addRow("&Status:", self._status)
        form.setRowVisible(self._status, not self._is_new)
        return form

    def _build_buttons(self) -> None:
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Create" if self._is_new else "OK")
        self._ok.setAccessibleName("Create meeting" if self._is_new else "OK")
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def _show(self, details: MeetingDetails) -> None:
        self._body.setEditText(details.body)
        self._title.setText(details.title)
        self._date.set_date(details.date)
        self._symbol.setText(details.symbol)
        self._place.setText(details.place)
        self._set_language(details.language)
        self._status.setCurrentIndex(max(0, self._status.findData(details.status.value)))

    def _connect(self) -> None:
        self._body.currentTextChanged.connect(self._body_changed)
        self._body.currentTextChanged.connect(self._update_ok)
        self._title.textChanged.connect(self._update_ok)
        self._date.date_changed.connect(self._date_changed)
        self._date.problem_changed.connect(self._update_ok)
        self._language.currentTextChanged.connect(self._language_changed)
        for name, edit in (
            ("title", self._title),
            ("symbol", self._symbol),
            ("place", self._place),
            ("language", _line_edit_of(self._language)),
        ):
            edit.textEdited.connect(lambda text, name=name: self._mark_typed(name, text))
        self._language.activated.connect(lambda _index: self._typed.add("language"))

    # Suggestions

    def _mark_typed(self, field: str, text: str) -> None:
        # Emptying a field hands it back to the suggestions.
        if text.strip():
            self._typed.add(field)
        else:
            self._typed.discard(field)

    def _body_changed(self, _text: str) -> None:
        if not self._is_new:
            return
        previous = self._previous_by_body.get(self._known_body() or "")
        if previous is self._previous:
            return
        self._previous = previous
        suggested = suggest_new_meeting(previous, self._date_value() or self._today)
        if "symbol" not in self._typed:
            self._symbol.setText(suggested.symbol)
        if "place" not in self._typed:
            self._place.setText(suggested.place)
        if "language" not in self._typed:
            self._set_language(suggested.language)
        self._suggest_title()

    def _date_changed(self, _date: dt.date | None) -> None:
        self._suggest_title()

    def _language_changed(self, _text: str) -> None:
        if self._is_new:
            self._suggest_title()

    def _suggest_title(self) -> None:
        if "title" in self._typed:
            return
        title = self._suggested_title()
        if title is not None:
            self._title.setText(title)

    def _suggested_title(self) -> str | None:
        date = self._date_value()
        if date is None:
            return None
        if self._is_new:
            previous = self._previous
            return suggest_title(
                date,
                self._language_code(),
                previous.title if previous else None,
                previous.date if previous else None,
            )
        original = self._original
        # An existing title follows its date only where it names that date.
        if original.date and long_date(original.date, original.language) in original.title:
            return suggest_title(date, original.language, original.title, original.date)
        return None

    # Reading the fields

    def _body_text(self) -> str:
        if self._is_new:
            return self._known_body() or self._body.currentText().strip()
        return self._body.currentText().strip()

    def _known_body(self) -> str | None:
        """The body already in the library that the user typed, whatever its case."""
        typed = self._body.currentText().strip().casefold()
        return next((b for b in self._previous_by_body if b.casefold() == typed), None)

    def _date_value(self) -> dt.date | None:
        return self._date.date()

    def _set_language(self, code: str) -> None:
        index = self._language.findData(code)
        if index >= 0:
            self._language.setCurrentIndex(index)
        else:
            self._language.setEditText(code)

    def _language_code(self) -> str:
        text = self._language.currentText().strip()
        index = self._language.findText(text)
        if index >= 0:
            return str(self._language.itemData(index))
        for name, code in LANGUAGES:
            if text.casefold() in (name.casefold(), code):
                return code
        match = _CODE_IN_BRACKETS.search(text)
        return (match.group(1) if match else text).lower() or "en"

    def accept(self) -> None:
        # Leaving the date checks it; but a click that leaves the keyboard in it (as on macOS)
        # has not: never close on a date that is not one, nor lose what was typed.
        if not self._date.check():
            self._date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def _update_ok(self) -> None:
        no_body = not self._body.currentText().strip()
        no_title = not self._title.text().strip()
        problems = []
        if no_body and no_title:
            problems.append("A meeting needs a body and a title.")
        elif no_body:
            problems.append("A meeting needs a body: the committee or working group that met.")
        elif no_title:
            problems.append("A meeting needs a title.")
        if self._date.problem():
            problems.append(self._date.problem())
        self._ok.setEnabled(not problems)
        self._hint.setText("\n".join(problems))
        self._hint.setVisible(bool(problems))


def _line(accessible_name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(accessible_name)
    line.setPlaceholderText(placeholder)
    return line


def _line_edit_of(box: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    line = box.lineEdit()
    assert line is not None, "the combo box is not editable"
    return line


def _body_field(known_bodies: list[str]) -> QComboBox:
    """The bodies already in the library to choose from, or a new one to type."""
    body = QComboBox()
    body.setEditable(True)
    body.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    body.addItems(known_bodies)
    body.setCurrentIndex(-1)
    body.setEditText("")
    completer = QCompleter(known_bodies, body)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    body.setCompleter(completer)
    line = _line_edit_of(body)
    line.setPlaceholderText("The committee or working group that met")
    body.setAccessibleName("Body")
    line.setAccessibleName("Body")  # where the keyboard really is
    return body


def _language_field() -> QComboBox:
    """The languages offered, or another language code to type."""
    language = QComboBox()
    language.setEditable(True)
    language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for name, code in LANGUAGES:
        language.addItem(f"{name} ({code})", code)
    language.setAccessibleName("Language")
    _line_edit_of(language).setAccessibleName("Language")
    language.setToolTip("Choose a language, or type another language code")
    return language
