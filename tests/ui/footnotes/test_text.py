"""A footnote's text in a QTextDocument and back: emphasis as italic, strong as bold."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from desktop_app.core.inline import Inline, Run
from desktop_app.ui.footnotes.text import read_inline, write_inline


def test_formatting_goes_to_the_editor_and_back_unchanged():
    document = QTextDocument()
    text = Inline([Run("See "), Run("Official Records", emphasis=True), Run(", "),
                   Run("A/72/1", strong=True), Run(" and "), Run("both", True, True)])  # fmt: skip
    write_inline(document, text)
    assert document.toPlainText() == "See Official Records, A/72/1 and both"
    assert read_inline(document) == text
