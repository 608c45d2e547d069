"""The note and its footnotes read a weight of text alike: demi-bold and heavier is strong."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from desktop_app.core.inline import Inline, Run
from desktop_app.ui.editor import inline_text
from desktop_app.ui.footnotes import text as footnote_text

WEIGHTS = [w.value for w in QFont.Weight]


def text_at(weight: int) -> QTextDocument:
    """A document holding one word at this weight, as pasted text may bring it."""
    document = QTextDocument()
    text_format = QTextCharFormat()
    text_format.setFontWeight(weight)
    QTextCursor(document).insertText("Geneva", text_format)
    return document


@pytest.mark.parametrize("weight", WEIGHTS, ids=str)
def test_the_note_and_a_footnote_agree_on_what_is_strong(qapp, weight):
    document = text_at(weight)
    in_the_note, _ = inline_text.read_inline(document.begin())
    in_a_footnote = footnote_text.read_inline(document)
    expected = Inline([Run("Geneva", strong=weight >= QFont.Weight.DemiBold.value)])
    assert in_the_note == expected
    assert in_a_footnote == expected


def test_strong_and_emphasis_come_back_as_they_were_written(qapp):
    text = Inline([Run("The "), Run("Working Group", strong=True), Run(" noted", emphasis=True)])
    document = QTextDocument()
    footnote_text.write_inline(document, text)
    assert footnote_text.read_inline(document) == text
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    inline_text.insert_inline(QTextCursor(document), text, {}, QTextCharFormat())
    assert inline_text.read_inline(document.begin())[0] == text
