"""The bar above the action items: Show Open or All, and "Read only" when nothing can be
changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop_app.ui.action_items.card import PADDING


class FilterBar(QWidget):
    """Open (the default) or All: which action items the list shows."""

    show_all_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_button = _choice("Open", "Show open action items")
        self.all_button = _choice("All", "Show all action items")
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.open_button, self.all_button):
            group.addButton(button)
        self.open_button.setChecked(True)
        self.all_button.toggled.connect(self.show_all_changed)
        self._read_only_label = QLabel("Read only")
        self._read_only_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._read_only_label.setAccessibleName("The action items cannot be changed")
        self._read_only_label.hide()
        # Said where there is room; in a narrow pane it gives way rather than widen the pane.
        self._read_only_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self._read_only_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        label = QLabel("Show:")
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(PADDING, 4, PADDING, 2)
        bar.setSpacing(2)
        bar.addWidget(label)
        bar.addWidget(self.open_button)
        bar.addWidget(self.all_button)
        bar.addStretch(1)
        bar.addWidget(self._read_only_label, 1)

    def set_show_all(self, show_all: bool) -> None:
        self.all_button.setChecked(show_all)
        self.open_button.setChecked(not show_all)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only_label.setVisible(read_only)


def _choice(text: str, accessible_name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(accessible_name)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(True)
    return button
