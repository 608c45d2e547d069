"""The action items of every meeting as a table (meeting, date, paragraph, request, owner,
due, status, chain), sortable by any column, and the filter that narrows it: by status
(open, overdue, done, dropped), owner and body.

A request carried from meeting to meeting is one action item in each; the chain column says
what each continues ("continues WG/REL/2017/7 para 18") and where it was carried to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette

from desktop_app.core.dates import long_date, read_date
from desktop_app.core.model import ActionStatus
from desktop_app.store.action_items import ListedActionItem

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Meeting", "Date", "Para.", "Request", "Owner", "Due", "Status", "Chain")
MEETING, DATE, PARAGRAPH, REQUEST, OWNER, DUE, STATUS, CHAIN = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = "overdue"  # a status to filter by: open, with a due date before today
STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.DONE: 1, ActionStatus.DROPPED: 2}
_FIGURES = re.compile(r"(\d+)")


@dataclass
class Request:
    """One row: an action item, whether it is overdue, and its place in its chain."""

    item: ListedActionItem
    overdue: bool
    continues: str  # "WG/REL/2017/7 para 18": the item it carries over; "" for none
    carried_to: list[str]  # the symbols of the meetings it was carried into
    order: int  # its place in the library's list: by meeting date, then paragraph

    @property
    def chain_text(self) -> str:
        if self.continues:
            return f"continues {self.continues}"
        if self.carried_to:
            return f"carried to {', '.join(self.carried_to)}"
        return ""


def requests_of(items: Sequence[ListedActionItem], today: dt.date) -> list[Request]:
    """The rows for `items`, each knowing the item it continues and those continuing it."""
    by_id = {item.id: item for item in items}
    carried: dict[str, list[str]] = {}
    for item in items:
        if item.continues_id:
            carried.setdefault(item.continues_id, []).append(item.symbol or long_date_of(item))
    return [
        Request(
            item=item,
            overdue=is_overdue(item, today),
            continues=_continued(item, by_id),
            carried_to=carried.get(item.id, []),
            order=order,
        )
        for order, item in enumerate(items)
    ]


def is_overdue(item: ListedActionItem, today: dt.date) -> bool:
    """Open with a due date before today; a due that names no date ("next session") is never
    overdue."""
    due = read_date(item.due) if item.due.strip() else None
    return item.status is ActionStatus.OPEN and due is not None and due < today


def long_date_of(item: ListedActionItem) -> str:
    return long_date(item.date) if item.date else "a meeting of no date"


def _continued(item: ListedActionItem, by_id: dict[str, ListedActionItem]) -> str:
    if not item.continues_id:
        return ""
    earlier = by_id.get(item.continues_id)
    if earlier is None:  # deleted since, or in the trash
        return "an earlier meeting"
    name = earlier.symbol or long_date_of(earlier)
    return f"{name} para {earlier.paragraph}" if earlier.paragraph else name


class RequestsModel(QAbstractTableModel):
    """One row per action item of the library."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests: list[Request] = []

    def set_requests(self, requests: Sequence[Request]) -> None:
        self.beginResetModel()
        self._requests = list(requests)
        self.endResetModel()

    def request_at(self, row: int) -> Request:
        return self._requests[row]

    def request(self, item_id: str) -> Request | None:
        return next((r for r in self._requests if r.item.id == item_id), None)

    def set_status(self, item_ids: Sequence[str], status: ActionStatus, today: dt.date) -> None:
        """The items of a chain just marked: their rows say so, nothing else reloaded."""
        wanted = set(item_ids)
        for row, request in enumerate(self._requests):
            if request.item.id in wanted:
                item = dataclasses.replace(request.item, status=status)
                request.item, request.overdue = item, is_overdue(item, today)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return "Paragraph" if section == PARAGRAPH else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        request, column = self._requests[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(request, column)
        if role == SORT_ROLE:
            return _sort_key(request, column)
        if role == ID_ROLE:
            return request.item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tool_tip(request, column)
        if role == Qt.ItemDataRole.ForegroundRole and request.overdue and column in (DUE, STATUS):
            return QPalette().color(QPalette.ColorRole.Link)  # visible in light and dark
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARAGRAPH:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def shown(request: Request, column: int) -> str:
    """What a cell of the table says."""
    item = request.item
    status = "Open, overdue" if request.overdue else str(item.status).capitalize()
    values = (
        item.symbol,
        long_date(item.date) if item.date else "",
        str(item.paragraph) if item.paragraph else "",
        item.what,
        item.owner,
        item.due,
        status,
        request.chain_text,
    )
    return values[column]


def _tool_tip(request: Request, column: int) -> str | None:
    if column in (REQUEST, OWNER) or (column == DUE and not request.overdue):
        return shown(request, column) or None
    if column == CHAIN and request.chain_text:
        carried = ", ".join(request.carried_to)
        more = f"; carried to {carried}" if request.continues and carried else ""
        said = request.chain_text[0].upper() + request.chain_text[1:]
        return f"{said}{more}. Marking it done or dropped closes it in every meeting of the chain."
    if column in (DUE, STATUS) and request.overdue:
        return f"Overdue: due {request.item.due}"
    return None


def _sort_key(request: Request, column: int) -> object:
    item, tie = request.item, request.order
    if column in (MEETING, DATE):
        date = (item.date or dt.date.min).isoformat()
        symbol = _natural(item.symbol)
        return (date, symbol, tie) if column == DATE else (symbol, date, tie)
    if column == PARAGRAPH:
        return (item.paragraph is None, item.paragraph or 0, tie)
    if column == DUE:
        due = read_date(item.due) if item.due.strip() else None
        return (due is None, (due or dt.date.max).isoformat(), item.due.casefold(), tie)
    if column == STATUS:
        return (STATUS_ORDER[item.status], not request.overdue, tie)
    return (shown(request, column).casefold(), tie)


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Figures compared as numbers: WG/REL/2017/9 before WG/REL/2017/10."""
    parts = _FIGURES.split(text.casefold())
    return tuple((1, int(p)) if p.isdigit() else (0, p) for p in parts if p)


@dataclass(frozen=True)
class RequestFilter:
    """Which requests the tracker shows: of this status ("" for any, or OVERDUE), whose
    owner holds `owner` and whose meeting is of `body` ("" for any)."""

    status: str = str(ActionStatus.OPEN)
    owner: str = ""
    body: str = ""

    def accepts(self, request: Request) -> bool:
        item = request.item
        if self.status == OVERDUE and not request.overdue:
            return False
        if self.status not in ("", OVERDUE) and str(item.status) != self.status:
            return False
        if self.body and item.body != self.body:
            return False
        return self.owner.strip().casefold() in item.owner.casefold()


class FilteredRequests(QSortFilterProxyModel):
    """The requests the filter accepts, in the order of the column the user sorts by."""

    def __init__(self, source: RequestsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = RequestFilter()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter(self, request_filter: RequestFilter) -> None:
        self.beginFilterChange()
        self._filter = request_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._filter.accepts(self._source.request_at(source_row))

    def lessThan(self, left: Index, right: Index) -> bool:
        # Sort keys are tuples, which Qt cannot compare itself.
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def item_id(self, row: int) -> str:
        return str(self.data(self.index(row, 0), ID_ROLE))
