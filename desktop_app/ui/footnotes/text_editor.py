"""The footnote being edited: its text in place of its row, Ctrl+B and Ctrl+I its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.common.inline_formats import is_strong, set_strong
from desktop_app.ui.common.item_views import Index


class FootnoteEditor(QTextEdit):
    """The footnote being edited: one paragraph, Ctrl+B for bold, Ctrl+I for italic."""

    def __init__(self, footnote: NumberedFootnote, index: Index, parent: QWidget) -> None:
        super().__init__(parent)
        self.footnote_id = footnote.id
        self.index = QPersistentModelIndex(index)
        self.loaded = False
        self.setAccessibleName("Footnote text")
        self.setAccessibleDescription(f"Footnote {footnote.number}")
        self.setPlaceholderText("Footnote text")
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)

    def event(self, event: QEvent) -> bool:
        # Ctrl+B and Ctrl+I belong to the footnote here, not to the window's actions.
        if event.type() == QEvent.Type.ShortcutOverride and self._toggle_for(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        toggle = self._toggle_for(event)
        if toggle is not None:
            toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_strong(self) -> None:
        change = QTextCharFormat()
        set_strong(change, not is_strong(self.currentCharFormat()))
        self.mergeCurrentCharFormat(change)

    def toggle_emphasis(self) -> None:
        change = QTextCharFormat()
        change.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(change)

    def _toggle_for(self, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(event, QKeyEvent):
            return None
        if event.matches(QKeySequence.StandardKey.Bold):
            return self.toggle_strong
        if event.matches(QKeySequence.StandardKey.Italic):
            return self.toggle_emphasis
        return None
