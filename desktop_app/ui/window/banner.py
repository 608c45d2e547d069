"""A line above the note for what the user must know now: a failed save, read-only access."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Notice")
        self.kind = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Notice text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setAutoFillBackground(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("error", text, QColor(190, 40, 40))

    def show_notice(self, text: str) -> None:
        self._show("notice", text, self.palette().color(QPalette.ColorRole.Highlight))

    def clear(self) -> None:
        self.kind = ""
        self.hide()

    def _show(self, kind: str, text: str, accent: QColor) -> None:
        self.kind = kind
        self.label.setText(text)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Window)
        tint = QColor(
            (base.red() * 4 + accent.red()) // 5,
            (base.green() * 4 + accent.green()) // 5,
            (base.blue() * 4 + accent.blue()) // 5,
        )
        palette.setColor(QPalette.ColorRole.Window, tint)
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.show()
