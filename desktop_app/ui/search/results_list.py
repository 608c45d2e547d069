"""The search's results as a list: each names its meeting (symbol, date, title), where the
words are ("paragraph 12", "sub-item (b) of paragraph 26" …) and a snippet with the words
found highlighted. Enter or a double click opens one, Esc goes back to the note, Up from the
first goes back to the query."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.store.search import NoteHit, folded

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_STYLE = "background-color:#ffe066; color:#1a1a1a; font-weight:bold"
_MARKED = re.compile("«([^«»]*)»")
_PADDING = 6
Index = QModelIndex | QPersistentModelIndex


def meeting_line(hit: NoteHit) -> str:
    """ "WG/REL/2017/7 · 28 August 2017", the title for a meeting with no symbol."""
    name = hit.symbol or hit.title or "A meeting with no title"
    return f"{name} · {long_date(hit.date)}" if hit.date else name


def snippet_html(snippet: str, words: Sequence[str]) -> str:
    """The snippet as rich text, escaped, each word found in a highlight. The store marks
    them between « and »: a pair of them is a mark only if it holds a word of the query
    (French text has its own « »)."""
    wanted = [folded(word) for word in words if folded(word)]
    out, at = [], 0
    for match in _MARKED.finditer(snippet):
        inner = folded(match[1])
        if not any(word in inner or inner in word for word in wanted) or not inner:
            continue
        out.append(html.escape(snippet[at : match.start()]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(match[1])}</span>')
        at = match.end()
    out.append(html.escape(snippet[at:]))
    return "".join(out)


def hit_html(hit: NoteHit, muted: str, title: str | None = None) -> str:
    """The result as rich text: its meeting, its title (`title`: as it fits), its place and
    its snippet."""
    place = html.escape(hit.place[:1].upper() + hit.place[1:])
    title = hit.title if title is None else title
    shown_title = (
        f'<br><span style="color:{muted}">{html.escape(title)}</span>' if hit.symbol else ""
    )
    return (
        f"<b>{html.escape(meeting_line(hit))}</b>{shown_title}"
        f'<br><span style="color:{muted}">{place}:</span> {snippet_html(hit.snippet, hit.words)}'
    )


def hit_words(hit: NoteHit) -> str:
    """The result read out in plain words, as a screen reader says it."""
    snippet = hit.snippet.replace("«", "").replace("»", "")
    return f"{meeting_line(hit)}, {hit.place}: {snippet}"


def muted_colour(palette: QPalette, selected: bool = False) -> str:
    """The text's colour halfway to the background's, for the titles and places beside the
    words: on a selected row, the selection's."""
    role = QPalette.ColorRole
    text = palette.color(role.HighlightedText if selected else role.Text)
    base = palette.color(role.Highlight if selected else role.Base)
    pairs = ((text.red(), base.red()), (text.green(), base.green()), (text.blue(), base.blue()))
    red, green, blue = (a + (b - a) * 2 // 5 for a, b in pairs)
    return f"#{red:02x}{green:02x}{blue:02x}"


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[NoteHit] = []

    def set_hits(self, hits: list[NoteHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[NoteHit]:
        return list(self._hits)

    def hit(self, row: int) -> NoteHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_words(hit)
        if role == HTML_ROLE:
            return hit_html(hit, muted_colour(QPalette()))
        if role == HIT_ROLE:
            return hit
        return None


class ResultDelegate(QStyledItemDelegate):
    """Draws a result as its rich text, wrapped to the list's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def _html(
        self, option: QStyleOptionViewItem, index: Index, width: int, selected: bool = False
    ) -> str:
        """The result's rich text, its title on one line, cut short where it is too long."""
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, NoteHit):
            return ""
        muted = muted_colour(option.palette, selected)
        title = option.fontMetrics.elidedText(
            hit.title, Qt.TextElideMode.ElideRight, max(40, width - 2 * _PADDING)
        )
        return hit_html(hit, muted, title)

    def _document(
        self, option: QStyleOptionViewItem, index: Index, width: int, selected: bool = False
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(self._html(option, index, width, selected))
        document.setTextWidth(max(40, width - 2 * _PADDING))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        key = (self._html(option, index, width), width)
        if key not in self._heights:
            if len(self._heights) > 2000:
                self._heights.clear()
            height = self._document(option, index, width).size().height()
            self._heights[key] = int(height) + 2 * _PADDING
        return QSize(width, self._heights[key])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        document = self._document(option, index, rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.translate(rect.left() + _PADDING, rect.top() + _PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())


class ResultsList(QListView):
    """Signals: a result chosen (Enter, double click), back to the note (Esc), back to the
    query (Up from the first result)."""

    chosen = Signal(object)  # the NoteHit
    back_requested = Signal()
    query_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Search results")
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setItemDelegate(ResultDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # long lists laid out bit by bit
        self.setBatchSize(20)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.doubleClicked.connect(lambda index: self._choose(index.row()))

    def set_hits(self, hits: list[NoteHit]) -> None:
        self.results.set_hits(hits)
        if hits:
            self.setCurrentIndex(self.results.index(0))
            self.scrollToTop()

    def current_hit(self) -> NoteHit | None:
        index = self.currentIndex()
        return self.results.hit(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentIndex().row())
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.query_requested.emit()
        else:
            super().keyPressEvent(event)

    def _choose(self, row: int) -> None:
        hit = self.results.hit(row)
        if hit is not None:
            self.chosen.emit(hit)
