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


def test_a_text_written_replaces_the_one_before():
    document = QTextDocument()
    write_inline(document, Inline.plain("An older footnote."))
    write_inline(document, Inline.from_markup("See **A/72/1**."))
    assert document.toPlainText() == "See A/72/1."


def test_paragraphs_read_as_one_joined_by_a_space():
    document = QTextDocument()
    document.setPlainText("See the report\nof the Secretary-General.")
    assert read_inline(document) == Inline.plain("See the report of the Secretary-General.")
