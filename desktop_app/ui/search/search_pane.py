"""The search pane: a query searched as it is typed (after a pause of SEARCH_DELAY_MS), the
body and date range to search in, how many results there are, and the results. The search
runs on a thread of its own (background_search.py): the pane never waits for it.

Down from the query goes into the results, Enter opens one, Esc goes back to the note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.dates import long_date
from desktop_app.store.search import NoteHit, SearchFilters
from desktop_app.ui.common.page_widgets import ANY, choices, fill_choices
from desktop_app.ui.search.background_search import Answer, BackgroundSearch
from desktop_app.ui.search.date_bounds import DateNotUnderstood, date_bound
from desktop_app.ui.search.results_list import ResultsList

SEARCH_DELAY_MS = 150  # a pause in typing this long, and the words typed are searched
LIMIT = 100
HINT = 'Words, "an exact phrase", a prefix* — OR, NOT; accents and case aside.'


def count_line(hits: list[NoteHit], limit: int = LIMIT) -> str:
    """ "24 results in 9 meetings"; "The 100 best results, in 37 meetings" at the limit."""
    meetings = len({hit.meeting_id for hit in hits})
    in_meetings = f"{meetings} meeting" + ("" if meetings == 1 else "s")
    if len(hits) >= limit:
        return f"The {len(hits)} best results, in {in_meetings}"
    return f"{len(hits)} result{'' if len(hits) == 1 else 's'} in {in_meetings}"


class SearchPane(QWidget):
    """Signals: a result chosen, back to the note (Esc), and `searching`, just before a
    query is searched (the window saves the note on screen, so that it is searched as it
    stands)."""

    result_chosen = Signal(object)  # the NoteHit
    back_requested = Signal()
    searching = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self._path: Path | None = None
        self._build()
        self.background = BackgroundSearch(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect()
        self._say(HINT)

    def _build(self) -> None:
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("Search all meetings")
        self.query.setAccessibleName("Words to search for in every meeting")
        self.query.setClearButtonEnabled(True)
        self.body = choices("Body")
        self.date_from = self._date_field("From", "Meetings on or after this date")
        self.date_to = self._date_field("To", "Meetings on or before this date")
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.count.setAccessibleName("What the search found")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = ResultsList(self)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("to", self))
        dates.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow("&Body:", self.body)
        form.addRow("&Dates:", dates)
        for field, label in ((self.body, "Body"), (self.date_from, "Dates")):
            buddy = form.labelForField(field if field is self.body else dates)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
                buddy.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def _date_field(self, placeholder: str, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(name)
        field.setToolTip("A day (2017-08-28), a month (2017-08) or a year (2017)")
        field.setClearButtonEnabled(True)
        return field

    def _connect(self) -> None:
        self._timer.timeout.connect(self.search_now)
        self.query.textEdited.connect(self._typed)
        self.query.returnPressed.connect(self._query_entered)
        self.query.installEventFilter(self)
        self.body.currentIndexChanged.connect(self._typed)
        for field in (self.date_from, self.date_to):
            field.textEdited.connect(self._typed)
            field.installEventFilter(self)
        self.background.found.connect(self._found)
        self.background.refused.connect(self._refused)
        self.background.failed.connect(self._refused)
        self.results.chosen.connect(self.result_chosen)
        self.results.back_requested.connect(self.back_requested)
        self.results.query_requested.connect(self.focus_query)

    # What the window asks

    def set_library(self, path: Path, bodies: list[str] | None = None) -> None:
        """The library searched, and the bodies its meetings belong to (None: as they were)."""
        if path != self._path:
            self._path = path
            self.background.forget()
            self.results.set_hits([])
        if bodies is not None:
            fill_choices(self.body, bodies)

    def stop(self) -> None:
        """No answer is waited for any more, and none is running (the window closes)."""
        self._timer.stop()
        self.background.forget()
        self.background.wait()

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def filters(self) -> SearchFilters:
        """The body and dates chosen; raises DateNotUnderstood."""
        body = "" if self.body.currentText() == ANY else self.body.currentText()
        date_from = date_bound(self.date_from.text(), last=False)
        date_to = date_bound(self.date_to.text(), last=True)
        if date_from and date_to and date_from > date_to:
            raise DateNotUnderstood(
                f"The range starts on {date_from} and ends before it, on {date_to}: "
                "nothing could be found."
            )
        return SearchFilters(body=body, date_from=date_from, date_to=date_to, limit=LIMIT)

    def search_now(self) -> None:
        """Search for the words typed, with the filters chosen, on the search's thread."""
        self._timer.stop()
        if self._path is None:
            return
        try:
            filters = self.filters()
        except DateNotUnderstood as error:
            self.background.forget()
            self._say(str(error))
            return
        if not self.query.text().strip():
            self.background.forget()
            self.results.set_hits([])
            self._say(HINT)
            return
        self.searching.emit()
        self.background.ask(self._path, self.query.text(), filters)

    # Answers

    def _typed(self) -> None:
        self._timer.start()  # again: the search waits for a pause in typing

    def _found(self, answer: Answer) -> None:
        self.results.set_hits(answer.hits)
        if answer.hits:
            self._say(count_line(answer.hits))
        else:
            self._say(_nothing_found(answer.filters))

    def _refused(self, message: str) -> None:
        self.results.set_hits([])
        self._say(f"This search cannot be understood: {message}")

    def _say(self, text: str) -> None:
        self.count.setText(text)

    # Keys

    def _query_entered(self) -> None:
        self.search_now()
        self.results.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the query (or a date) into the results; Esc back to the note."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.results.results.rowCount():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.results.results.index(0))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.back_requested.emit()
                return True
        return super().eventFilter(watched, event)


def _nothing_found(filters: SearchFilters) -> str:
    """ "No meeting of BODY between 1 September 2017 and 30 September 2017 holds these words."""
    scope = f" of {filters.body}" if filters.body else ""
    start, end = filters.date_from, filters.date_to
    if start and end:
        scope += f" between {long_date(start)} and {long_date(end)}"
    elif start:
        scope += f" on or after {long_date(start)}"
    elif end:
        scope += f" on or before {long_date(end)}"
    return f"No meeting{scope} holds these words."
