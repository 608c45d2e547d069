"""The title block above the note: the body, the meeting's title, its symbol, date and place,
as the issued note heads its first page; a double-click or its button opens Meeting details."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.core.meeting_series import MeetingDetails
from desktop_app.core.model import MeetingStatus

UNTITLED = "Untitled meeting"
LEFT = 16  # the note's own margin and frame: the title starts where the text does


def symbol_line(details: MeetingDetails) -> str:
    """ "WG/REL/2017/7 · 28 August 2017 · Geneva": what is known of these, the date in the
    meeting's language."""
    date = long_date(details.date, details.language) if details.date else ""
    return " · ".join(part for part in (details.symbol, date, details.place) if part)


def window_title(details: MeetingDetails) -> str:
    """The meeting as the window's title names it: its symbol, then its title."""
    return " · ".join(part for part in (details.symbol, details.title) if part) or UNTITLED


class StatusMark(QLabel):
    """ "Draft" or "Final", in a quiet rounded outline."""

    def __init__(self, text: str, tip: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName(f"{text.lower()}Mark")
        self.setAccessibleName("Status")
        self.setToolTip(tip)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(9, 1, 9, 2)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.end()
        super().paintEvent(event)


class MeetingHeader(QFrame):
    """Shows a meeting's details; emits details_requested on a double-click."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.setAccessibleName("Meeting")
        self.setAccessibleDescription("The meeting's body, title, symbol and date")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setToolTip("Double-click to change the meeting's details")
        self.body = self._label("Body", 0.95, QFont.Weight.DemiBold, quiet=True)
        self.title = self._label("Title", 1.4, QFont.Weight.Bold)
        self.symbol = self._label("Symbol and date", 0.95, QFont.Weight.Normal, quiet=True)
        self.draft = StatusMark("Draft", "A draft, not yet final: Meeting details changes it", self)
        self.final = StatusMark("Final", "Final: read-only until it is reopened for editing", self)
        self.reopen_button = QToolButton(self)  # Reopen for editing, beside "Final"
        self.reopen_button.setAccessibleName("Reopen for editing")
        self.details_button = QToolButton(self)
        self.details_button.setAutoRaise(True)
        self.details_button.setAccessibleName("Meeting details")
        self._lay_out()

    def _label(self, name: str, scale: float, weight: QFont.Weight, quiet: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setWeight(weight)
        label.setFont(font)
        if quiet:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _lay_out(self) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(self.body)
        texts.addWidget(self.title)
        texts.addWidget(self.symbol)
        side = QVBoxLayout()
        side.setSpacing(6)
        corner = QHBoxLayout()
        corner.setSpacing(6)
        corner.addWidget(self.draft, 0, Qt.AlignmentFlag.AlignVCenter)
        corner.addWidget(self.final, 0, Qt.AlignmentFlag.AlignVCenter)
        corner.addWidget(self.details_button)
        side.addLayout(corner)
        # Below "Final", not beside it: a final note must not make the window any wider.
        side.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(LEFT, 12, 10, 12)
        layout.setSpacing(12)
        layout.addLayout(texts, 1)
        layout.addLayout(side)

    def use_details_action(self, action: QAction) -> None:
        """The button in the corner is this action (Meeting details…), enabled as it is."""
        self.details_button.setDefaultAction(action)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def use_reopen_action(self, action: QAction) -> None:
        """Beside "Final", this action (Reopen for editing), shown while it is enabled."""
        self.reopen_button.setDefaultAction(action)
        action.setIconText("Reopen")  # the menu says "Reopen for editing"; the tooltip too
        self.reopen_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        action.enabledChanged.connect(self.reopen_button.setVisible)
        self.reopen_button.setVisible(action.isEnabled())

    def show_details(self, details: MeetingDetails) -> None:
        self.body.setText(details.body)
        self.body.setVisible(bool(details.body))
        self.title.setText(details.title or UNTITLED)
        self.symbol.setText(symbol_line(details))
        self.symbol.setVisible(bool(self.symbol.text()))
        self.draft.setVisible(details.status is MeetingStatus.DRAFT)
        self.final.setVisible(details.status is MeetingStatus.FINAL)
        shown = (details.body, self.title.text(), self.symbol.text())
        self.setAccessibleDescription(". ".join(part for part in shown if part))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.details_requested.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(LEFT, self.height() - 1, self.width() - LEFT, self.height() - 1)
        painter.end()
