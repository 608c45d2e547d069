"""The cursor stays in its words when a structural edit rebuilds the blocks around it."""

from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph


def test_moving_a_paragraph_keeps_the_cursor_in_its_words(qtbot, editor):
    paragraphs = [Paragraph(Inline.plain("First.")), Paragraph(Inline.plain("Second."))]
    editor.note.load(Meeting(agenda=[AgendaItem("Item", paragraphs=paragraphs)]))
    cursor = QTextCursor(editor.note.findBlockByNumber(2))
    cursor.setPosition(cursor.position() + 3)
    editor.setTextCursor(cursor)
    editor.move_paragraph(-1)
    assert editor.toPlainText() == "Item\nSecond.\nFirst."
    assert editor.textCursor().block().text() == "Second."
    assert editor.textCursor().positionInBlock() == 3
