"""Under the action items after a deletion: what was deleted, and the button that brings it
back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.ui.action_items.card import PADDING

NOTICE_WORDS = 60  # characters of the deleted item's words in the notice


def deleted_notice(what: str) -> str:
    """ "Deleted “…”.", the words cut after a whole word when they are long."""
    if len(what) > NOTICE_WORDS:
        what = what[: NOTICE_WORDS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"Deleted “{what}”."


class DeletionNotice(QWidget):
    """Hidden until an action item is deleted; its Undo button asks for it back."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setObjectName("undoNotice")
        self._label.setWordWrap(True)
        self._label.setAccessibleName("Action item deleted")
        self.undo_button = QToolButton()
        self.undo_button.setText("Undo")
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.setToolTip("Bring the deleted action item back (Ctrl+Z)")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.undo_button.clicked.connect(self.undo_clicked)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(PADDING, 2, PADDING, 4)
        bar.addWidget(self._label, 1)
        bar.addWidget(self.undo_button)
        self.hide()

    def show_deleted(self, what: str) -> None:
        self._label.setText(deleted_notice(what))
        self.show()

    def text(self) -> str:
        return self._label.text()
