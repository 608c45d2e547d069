"""A footnote's text in a QTextDocument and back: emphasis as italic, strong as bold."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from desktop_app.core.inline import Inline, Run

BOLD = QFont.Weight.Bold.value
NORMAL = QFont.Weight.Normal.value


def char_format(run: Run) -> QTextCharFormat:
    """Emphasis as italic, strong as bold."""
    text_format = QTextCharFormat()
    text_format.setFontItalic(run.emphasis)
    text_format.setFontWeight(BOLD if run.strong else NORMAL)
    return text_format


def write_inline(document: QTextDocument, text: Inline) -> None:
    """Replace the document's content with the text, formatted."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout for the whole text, not one per run
    for span in text.spans:
        if isinstance(span, Run):
            cursor.insertText(span.text, char_format(span))
    cursor.endEditBlock()


def read_inline(document: QTextDocument) -> Inline:
    """The document's text: italic is emphasis, bold is strong; paragraphs join with a space."""
    runs: list[Run] = []
    block = document.begin()
    while block.isValid():
        if block != document.begin():
            runs.append(Run(" "))
        for piece in block:
            fragment = piece.fragment()
            if fragment.isValid():
                text_format = fragment.charFormat()
                strong = text_format.fontWeight() > NORMAL
                runs.append(Run(fragment.text(), text_format.fontItalic(), strong))
        block = block.next()
    return Inline(runs)
