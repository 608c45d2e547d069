"""Inline text in and out of the editor: runs become character formats, footnotes become
marker characters, and back."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from desktop_app.core.inline import FootnoteMarker, Inline, Run, Span
from desktop_app.ui.common.inline_formats import is_strong, run_format
from desktop_app.ui.editor.footnote_marker import (
    MARKER_CHARACTER,
    is_marker,
    marker_format,
    marker_id,
    marker_text,
)


def insert_inline(
    cursor: QTextCursor, text: Inline, footnotes: Mapping[str, Inline], base: QTextCharFormat
) -> None:
    """Insert `text` at the cursor; each marker carries its footnote's text."""
    for span in text.spans:
        if isinstance(span, Run):
            cursor.insertText(span.text, run_format(span.emphasis, span.strong, base))
        else:
            footnote = footnotes.get(span.footnote_id, Inline())
            cursor.insertText(MARKER_CHARACTER, marker_format(span.footnote_id, footnote))
    cursor.setCharFormat(base)


def read_inline(
    block: QTextBlock, start: int | None = None, end: int | None = None
) -> tuple[Inline, dict[str, Inline]]:
    """A paragraph or sub-item block's text (between document positions start and end, if
    given), and the texts of the footnotes it calls."""
    spans: list[Span] = []
    footnotes: dict[str, Inline] = {}
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        text = fragment.text()
        if start is not None or end is not None:
            first = max((start or 0) - fragment.position(), 0)
            last = min((end if end is not None else 2**62) - fragment.position(), len(text))
            text = text[first:last] if last > first else ""
        if is_marker(fmt):
            footnote_id = marker_id(fmt)
            for _ in text:
                spans.append(FootnoteMarker(footnote_id))
            if text:
                footnotes[footnote_id] = marker_text(fmt)
        else:
            text = text.replace(MARKER_CHARACTER, "")
            spans.append(Run(text, fmt.fontItalic(), is_strong(fmt)))
        iterator += 1
    return Inline(spans), footnotes
