"""The note's margin: where each paragraph number and sub-item letter is drawn.

It is drawn at every paint of the note, so at every keystroke: only the blocks in the area
painted are looked at, and where a block's label goes is worked out again only when the
block moved or the structure changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QTextBlock
from PySide6.QtWidgets import QTextEdit

from desktop_app.core.outline import Place
from desktop_app.ui.editor.note_document import NoteDocument


@dataclass(frozen=True, slots=True)
class MarginLabel:
    """A paragraph number or sub-item letter as drawn: its text, where, in which font, and
    the number of the block it labels."""

    text: str
    baseline: QPointF
    font: QFont
    block_number: int


class _Placed(NamedTuple):
    """Where a block's label goes, in the note's coordinates, for the block where it was."""

    top: float  # the block's, when this was worked out
    left: float
    text: str
    x: float
    baseline: float
    line_bottom: float  # of the block's first line, which the label stands in
    font: QFont | None  # None for a block with no label


class Margin:
    """The labels of an editor's note, kept by block between paints."""

    def __init__(self, editor: QTextEdit, note: NoteDocument) -> None:
        self._editor = editor
        self._note = note
        self._placed: dict[int, _Placed] = {}  # by block number
        self._rows: list[Place] | None = None  # the structure's rows they were placed by
        self._fonts: dict[float, QFont] = {}  # by point size

    def forget(self) -> None:
        """Work every label out again (the font changed, another note was loaded)."""
        self._placed.clear()
        self._fonts.clear()

    def labels_in(self, area: QRect) -> list[MarginLabel]:
        """The labels of the blocks in `area` of the editor's viewport, top to bottom, each
        hanging one indent unit left of its text, on the baseline of its first line."""
        editor, note = self._editor, self._note
        rows = note.structure().rows
        if rows is not self._rows:  # numbers, kinds or footnote markers changed
            self._placed.clear()
            self._rows = rows
        layout = note.documentLayout()
        dx = -editor.horizontalScrollBar().value()
        dy = -editor.verticalScrollBar().value()
        top, bottom = area.top() - dy, area.bottom() - dy  # in the note's coordinates
        block = (
            _block_at(editor, layout, top)
            or editor.cursorForPosition(QPoint(0, area.top())).block()
        )
        labels = []
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            number = block.blockNumber()
            placed = self._placed.get(number)
            if placed is None or placed.top != rect.top() or placed.left != rect.left():
                placed = self._place(block, number, rect.top(), rect.left())
                self._placed[number] = placed
            # A label wholly above the area (that of the block before the one typed in)
            # would not show: it is not drawn.
            if placed.font is not None and placed.line_bottom >= top:
                where = QPointF(placed.x + dx, placed.baseline + dy)
                labels.append(MarginLabel(placed.text, where, placed.font, number))
            block = block.next()
        return labels

    def _place(self, block: QTextBlock, number: int, top: float, left: float) -> _Placed:
        rows = self._rows or []
        label = rows[number].label if number < len(rows) else ""
        line = block.layout().lineAt(0) if label else None
        if line is None or not line.isValid():
            return _Placed(top, left, "", 0.0, 0.0, 0.0, None)
        fmt = block.blockFormat()
        line_top = top + fmt.topMargin() + line.y()
        x = left + fmt.leftMargin() - self._note.indent_unit
        return _Placed(
            top,
            left,
            label,
            x,
            line_top + line.ascent(),
            line_top + line.height(),
            self._font(block),
        )

    def _font(self, block: QTextBlock) -> QFont:
        """The note's font at the size of the block's text (one font for each size drawn)."""
        size = block.charFormat().fontPointSize()
        font = self._fonts.get(size)
        if font is None:
            font = QFont(self._note.defaultFont())
            if size > 0:
                font.setPointSizeF(size)
            self._fonts[size] = font
        return font


def _block_at(
    editor: QTextEdit, layout: QAbstractTextDocumentLayout, y: float
) -> QTextBlock | None:
    """The block at height `y` of the note when it is the cursor's or the one before (where
    typing repaints); None otherwise. Finding it from `y` alone walks the note from its top."""
    block = editor.textCursor().block()
    for _ in range(2):
        if not block.isValid():
            return None
        rect = layout.blockBoundingRect(block)
        if rect.top() <= y:
            return block if rect.bottom() >= y else None
        block = block.previous()
    return None
