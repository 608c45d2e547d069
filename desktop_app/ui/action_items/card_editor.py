"""The in-place editor of an action item: every change is reported as it is typed, Enter
closes it, Esc cancels what was changed since it opened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.model import STATUS_NAMES


def _application() -> QApplication:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    return application


class ActionItemEditor(QFrame):
    """The fields of one action item, shown in place of its row while it is edited."""

    finished = Signal(bool)  # True: keep the changes
    changed = Signal()  # a field was typed into or chosen; see values()

    def __init__(self, parent: QWidget, item: NumberedActionItem) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.loaded = False
        self.original = item  # what Esc goes back to
        self._done = False
        self._showing = False
        self._build_fields()
        self._lay_out()
        for field in self.fields():
            field.installEventFilter(self)
        for signal in (
            self.what.textChanged,
            self.owner.textChanged,
            self.due.textChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self._field_changed)
        _application().focusChanged.connect(self._focus_changed)
        self._watching = True
        self.show_item(item)

    def _build_fields(self) -> None:
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName("What")
        margins = 2 * (self.what.frameWidth() + self.what.document().documentMargin())
        self.what.setFixedHeight(int(self.what.fontMetrics().lineSpacing() * 4 + margins + 2))
        self.owner = QLineEdit()
        self.owner.setAccessibleName("Owner")
        self.owner.setPlaceholderText("Who delivers it")
        self.due = QLineEdit()
        self.due.setAccessibleName("Due")
        self.due.setPlaceholderText("By when")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for status, name in STATUS_NAMES.items():
            self.status.addItem(name, status.value)

    def _lay_out(self) -> None:
        """The fields one under the other, and a quiet line on how the editor works."""
        hint = QLabel("Saved as you type · Enter closes · Esc cancels the changes")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setWordWrap(True)
        small = QFont(hint.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        hint.setFont(small)
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setSpacing(4)
        form.addRow("What", self.what)
        form.addRow("Owner", self.owner)
        form.addRow("Due", self.due)
        form.addRow("Status", self.status)
        form.addRow(hint)
        self.setFocusProxy(self.what)

    def fields(self) -> tuple[QWidget, ...]:
        return self.what, self.owner, self.due, self.status

    def show_item(self, item: NumberedActionItem) -> None:
        self._showing = True  # shown, not typed: nothing to report
        try:
            self.what.setPlainText(item.what)
            self.owner.setText(item.owner)
            self.due.setText(item.due)
            for line in (self.owner, self.due):
                line.setCursorPosition(0)  # the beginning in sight, not the end
            self.status.setCurrentIndex(self.status.findData(item.status.value))
            self.what.moveCursor(self.what.textCursor().MoveOperation.End)
        finally:
            self._showing = False

    def _field_changed(self) -> None:
        if not self._showing and not self._done:
            self.changed.emit()

    def values(self) -> dict[str, object]:
        return {
            "what": " ".join(self.what.toPlainText().split()),
            "owner": self.owner.text().strip(),
            "due": self.due.text().strip(),
            "status": ActionStatus(self.status.currentData()),
        }

    def finish(self, keep: bool, focus_list: bool = True) -> None:
        if self._done:
            return
        self._done = True
        self.stop_watching_focus()
        viewport = self.parentWidget()
        the_list = viewport.parentWidget() if viewport is not None else None
        if focus_list and the_list is not None:
            # The viewport's parent is the list: focus goes back to it, not to the next pane.
            the_list.setFocus()
        self.finished.emit(keep)

    def stop_watching_focus(self) -> None:
        self._done = True
        if self._watching:
            self._watching = False
            _application().focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the fields (Tab past the last, a click elsewhere) keeps the changes.
        widget = new
        while widget is not None:
            if widget is self:
                return
            widget = widget.parentWidget()
        if new is not None:
            self.finish(True, focus_list=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish(True)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.finish(False)
                return True
        return super().eventFilter(watched, event)
