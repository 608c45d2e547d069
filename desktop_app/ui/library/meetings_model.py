"""The library's meetings as a table (date, body, symbol, title, paragraphs, open action items,
draft or final), sortable by any column, and the filter that narrows it as the user types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.core.dates import long_date
from desktop_app.store.meeting_list import MeetingSummary

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Date", "Body", "Symbol", "Title", "Paragraphs", "Open action items", "Status")
DATE, BODY, SYMBOL, TITLE, PARAGRAPHS, OPEN_ACTION_ITEMS, STATUS = range(len(COLUMNS))
NUMBERS = (PARAGRAPHS, OPEN_ACTION_ITEMS)
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by: dates as dates, numbers


class MeetingsModel(QAbstractTableModel):
    """One row per meeting of the library."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingSummary] = []
        self._sort_keys: list[tuple[object, ...]] = []

    def set_meetings(self, meetings: Sequence[MeetingSummary]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        # Computed once: sorting thousands of meetings asks for them tens of thousands of times.
        columns = range(len(COLUMNS))
        self._sort_keys = [tuple(_sort_key(m, c) for c in columns) for m in self._meetings]
        self.endResetModel()

    def meetings(self) -> list[MeetingSummary]:
        return list(self._meetings)

    def meeting_at(self, row: int) -> MeetingSummary:
        return self._meetings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == SORT_ROLE:
            return self._sort_keys[index.row()][index.column()]
        meeting = self._meetings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(meeting, column)
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return f"{meeting.title}\n{meeting.body}" if meeting.body else meeting.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def _shown(meeting: MeetingSummary, column: int) -> str:
    values = (
        long_date(meeting.date) if meeting.date else "",
        meeting.body,
        meeting.symbol,
        meeting.title,
        str(meeting.paragraphs),
        str(meeting.open_action_items),
        "Final" if meeting.status == "final" else "Draft",
    )
    return values[column]


def _sort_key(meeting: MeetingSummary, column: int) -> object:
    if column == DATE:
        return (meeting.date or dt.date.min).isoformat()
    if column == PARAGRAPHS:
        return meeting.paragraphs
    if column == OPEN_ACTION_ITEMS:
        return meeting.open_action_items
    return _shown(meeting, column).casefold()


@dataclass(frozen=True)
class MeetingFilter:
    """What the library shows: meetings of this body and year (empty: any) whose details or
    note hold every word typed. `in_notes`: the meetings whose note holds them all."""

    words: tuple[str, ...] = ()
    body: str = ""
    year: int | None = None
    in_notes: frozenset[str] = field(default_factory=frozenset)

    def accepts(self, meeting: MeetingSummary) -> bool:
        if self.body and meeting.body != self.body:
            return False
        if self.year is not None and (meeting.date is None or meeting.date.year != self.year):
            return False
        if not self.words or meeting.id in self.in_notes:
            return True
        details = " ".join(_searchable(meeting)).casefold()
        return all(word.casefold() in details for word in self.words)


def _searchable(meeting: MeetingSummary) -> list[str]:
    found = [meeting.symbol, meeting.title, meeting.body]
    if meeting.date:
        found += [long_date(meeting.date), meeting.date.isoformat()]
    return found


class FilteredMeetings(QSortFilterProxyModel):
    """The meetings the filter accepts, in the order of the column the user sorts by."""

    def __init__(self, source: MeetingsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = MeetingFilter()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter(self, meeting_filter: MeetingFilter) -> None:
        self.beginFilterChange()
        self._filter = meeting_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._filter.accepts(self._source.meeting_at(source_row))

    def meeting_id(self, row: int) -> str:
        return str(self.data(self.index(row, 0), ID_ROLE))
