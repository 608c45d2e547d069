"""The footnotes as the list's model: one row a footnote, in order, with its live number."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.common.item_views import Index

FOOTNOTE_ROLE = Qt.ItemDataRole.UserRole


class FootnoteModel(QAbstractListModel):
    """The footnotes in order, updated row by row so that an open editor survives."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rows: list[NumberedFootnote] = []
        self._largest: int | None = None
        self.read_only = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        footnote = self._rows[index.row()]
        if role == FOOTNOTE_ROLE:
            return footnote
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{footnote.number} {footnote.text.plain_text()}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Footnote {footnote.number}: {footnote.text.plain_text() or 'empty'}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag
        if not index.isValid():
            return flags.NoItemFlags  # the root: not an item to select, edit or drop on
        shown = flags.ItemIsEnabled | flags.ItemIsSelectable | flags.ItemNeverHasChildren
        return shown if self.read_only else shown | flags.ItemIsEditable

    def footnote(self, row: int) -> NumberedFootnote:
        return self._rows[row]

    def row_of(self, footnote_id: str) -> int | None:
        return next((r for r, f in enumerate(self._rows) if f.id == footnote_id), None)

    def largest_number(self) -> int:
        if self._largest is None:
            self._largest = max((f.number for f in self._rows), default=0)
        return self._largest

    def set_text(self, footnote_id: str, text: Inline) -> bool:
        """Take an edit made here; False if the text is already that."""
        row = self.row_of(footnote_id)
        if row is None or self._rows[row].text == text:
            return False
        self._rows[row] = replace(self._rows[row], text=text)
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def replace(self, footnotes: list[NumberedFootnote]) -> bool:
        """Become these footnotes by removing, moving and inserting rows (never a reset,
        which would close the editor). True if anything changed."""
        before = list(self._rows)
        self._largest = None
        self._remove_missing({f.id for f in footnotes})
        self._move_and_insert(footnotes)
        self._update_values(footnotes)
        return before != self._rows

    def _remove_missing(self, keep: set[str]) -> None:
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and self._rows[row].id not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _move_and_insert(self, footnotes: list[NumberedFootnote]) -> None:
        present = {f.id for f in self._rows}
        position = 0
        while position < len(footnotes):
            wanted = footnotes[position].id
            if position < len(self._rows) and self._rows[position].id == wanted:
                position += 1
            elif wanted in present:
                source = [f.id for f in self._rows].index(wanted, position)
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), position)
                self._rows.insert(position, self._rows.pop(source))
                self.endMoveRows()
                position += 1
            else:
                end = position
                while end < len(footnotes) and footnotes[end].id not in present:
                    end += 1
                self.beginInsertRows(QModelIndex(), position, end - 1)
                self._rows[position:position] = footnotes[position:end]
                self.endInsertRows()
                position = end

    def _update_values(self, footnotes: list[NumberedFootnote]) -> None:
        changed = [r for r, f in enumerate(footnotes) if self._rows[r] != f]
        self._rows = list(footnotes)
        for row in changed:
            self.dataChanged.emit(self.index(row), self.index(row))
