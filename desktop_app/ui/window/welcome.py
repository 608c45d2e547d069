"""The screen shown in the centre while the library has no meeting yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

APP_NAME = "Rapporteur"
WHAT_IT_DOES = (
    "Draft the notes of meetings: numbered paragraphs, footnotes and the requests the "
    "meeting made, saved as you type."
)
SAMPLE_MEETING = "Chairperson's note on the meeting of 28 August 2017"


class _BigButton(QPushButton):
    """A large push button: its text with a mnemonic, and a quieter line below it."""

    def __init__(self, text: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.detail = detail
        self.setAccessibleName(text.replace("&", ""))
        self.setAccessibleDescription(detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(True)  # Enter presses it too, although the pane is no dialog

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        title = QFontMetrics(self._title_font())
        detail = self.fontMetrics()
        width = max(title.horizontalAdvance(self.text()), detail.horizontalAdvance(self.detail))
        height = title.height() + detail.height() + 4
        return QSize(width + 48, height + 28)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        area = self.rect().adjusted(12, 12, -12, -12)
        title_font = self._title_font()
        title_height = QFontMetrics(title_font).height()
        centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.setFont(title_font)
        painter.drawItemText(
            area,
            centred | Qt.TextFlag.TextShowMnemonic,
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.ButtonText,
        )
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(area.adjusted(0, title_height + 4, 0, 0), centred, self.detail)


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle when the pane is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(
            metrics.elidedText(self._full_text, Qt.TextElideMode.ElideMiddle, self.width())
        )


class WelcomePane(QWidget):
    """The app's name, what it does, and the two ways to begin."""

    new_meeting_requested = Signal()
    open_sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.new_meeting_button = _BigButton("&New meeting", new_keys or "Ctrl+N")
        self.new_meeting_button.setDefault(True)
        self.new_meeting_button.clicked.connect(self.new_meeting_requested)
        self.sample_button = _BigButton("Open the &sample meeting", SAMPLE_MEETING)
        self.sample_button.clicked.connect(self.open_sample_requested)
        self._library_path = self._library_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._column(), 10)  # as wide as its maximum whenever there is room
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        layout.addWidget(self._library_path)
        self.setFocusProxy(self.new_meeting_button)

    def _column(self) -> QWidget:
        """The name, what the app does, and the two buttons, as wide as the wider one."""
        name = QLabel(APP_NAME)
        name_font = QFont(self.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 2.2)
        name_font.setWeight(QFont.Weight.Light)
        name.setFont(name_font)
        name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        name.setAccessibleName(APP_NAME)
        line = QLabel(WHAT_IT_DOES)
        line.setWordWrap(True)
        line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        line.setAccessibleName("What Rapporteur does")
        # Both buttons as wide as the wider one, at least 320 pixels.
        width = max(320, *(b.sizeHint().width() for b in self._buttons()))
        for button in self._buttons():
            button.setFixedWidth(width)
        column_widget = QWidget()
        column_widget.setMaximumWidth(width + 160)
        column_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(name)
        column.addWidget(line)
        column.addSpacing(24)
        column.addWidget(self.new_meeting_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return column_widget

    def _library_label(self) -> _ElidedLabel:
        """The library file, small and quiet at the bottom."""
        label = _ElidedLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        label.setFont(small)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName("Library file")
        return label

    def _buttons(self) -> tuple[_BigButton, _BigButton]:
        return self.new_meeting_button, self.sample_button

    def set_library_path(self, path: Path) -> None:
        self._library_path.set_full_text(f"Library: {path}")
        self._library_path.setAccessibleDescription(str(path))
