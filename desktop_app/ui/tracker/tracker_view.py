"""The tracker (Ctrl+Shift+T): every request of the library across its meetings in a sortable
table, narrowed by status (open, overdue, done, dropped), owner and body; a request marked
done, dropped or open again, its source paragraph opened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock
from desktop_app.core.model import ActionStatus
from desktop_app.store.action_items import ListedActionItem
from desktop_app.ui.common.page_widgets import ANY, choices, fill_choices, page_heading
from desktop_app.ui.tracker.requests_model import (
    CHAIN,
    DATE,
    DUE,
    OVERDUE,
    OWNER,
    REQUEST,
    FilteredRequests,
    RequestFilter,
    RequestsModel,
    requests_of,
)

STATUSES = (
    ("Open", str(ActionStatus.OPEN)),
    ("Overdue", OVERDUE),
    ("Done", str(ActionStatus.DONE)),
    ("Dropped", str(ActionStatus.DROPPED)),
    (ANY, ""),
)
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TrackerView(QWidget):
    """Signals: status_requested (item id, status), source_requested (item id: Enter or a
    double click), back_requested (Esc)."""

    status_requested = Signal(str, object)  # ActionStatus
    source_requested = Signal(str)
    back_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = clock.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackerView")
        # Shown in place of the note, it leaves the window as narrow as the note allows:
        # a page not on screen must not widen the window (QStackedWidget asks them all).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._today = today
        self._read_only = False
        self.model = RequestsModel(self)
        self.shown = FilteredRequests(self.model, self)
        self._build()

    def set_items(self, items: Sequence[ListedActionItem]) -> None:
        """Every action item of the library, oldest meeting first; the one chosen stays."""
        chosen = self.current_item_id()
        self.model.set_requests(requests_of(items, self._today()))
        fill_choices(self.body, sorted({i.body for i in items if i.body}))
        self._apply_filter()
        self.select_item(chosen)

    def set_status(self, item_ids: Sequence[str], status: ActionStatus) -> None:
        """These items (a chain) were marked `status` in the library."""
        chosen = self.current_item_id()
        row = self.table.currentIndex().row()
        self.model.set_status(item_ids, status, self._today())
        self._count_shown()
        if chosen is not None and not self._select(chosen):  # filtered out: the next one
            self._select_row(min(row, self.shown.rowCount() - 1))

    def set_read_only(self, read_only: bool) -> None:
        """On a library open read-only, requests are shown and opened, not marked."""
        self._read_only = read_only
        self._update_buttons()

    def current_item_id(self) -> str | None:
        current = self.table.currentIndex()
        return self.shown.item_id(current.row()) if current.isValid() else None

    def select_item(self, item_id: str | None) -> None:
        """Select that item if it is shown, else the first shown."""
        if item_id is None or not self._select(item_id):
            self._select_row(0)

    def focus_table(self) -> None:
        self.table.setFocus()

    def _select(self, item_id: str) -> bool:
        for row in range(self.shown.rowCount()):
            if self.shown.item_id(row) == item_id:
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.shown.rowCount():
            self.table.selectRow(row)
        else:
            self.table.setCurrentIndex(QModelIndex())
        self._update_buttons()

    # Building

    def _build(self) -> None:
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for text, value in STATUSES:
            self.status.addItem(text, value)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Any owner")
        self.owner.setClearButtonEnabled(True)
        self.owner.setAccessibleName("Owner")
        self.owner.installEventFilter(self)
        self.body = choices("Body")
        self._build_table()
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count.setAccessibleName("Requests shown")
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.done_button = self._status_button("Mark &done", ActionStatus.DONE)
        self.dropped_button = self._status_button("Mark d&ropped", ActionStatus.DROPPED)
        self.open_button = self._status_button("Open a&gain", ActionStatus.OPEN)
        self.source_button = QPushButton("&Open paragraph")
        self.source_button.setAccessibleName("Open the paragraph of the request")
        self.source_button.setToolTip("Open the meeting at the paragraph of the request (Enter)")
        self.source_button.clicked.connect(self._open_source)
        self.source_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading("Requests across meetings"))
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.owner.textChanged.connect(self._apply_filter)
        self.body.currentIndexChanged.connect(self._apply_filter)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName("Requests")
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)  # oldest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # the rows in view, not thousands
        header.setSectionResizeMode(REQUEST, QHeaderView.ResizeMode.Stretch)
        # Owners and dues run long ("Director General, Deputy Director General or …"): they
        # get a share, elided, their whole text in their tool tips; the request the rest.
        for column, width in ((OWNER, 180), (DUE, 150), (CHAIN, 240)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda _index: self._open_source())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        fields = (("&Status:", self.status), ("O&wner:", self.owner), ("&Body:", self.body))
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, {self.owner: 3, self.body: 3}.get(field, 0))
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        for button in (self.done_button, self.dropped_button, self.open_button):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.source_button)
        return row

    def _status_button(self, text: str, status: ActionStatus) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self._ask_status(status))
        return button

    # Filtering

    def _apply_filter(self) -> None:
        chosen = self.current_item_id()
        self.shown.set_filter(
            RequestFilter(
                status=str(self.status.currentData()),
                owner=self.owner.text(),
                body="" if self.body.currentIndex() <= 0 else self.body.currentText(),
            )
        )
        self.select_item(chosen)
        self._count_shown()

    def _count_shown(self) -> None:
        total, shown = self.model.rowCount(), self.shown.rowCount()
        if total == 0:
            text = "No meeting of the library has action items yet."
        elif shown == 0:
            text = f"No request matches (of {total})."
        else:
            text = f"{shown} of {total} request{'s' if total != 1 else ''}"
        self.count.setText(text)

    def _update_buttons(self) -> None:
        item_id = self.current_item_id()
        request = self.model.request(item_id) if item_id else None
        status = request.item.status if request else None
        writable = request is not None and not self._read_only
        self.done_button.setEnabled(writable and status is not ActionStatus.DONE)
        self.dropped_button.setEnabled(writable and status is not ActionStatus.DROPPED)
        self.open_button.setEnabled(writable and status is not ActionStatus.OPEN)
        self.source_button.setEnabled(request is not None)

    # Requests

    def _ask_status(self, status: ActionStatus) -> None:
        item_id = self.current_item_id()
        if item_id is not None and not self._read_only:
            self.status_requested.emit(item_id, status)

    def _toggle_done(self) -> None:
        """Space: done, or open again if it is done already (as in the action items pane)."""
        item_id = self.current_item_id()
        request = self.model.request(item_id) if item_id else None
        if request is not None:
            done = request.item.status is ActionStatus.DONE
            self._ask_status(ActionStatus.OPEN if done else ActionStatus.DONE)

    def _open_source(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.source_requested.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.owner and key in MOVE_KEYS:  # the owner typed, then down the list
            QCoreApplication.sendEvent(self.table, event)
            return True
        if watched in (self.owner, self.table) and key in ENTER_KEYS:
            self._open_source()
            return True
        if watched is self.table and key == Qt.Key.Key_Space:
            self._toggle_done()
            return True
        return super().eventFilter(watched, event)
