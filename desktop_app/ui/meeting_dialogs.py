"""The meeting details dialog (new meeting, or details of this one) and the open dialog."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.core.meeting_series import MeetingDetails, suggest_new_meeting, suggest_title
from desktop_app.core.model import MeetingStatus
from desktop_app.store.library import MeetingSummary

LANGUAGES = (("English", "en"), ("Français", "fr"), ("Español", "es"))
# The date edit cannot be empty: its minimum stands for "no date" and shows as such.
_NO_DATE = QDate(1900, 1, 1)
_CODE_IN_BRACKETS = re.compile(r"\(([A-Za-z-]+)\)\s*$")


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class MeetingDetailsDialog(QDialog):
    """Body, title, date, symbol, place, language and status of one meeting."""

    def __init__(
        self,
        parent: QWidget | None,
        details: MeetingDetails,
        known_bodies: list[str],
        previous_by_body: dict[str, MeetingDetails] | None = None,
    ) -> None:
        super().__init__(parent)
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
            parent, suggest_new_meeting(None, today), list(previous_by_body), previous_by_body
        )
        if latest:
            dialog._body.setEditText(latest[0])
            dialog._body.lineEdit().selectAll()
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
        self._body = QComboBox()
        self._body.setEditable(True)
        self._body.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._body.addItems(known_bodies)
        self._body.setCurrentIndex(-1)
        self._body.setEditText("")
        completer = QCompleter(known_bodies, self._body)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._body.setCompleter(completer)
        self._body.lineEdit().setPlaceholderText("The committee or working group that met")
        self._body.setAccessibleName("Body")

        self._title = QLineEdit()
        self._title.setAccessibleName("Title")
        self._title.setPlaceholderText("Chairperson's note on the meeting held on …")

        self._date = QDateEdit()
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("d MMMM yyyy")
        self._date.setMinimumDate(_NO_DATE)
        self._date.setSpecialValueText("No date")
        self._date.setAccessibleName("Date")

        self._symbol = QLineEdit()
        self._symbol.setAccessibleName("Document symbol")
        self._symbol.setPlaceholderText("For example WG/REL/2017/7")
        self._place = QLineEdit()
        self._place.setAccessibleName("Place")
        self._place.setPlaceholderText("For example Geneva")

        self._language = QComboBox()
        self._language.setEditable(True)
        self._language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name, code in LANGUAGES:
            self._language.addItem(f"{name} ({code})", code)
        self._language.setAccessibleName("Language")
        self._language.setToolTip("Choose a language, or type another language code")

        self._status = QComboBox()
        self._status.addItem("Draft", MeetingStatus.DRAFT.value)
        self._status.addItem("Final", MeetingStatus.FINAL.value)
        self._status.setAccessibleName("Status")

        form = QFormLayout()
        form.addRow("&Body:", self._body)
        form.addRow("&Title:", self._title)
        form.addRow("&Date:", self._date)
        form.addRow("S&ymbol:", self._symbol)
        form.addRow("&Place:", self._place)
        form.addRow("&Language:", self._language)
        form.addRow("&Status:", self._status)
        form.setRowVisible(self._status, not self._is_new)

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setAccessibleName("What is missing")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Create" if self._is_new else "OK")
        self._ok.setAccessibleName("Create meeting" if self._is_new else "OK")
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)

    def _show(self, details: MeetingDetails) -> None:
        self._body.setEditText(details.body)
        self._title.setText(details.title)
        self._date.setDate(_qdate(details.date) if details.date else _NO_DATE)
        self._symbol.setText(details.symbol)
        self._place.setText(details.place)
        self._set_language(details.language)
        self._status.setCurrentIndex(max(0, self._status.findData(details.status.value)))

    def _connect(self) -> None:
        self._body.currentTextChanged.connect(self._body_changed)
        self._body.currentTextChanged.connect(self._update_ok)
        self._title.textChanged.connect(self._update_ok)
        self._date.dateChanged.connect(self._date_changed)
        self._language.currentTextChanged.connect(self._language_changed)
        for name, edit in (
            ("title", self._title),
            ("symbol", self._symbol),
            ("place", self._place),
            ("language", self._language.lineEdit()),
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
        suggested = suggest_new_meeting(previous, self._date_value() or dt.date.today())
        if "symbol" not in self._typed:
            self._symbol.setText(suggested.symbol)
        if "place" not in self._typed:
            self._place.setText(suggested.place)
        if "language" not in self._typed:
            self._set_language(suggested.language)
        self._suggest_title()

    def _date_changed(self, _date: QDate) -> None:
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
        date = self._date.date()
        if date == _NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

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

    def _update_ok(self) -> None:
        no_body = not self._body.currentText().strip()
        no_title = not self._title.text().strip()
        self._ok.setEnabled(not (no_body or no_title))
        if no_body and no_title:
            self._hint.setText("A meeting needs a body and a title.")
        elif no_body:
            self._hint.setText("A meeting needs a body: the committee or working group that met.")
        elif no_title:
            self._hint.setText("A meeting needs a title.")
        self._hint.setVisible(no_body or no_title)


class OpenMeetingDialog(QDialog):
    """The library's meetings, most recent first, narrowed as you type."""

    COLUMNS = ("Date", "Symbol", "Title", "Paragraphs", "Open action items")

    def __init__(self, parent: QWidget | None, meetings: list[MeetingSummary]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open meeting")
        self.resize(880, 460)
        self._meetings = sorted(
            meetings, key=lambda m: (m.date or dt.date.min, m.title), reverse=True
        )
        self._build()
        self._apply_filter("")

    def chosen_meeting_id(self) -> str | None:
        """The meeting to open once the dialog was accepted; None if it was cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        item = self._list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def _build(self) -> None:
        self._filter = QLineEdit()
        self._filter.setPlaceholderText("Symbol, title, body or date")
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName("Filter meetings")
        self._filter.installEventFilter(self)
        label = QLabel("&Find:")
        label.setBuddy(self._filter)

        self._list = QTreeWidget()
        self._list.setAccessibleName("Meetings")
        self._list.setHeaderLabels(list(self.COLUMNS))
        self._list.setRootIsDecorated(False)
        self._list.setUniformRowHeights(True)
        self._list.setAlternatingRowColors(True)
        self._list.setAllColumnsShowFocus(True)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._list.addTopLevelItems([self._item(m) for m in self._meetings])
        header = self._list.header()
        header.setStretchLastSection(False)
        # Sized once from every meeting, so that the columns stay put while filtering.
        for column in range(len(self.COLUMNS)):
            self._list.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 12)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column in (3, 4):
            self._list.headerItem().setTextAlignment(column, right)
        self._list.itemDoubleClicked.connect(self._double_clicked)
        self._list.currentItemChanged.connect(lambda *_: self._update_open())

        self._count = QLabel()
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._count.setAccessibleName("Meetings shown")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self._open_button = self._buttons.button(QDialogButtonBox.StandardButton.Open)
        self._open_button.setAccessibleName("Open")
        self._open_button.setDefault(True)
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self._buttons.accepted.connect(self._open)
        self._buttons.rejected.connect(self.reject)

        row = QFormLayout()
        row.addRow(label, self._filter)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._list)
        layout.addWidget(self._count)
        layout.addWidget(self._buttons)
        self._filter.textChanged.connect(self._apply_filter)
        self._filter.setFocus()

    def _item(self, meeting: MeetingSummary) -> QTreeWidgetItem:
        date = long_date(meeting.date) if meeting.date else ""
        item = QTreeWidgetItem(
            [
                date,
                meeting.symbol,
                meeting.title,
                str(meeting.paragraphs),
                str(meeting.open_action_items),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, meeting.id)
        for column in (3, 4):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        item.setToolTip(2, f"{meeting.title}\n{meeting.body}" if meeting.body else meeting.title)
        words = [meeting.symbol, meeting.title, meeting.body, date]
        if meeting.date:
            words.append(meeting.date.isoformat())
        item.setData(1, Qt.ItemDataRole.UserRole, " ".join(words).casefold())
        return item

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for index in range(self._list.topLevelItemCount()):
            item = self._list.topLevelItem(index)
            haystack = item.data(1, Qt.ItemDataRole.UserRole)
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            shown += not hidden
        current = self._list.currentItem()
        if current is None or current.isHidden():
            first = next(
                (
                    self._list.topLevelItem(i)
                    for i in range(self._list.topLevelItemCount())
                    if not self._list.topLevelItem(i).isHidden()
                ),
                None,
            )
            self._list.setCurrentItem(first)
            if first is None:
                self._list.clearSelection()
        total = len(self._meetings)
        if total == 0:
            self._count.setText("The library has no meetings yet.")
        elif shown == total:
            self._count.setText(f"{total} meeting{'s' if total != 1 else ''}")
        elif shown == 0:
            self._count.setText(f"No meeting matches “{text.strip()}”.")
        else:
            self._count.setText(f"{shown} of {total} meetings")
        self._update_open()

    def _update_open(self) -> None:
        current = self._list.currentItem()
        self._open_button.setEnabled(current is not None and not current.isHidden())

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._list.setCurrentItem(item)
        self._open()

    def _open(self) -> None:
        if self._open_button.isEnabled():
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up, Down, Page Up and Page Down in the filter move in the list.
        if watched is self._filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                QCoreApplication.sendEvent(self._list, event)
                return True
        return super().eventFilter(watched, event)
