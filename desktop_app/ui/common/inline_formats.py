"""The one mapping between inline markup and Qt character formats, for the note and the
footnotes alike: emphasis is italic, strong is bold, and any weight from demi-bold up (as
text pasted from elsewhere may carry) reads as strong."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat

STRONG_FROM = QFont.Weight.DemiBold.value


def is_strong(text_format: QTextCharFormat) -> bool:
    return text_format.fontWeight() >= STRONG_FROM


def set_strong(text_format: QTextCharFormat, strong: bool) -> None:
    text_format.setFontWeight(QFont.Weight.Bold.value if strong else QFont.Weight.Normal.value)


def run_format(
    emphasis: bool, strong: bool, base: QTextCharFormat | None = None
) -> QTextCharFormat:
    """The format of a run of text: `base` (the block's text format) with its emphasis and
    strength."""
    text_format = QTextCharFormat(base) if base is not None else QTextCharFormat()
    text_format.setFontItalic(emphasis)
    set_strong(text_format, strong)
    return text_format
