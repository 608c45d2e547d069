"""Footnote markers: an object character in the text that draws its footnote's live number.

The marker's character format carries the footnote's id and its text (as markup), so that
deleting a marker deletes its footnote and undo brings both back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from desktop_app.core.inline import Inline

MARKER_CHARACTER = "\ufffc"
FOOTNOTE_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
FOOTNOTE_ID_PROPERTY = QTextFormat.Property.UserProperty + 10
FOOTNOTE_TEXT_PROPERTY = QTextFormat.Property.UserProperty + 11


def marker_format(footnote_id: str, text: Inline) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(FOOTNOTE_ID_PROPERTY, footnote_id)
    fmt.setProperty(FOOTNOTE_TEXT_PROPERTY, text.markup)
    return fmt


def is_marker(fmt: QTextFormat) -> bool:
    return bool(fmt.objectType() == FOOTNOTE_OBJECT)


def marker_id(fmt: QTextFormat) -> str:
    return fmt.stringProperty(FOOTNOTE_ID_PROPERTY)


def marker_text(fmt: QTextFormat) -> Inline:
    return Inline.from_markup(fmt.stringProperty(FOOTNOTE_TEXT_PROPERTY))


def markers_in(block: QTextBlock) -> Iterator[tuple[int, QTextCharFormat]]:
    """Each footnote marker of a block: its position in the note, and its format (which
    carries the footnote's id and text)."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        if is_marker(fmt):
            for offset in range(fragment.length()):
                yield fragment.position() + offset, fmt
        iterator += 1


class FootnoteMarkerHandler(QPyTextObject):
    """Draws each marker as its footnote's number, raised and small, as in print."""

    def __init__(self, number_of: Callable[[str], int | None], parent: QObject) -> None:
        super().__init__(parent)
        self._number_of = number_of

    def _label(self, fmt: QTextFormat) -> str:
        number = self._number_of(marker_id(fmt))
        return str(number) if number is not None else "?"

    def _font(self, fmt: QTextFormat, document: QTextDocument) -> QFont:
        font = QFont(QTextCharFormat(fmt).font())
        if font.pointSizeF() <= 0:
            font = QFont(document.defaultFont())
        font.setPointSizeF(max(font.pointSizeF() * 0.7, 6.0))
        font.setBold(True)
        return font

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(self._font(fmt, document))
        base = QFontMetricsF(document.defaultFont())
        return QSizeF(metrics.horizontalAdvance(self._label(fmt)) + 2, base.ascent())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        font = self._font(fmt, document)
        painter.save()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.drawText(QPointF(rect.left() + 1, rect.top() + metrics.ascent()), self._label(fmt))
        painter.restore()
