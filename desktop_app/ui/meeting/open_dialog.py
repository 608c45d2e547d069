"""Ctrl+O: the library's meetings, most recent first, narrowed as you type; one to open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from desktop_app.store.meeting_list import MeetingSummary


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
        self._build_list()
        self._count = QLabel()
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._count.setAccessibleName("Meetings shown")
        self._build_buttons()
        row = QFormLayout()
        row.addRow(label, self._filter)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._list)
        layout.addWidget(self._count)
        layout.addWidget(self._buttons)
        self._filter.textChanged.connect(self._apply_filter)
        self._filter.setFocus()

    def _build_list(self) -> None:
        """Every meeting, one row each, its columns sized once for all of them."""
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

    def _build_buttons(self) -> None:
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self._open_button = self._buttons.button(QDialogButtonBox.StandardButton.Open)
        self._open_button.setAccessibleName("Open")
        self._open_button.setDefault(True)
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self._buttons.accepted.connect(self._open)
        self._buttons.rejected.connect(self.reject)

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

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self._list.topLevelItem(i) for i in range(self._list.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for item in self._rows():
            haystack = item.data(1, Qt.ItemDataRole.UserRole)
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            shown += not hidden
        current = self._list.currentItem()
        if current is None or current.isHidden():
            first = next((item for item in self._rows() if not item.isHidden()), None)
            if first is None:
                self._list.setCurrentItem(None)  # type: ignore[call-overload]  # the stubs omit None
                self._list.clearSelection()
            else:
                self._list.setCurrentItem(first)
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
