"""Hints in the status line about the place the cursor is in the note: "Type the agenda item's
title, then Enter." goes as soon as the cursor leaves that heading, not seconds later, and a
hint that has done its job never lingers over the next thing the user does."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QTextEdit

from desktop_app.ui.editor.block_kinds import block_id


class CursorHints(QObject):
    """Shows a hint for the block the cursor is in, until the cursor goes to another block
    (Enter after a title, a click elsewhere) or, when given, a number of milliseconds pass."""

    def __init__(self, status_bar: QStatusBar, editor: QTextEdit) -> None:
        super().__init__(status_bar)
        self._status_bar = status_bar
        self._editor = editor
        self._text = ""
        self._block_id = ""
        editor.cursorPositionChanged.connect(self._cursor_moved)

    def show(self, text: str, timeout_ms: int = 0) -> None:
        self._text = text
        self._block_id = block_id(self._editor.textCursor().block())
        self._status_bar.showMessage(text, timeout_ms)

    def shown(self) -> str:
        """The hint on show now, if it is still in the status line."""
        return self._text if self._text and self._status_bar.currentMessage() == self._text else ""

    def _cursor_moved(self) -> None:
        if not self._text:
            return
        if block_id(self._editor.textCursor().block()) != self._block_id:
            if self.shown():
                self._status_bar.clearMessage()  # another message in its place stays
            self._text = ""
