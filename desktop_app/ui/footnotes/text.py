"""A footnote's text in a QTextDocument and back: emphasis as italic, strong as bold."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from desktop_app.core.inline import Inline, Run
from desktop_app.ui.common.inline_formats import is_strong, run_format


def write_inline(document: QTextDocument, text: Inline) -> None:
    """Replace the document's content with the text, formatted."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout for the whole text, not one per run
    for span in text.spans:
        if isinstance(span, Run):
            cursor.insertText(span.text, run_format(span.emphasis, span.strong))
    cursor.endEditBlock()


def read_inline(document: QTextDocument) -> Inline:
    """The document's text: italic is emphasis, bold is strong; paragraphs join with a space."""
    runs: list[Run] = []
    block = document.begin()
    while block.isValid():
        if block != document.begin():
            runs.append(Run(" "))
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.isValid():
                text_format = fragment.charFormat()
                runs.append(Run(fragment.text(), text_format.fontItalic(), is_strong(text_format)))
            pieces += 1
        block = block.next()
    return Inline(runs)
