"""The note's margin: where each paragraph number and sub-item letter is drawn.

It is drawn at every paint of the note, so at every keystroke: only the blocks in the area
painted are looked at, and a block with no label costs no more than a glance at its row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QTextBlock
from PySide6.QtWidgets import QTextEdit

from desktop_app.ui.editor.note_document import NoteDocument


@dataclass(frozen=True, slots=True)
class MarginLabel:
    """A paragraph number or sub-item letter as drawn: its text, where, in which font, and
    the number of the block it labels."""

    text: str
    baseline: QPointF
    font: QFont
    block_number: int


def labels_in(
    editor: QTextEdit, note: NoteDocument, area: QRect, fonts: dict[float, QFont]
) -> list[MarginLabel]:
    """The labels of the blocks in `area` of the editor's viewport, top to bottom, each
    hanging one indent unit left of its text, on the baseline of its first line. `fonts`
    keeps the fonts made, by point size, for the next paint (emptied when the font changes)."""
    rows = note.structure().rows
    layout = note.documentLayout()
    dx = -editor.horizontalScrollBar().value()
    dy = -editor.verticalScrollBar().value()
    top, bottom = area.top() - dy, area.bottom() - dy  # in the document's coordinates
    block = (
        _block_at(editor, layout, top) or editor.cursorForPosition(QPoint(0, area.top())).block()
    )
    unit = note.indent_unit
    labels = []
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() > bottom:
            break
        number = block.blockNumber()
        label = rows[number].label if number < len(rows) and rect.bottom() >= top else ""
        line = block.layout().lineAt(0) if label else None
        if line is not None and line.isValid():
            fmt = block.blockFormat()
            line_top = rect.top() + fmt.topMargin() + line.y()
            # A label wholly above the area (that of the block before the one typed in)
            # would not show: it is not drawn.
            if line_top + line.height() >= top:
                x = rect.left() + dx + fmt.leftMargin() - unit
                baseline = line_top + dy + line.ascent()
                font = _font(note, block, fonts)
                labels.append(MarginLabel(label, QPointF(x, baseline), font, number))
        block = block.next()
    return labels


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


def _font(note: NoteDocument, block: QTextBlock, fonts: dict[float, QFont]) -> QFont:
    """The note's font at the size of the block's text (one font for each size drawn)."""
    size = block.charFormat().fontPointSize()
    font = fonts.get(size)
    if font is None:
        font = QFont(note.defaultFont())
        if size > 0:
            font.setPointSizeF(size)
        fonts[size] = font
    return font
