"""Ctrl+L: every meeting of the library in a sortable table, narrowed as you type by words of
its details or its note, by body and by year; a meeting to open, duplicate or delete. The
Trash button shows the deleted meetings instead, to restore one or to empty the trash."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop_app.store.meeting_list import MeetingSummary
from desktop_app.ui.common.page_widgets import choices, fill_choices, page_heading
from desktop_app.ui.library.meetings_model import (
    BODY,
    DATE,
    TITLE,
    FilteredMeetings,
    MeetingFilter,
    MeetingsModel,
)

RESIZE_PRECISION = 60  # rows measured to size a column to its contents
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
NoteSearch = Callable[[Sequence[str]], set[str]]  # words -> ids of the meetings holding them


class LibraryView(QWidget):
    """The library's meetings; Enter or a double click opens the one selected, Esc goes back
    to the note."""

    open_requested = Signal(str)
    duplicate_requested = Signal(str)
    delete_requested = Signal(str)
    restore_requested = Signal(str)
    empty_trash_requested = Signal()
    next_meeting_requested = Signal(str)  # the meeting to start the next one of its series from
    tracker_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        # Shown in place of the note, it leaves the window as narrow as the note allows:
        # a page not on screen must not widen the window (QStackedWidget asks them all).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._notes_holding: NoteSearch = lambda _words: set()
        self._in_library: list[MeetingSummary] = []
        self._in_trash: list[MeetingSummary] = []
        self._read_only = False
        self.model = MeetingsModel(self)
        self.shown = FilteredMeetings(self.model, self)
        self._build()
        self._show_list()  # the library's buttons, not the trash's

    def set_note_search(self, search: NoteSearch) -> None:
        """How to find the meetings whose note holds some words (the library's search)."""
        self._notes_holding = search

    def set_meetings(
        self, meetings: Sequence[MeetingSummary], trash: Sequence[MeetingSummary] = ()
    ) -> None:
        """The meetings of the library, and those in its trash."""
        self._in_library, self._in_trash = list(meetings), list(trash)
        self.trash_button.setText(f"Tras&h ({len(trash)})" if trash else "Tras&h")
        self._show_list()

    def set_read_only(self, read_only: bool) -> None:
        """On a library open read-only, meetings can be opened, nothing else."""
        self._read_only = read_only
        self._update_buttons()

    def showing_trash(self) -> bool:
        return self.trash_button.isChecked()

    def show_trash(self, shown: bool) -> None:
        self.trash_button.setChecked(shown)  # toggled: the list follows

    def _show_list(self) -> None:
        trash = self.showing_trash()
        meetings = self._in_trash if trash else self._in_library
        self.heading.setText("Trash" if trash else "Library")
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setVisible(not trash)
        self.next_button.setVisible(not trash)
        for button in (self.restore_button, self.empty_button):
            button.setVisible(trash)
        chosen = self.current_meeting_id()
        self.model.set_meetings(meetings)
        fill_choices(self.body, sorted({m.body for m in meetings if m.body}))
        years = sorted({m.date.year for m in meetings if m.date}, reverse=True)
        fill_choices(self.year, [str(year) for year in years])
        self._apply_filter()
        self.select_meeting(chosen)

    def focus_filter(self) -> None:
        self.words.setFocus()
        self.words.selectAll()

    def current_meeting_id(self) -> str | None:
        current = self.table.currentIndex()
        return self.shown.meeting_id(current.row()) if current.isValid() else None

    def select_meeting(self, meeting_id: str | None) -> None:
        """Select that meeting if it is shown, else the first shown."""
        rows = range(self.shown.rowCount())
        row = next((r for r in rows if self.shown.meeting_id(r) == meeting_id), 0)
        if self.shown.rowCount():
            self.table.selectRow(row)
        else:
            self.table.setCurrentIndex(QModelIndex())
        self._update_buttons()

    # Building

    def _build(self) -> None:
        self.words = QLineEdit()
        self.words.setPlaceholderText("Words of the title, symbol or note")
        self.words.setClearButtonEnabled(True)
        self.words.setAccessibleName("Find meetings")
        self.words.installEventFilter(self)
        self.body = choices("Body")
        self.year = choices("Year")
        self._build_table()
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count.setAccessibleName("Meetings shown")
        # It gives way to the buttons in a narrow window rather than widen the window.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = _button("&Open", self.open_requested, self)
        self.duplicate_button = _button("D&uplicate", self.duplicate_requested, self)
        self.delete_button = _button("&Delete…", self.delete_requested, self)
        self.restore_button = _button("&Restore", self.restore_requested, self)
        self.next_button = _button("&Next meeting…", self.next_meeting_requested, self)
        self.next_button.setToolTip("Start the next meeting of this one's series")
        self.tracker_button = QPushButton("Re&quests")
        self.tracker_button.setAccessibleName("Requests across meetings")
        self.tracker_button.setToolTip("Every action item of the library (Ctrl+Shift+T)")
        self.tracker_button.clicked.connect(self.tracker_requested)
        self.empty_button = QPushButton("&Empty the trash…")
        self.empty_button.setAccessibleName("Empty the trash")
        self.empty_button.clicked.connect(self.empty_trash_requested)
        self.trash_button = QPushButton("Tras&h")
        self.trash_button.setAccessibleName("Trash")
        self.trash_button.setToolTip("The deleted meetings, which can be restored")
        self.trash_button.setCheckable(True)
        self.trash_button.toggled.connect(self._show_list)
        self.open_button.setDefault(True)
        self.heading = page_heading("Library")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self.words.textChanged.connect(self._apply_filter)
        self.body.currentIndexChanged.connect(self._apply_filter)
        self.year.currentIndexChanged.connect(self._apply_filter)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName("Meetings")
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized by the rows in view and a few around them, not by measuring all of thousands
        # of meetings at every change (most of the time the view took to open).
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        # The long texts share what the short ones leave, elided: no scrolling sideways.
        for column in (BODY, TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda _index: self._activate())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, field in (("&Find:", self.words), ("&Body:", self.body), ("&Year:", self.year)):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, {self.words: 4, self.body: 3}.get(field, 0))
        row.addWidget(self.tracker_button)  # here, where the words field gives way to it
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.trash_button)
        row.addWidget(self.count, 1)
        buttons = (self.delete_button, self.duplicate_button, self.next_button, self.open_button)
        for button in (*buttons, self.empty_button, self.restore_button):
            row.addWidget(button)
        return row

    # Filtering

    def _apply_filter(self) -> None:
        words = tuple(self.words.text().split())
        meeting_filter = MeetingFilter(
            words=words,
            body="" if self.body.currentIndex() <= 0 else self.body.currentText(),
            year=None if self.year.currentIndex() <= 0 else int(self.year.currentText()),
            in_notes=frozenset(self._notes_holding(words)) if words else frozenset(),
        )
        chosen = self.current_meeting_id()
        self.shown.set_filter(meeting_filter)
        self.select_meeting(chosen)
        self._count_shown()

    def _count_shown(self) -> None:
        total, shown = self.model.rowCount(), self.shown.rowCount()
        if total == 0 and self.showing_trash():
            text = "The trash is empty."
        elif total == 0:
            text = "The library has no meetings yet."
        elif shown == total:
            text = f"{total} meeting{'s' if total != 1 else ''}"
        elif shown == 0:
            text = "No meeting matches."
        else:
            text = f"{shown} of {total} meetings"
        self.count.setText(text)

    def _update_buttons(self) -> None:
        chosen = self.current_meeting_id() is not None
        self.open_button.setEnabled(chosen)
        changing = (self.duplicate_button, self.delete_button, self.restore_button)
        for button in (*changing, self.next_button):
            button.setEnabled(chosen and not self._read_only)
        self.empty_button.setEnabled(bool(self._in_trash) and not self._read_only)

    def _activate(self) -> None:
        """Enter or a double click: open the meeting, or in the trash restore it."""
        self._request(self.restore_requested if self.showing_trash() else self.open_requested)

    def _request(self, signal: SignalInstance) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            signal.emit(meeting_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.showing_trash():
            self.show_trash(False)  # out of the trash first, then out of the library
        elif event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the words field, Up and Down move in the table and Enter opens its meeting.
        if watched is self.words and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in MOVE_KEYS:
                QCoreApplication.sendEvent(self.table, event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request(
                    self.restore_requested if self.showing_trash() else self.open_requested
                )
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not self.showing_trash():
                self.delete_button.click()  # a button enabled only where deleting is allowed
                return True
        return super().eventFilter(watched, event)


def _button(text: str, signal: SignalInstance, view: LibraryView) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(lambda: view._request(signal))
    return button
