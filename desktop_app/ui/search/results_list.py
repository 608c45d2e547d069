"""The search's results as a list: each names its meeting (symbol, date, title), where the
words are ("paragraph 12", "sub-item (b) of paragraph 26" …) and a snippet with the words
found highlighted. Enter or a double click opens one, Esc goes back to the note, Up from the
first goes back to the query."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.store.search import NoteHit
from desktop_app.ui.search.result_text import hit_height, hit_html, hit_words, muted_colour

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_PADDING = 6
Index = QModelIndex | QPersistentModelIndex


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
        self._heights: dict[tuple[NoteHit, int], int] = {}

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
        """The result's height from its font's measures, not from laying out its rich text:
        a hundred results come at once, while the user types. Measured in bold throughout,
        so that the words highlighted always fit."""
        width = self._width(option)
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, NoteHit):
            return super().sizeHint(option, index)
        key = (hit, width)
        if key not in self._heights:
            if len(self._heights) > 2000:
                self._heights.clear()
            height = hit_height(hit, option.font, max(40, width - 2 * _PADDING))
            self._heights[key] = height + 2 * _PADDING
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
