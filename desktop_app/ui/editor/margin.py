"""The note's margin: where each paragraph number and sub-item letter is drawn."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QFont, QTextBlock
from PySide6.QtWidgets import QTextEdit

from desktop_app.ui.editor.note_document import NoteDocument


@dataclass(frozen=True)
class MarginLabel:
    """A paragraph number or sub-item letter as drawn: its text, where, in which font, and
    the number of the block it labels."""

    text: str
    baseline: QPointF
    font: QFont
    block_number: int


def labels_in(editor: QTextEdit, note: NoteDocument, area: QRect) -> list[MarginLabel]:
    """The labels of the blocks in `area` of the editor's viewport, top to bottom, each
    hanging one indent unit left of its text, on the baseline of its first line."""
    structure = note.structure()
    layout = note.documentLayout()
    offset = QPointF(-editor.horizontalScrollBar().value(), -editor.verticalScrollBar().value())
    block = editor.cursorForPosition(QPoint(0, area.top())).block()
    unit = note.indent_unit
    labels = []
    while block.isValid():
        rect = layout.blockBoundingRect(block).translated(offset)
        if rect.top() > area.bottom():
            break
        number = block.blockNumber()
        line = block.layout().lineAt(0)
        if number < len(structure.rows) and structure.rows[number].label and line.isValid():
            x = rect.left() + block.blockFormat().leftMargin() - unit
            baseline = rect.top() + block.blockFormat().topMargin() + line.y() + line.ascent()
            label = structure.rows[number].label
            labels.append(MarginLabel(label, QPointF(x, baseline), _font(note, block), number))
        block = block.next()
    return labels


def _font(note: NoteDocument, block: QTextBlock) -> QFont:
    font = QFont(note.defaultFont())
    size = block.charFormat().fontPointSize()
    if size > 0:
        font.setPointSizeF(size)
    return font
