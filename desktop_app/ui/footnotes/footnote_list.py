"""The list of footnotes: Enter or a click chooses one; a click that opens the editor also
places its cursor."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QWidget

from desktop_app.ui.common.item_views import draw_empty_text, show_wrapped_rows
from desktop_app.ui.footnotes.delegate import FootnoteDelegate
from desktop_app.ui.footnotes.model import FOOTNOTE_ROLE, FootnoteModel

PLACEHOLDER = "No footnotes. Ctrl+Alt+F adds one at the cursor."


class FootnoteList(QListView):
    """The rows; Enter or a click chooses a footnote."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Footnotes")
        self.setAccessibleDescription("Every footnote of the note, by number")
        show_wrapped_rows(self)
        self._click_point: QPoint | None = None
        self._clicked_at = QElapsedTimer()

    def model(self) -> FootnoteModel:
        return super().model()  # type: ignore[return-value]

    def take_click_point(self) -> QPoint | None:
        """Where the click that is opening an editor was, if there was one just now."""
        point, self._click_point = self._click_point, None
        recent = QApplication.doubleClickInterval() + 200
        return point if point is not None and self._clicked_at.elapsed() < recent else None

    def _remember_click(self, event: QMouseEvent) -> None:
        self._click_point = event.position().toPoint()
        self._clicked_at.start()

    def relayout(self) -> None:
        self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._click_point = None
        current = self.currentIndex()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.chosen.emit(current.data(FOOTNOTE_ROLE).id)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._remember_click(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._remember_click(event)
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            draw_empty_text(self, PLACEHOLDER)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, FootnoteDelegate):
                delegate.forget_heights()
        super().changeEvent(event)
