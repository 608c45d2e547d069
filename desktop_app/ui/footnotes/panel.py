"""The footnotes pane: every footnote with its live number, edited in place.

A list view and a delegate: rows are painted, and only the footnote being edited has a
widget, so hundreds of footnotes cost little. While a footnote is edited its editor holds
the truth: `set_footnotes` never overwrites it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.delegate import FootnoteDelegate
from desktop_app.ui.footnotes.footnote_list import FootnoteList
from desktop_app.ui.footnotes.model import FootnoteModel
from desktop_app.ui.footnotes.text import read_inline, write_inline
from desktop_app.ui.footnotes.text_editor import FootnoteEditor

__all__ = ["FootnoteEditor", "FootnotePanel", "read_inline", "write_inline"]

EDIT_INTERVAL_MS = 250


class FootnotePanel(QWidget):
    """Every footnote of the note with its number, edited in place."""

    footnote_edited = Signal(str, object)  # footnote id, its new text (Inline)
    footnote_activated = Signal(str)
    editing_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footnotePanel")
        self.setAccessibleName("Footnotes")
        self._model = FootnoteModel(self)
        self._list = FootnoteList(self)
        self._list.setModel(self._model)
        self._delegate = FootnoteDelegate(self._list)
        self._list.setItemDelegate(self._delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        self.setFocusProxy(self._list)
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_INTERVAL_MS)
        self._edit_timer.timeout.connect(self._send_edit)
        self._delegate.text_changed.connect(self._typed)
        self._delegate.committed.connect(self._take_edit)
        self._delegate.finished.connect(self.editing_finished)
        self._list.chosen.connect(self.footnote_activated)
        self._list.clicked.connect(self._clicked)
        self._read_only = False
        self.set_read_only(False)

    def set_footnotes(self, footnotes: list[NumberedFootnote]) -> None:
        """Show these footnotes; the one being edited keeps its editor and text."""
        if self._model.replace(list(footnotes)):
            self._list.relayout()
            self._list.viewport().update()

    def edit_footnote(self, footnote_id: str) -> None:
        """Scroll to the footnote and put the keyboard in its text, at the end."""
        row = self._model.row_of(footnote_id)
        if row is None:
            return
        index = self._model.index(row)
        self._list.setCurrentIndex(index)
        self._list.scrollTo(index)
        if self._read_only:
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        editor = self._delegate.editor
        if editor is None or editor.footnote_id != footnote_id:
            self._list.edit(index)
            editor = self._delegate.editor
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def show_found(self, footnote_id: str, start: int, end: int) -> None:
        """Words found in a footnote's text: its row in sight, the words highlighted (the
        row not selected, so that they stand out), the keyboard left where it is."""
        row = self._model.row_of(footnote_id)
        if row is None:
            return
        index = self._model.index(row)
        self._delegate.found = (footnote_id, start, end)
        self._list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Clear)
        self._list.scrollTo(index)
        self._list.viewport().update()

    def clear_found(self) -> None:
        if self._delegate.found is not None:
            self._delegate.found = None
            self._list.viewport().update()

    def found_words(self) -> str:
        """The words highlighted as found, if any: what the user sees marked."""
        if self._delegate.found is None:
            return ""
        footnote_id, start, end = self._delegate.found
        row = self._model.row_of(footnote_id)
        return self._model.footnote(row).text.plain_text()[start:end] if row is not None else ""

    def set_read_only(self, read_only: bool) -> None:
        """Footnotes can be read and chosen, not edited."""
        if read_only and self._delegate.editor is not None:
            self._delegate.close_editor(self._delegate.editor)
        self._read_only = read_only
        self._model.read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        editing = triggers.DoubleClicked | triggers.EditKeyPressed | triggers.SelectedClicked
        self._list.setEditTriggers(triggers.NoEditTriggers if read_only else editing)

    def editing_footnote_id(self) -> str | None:
        """The footnote whose text is being edited, if any."""
        return self._delegate.editor.footnote_id if self._delegate.editor else None

    def send_pending_edit(self) -> None:
        """Send what was typed in a footnote now rather than after the usual short pause."""
        if self._edit_timer.isActive():
            self._send_edit()

    def _clicked(self, index: QModelIndex) -> None:
        self.footnote_activated.emit(self._model.footnote(index.row()).id)

    def _typed(self) -> None:
        if not self._edit_timer.isActive():
            self._edit_timer.start()

    def _send_edit(self) -> None:
        editor = self._delegate.editor
        if editor is not None:
            self._take_edit(editor.footnote_id, read_inline(editor.document()))

    def _take_edit(self, footnote_id: str, text: Inline) -> None:
        self._edit_timer.stop()
        if not self._read_only and self._model.set_text(footnote_id, text):
            self.footnote_edited.emit(footnote_id, text)
