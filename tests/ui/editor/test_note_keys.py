"""Enter, Backspace and Delete in the note, pressed as a user presses them."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph
from tests.ui.keyboard import type_text


def _note(editor, *texts: str) -> None:
    item = AgendaItem("Opening", paragraphs=[Paragraph(Inline.plain(text)) for text in texts])
    editor.note.load(Meeting(agenda=[item]))


def test_enter_starts_the_next_numbered_paragraph(qtbot, editor):
    _note(editor, "First.")
    editor.go_to_end()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "Second.")
    qtbot.wait(10)
    assert [label.text for label in editor.margin_labels()] == ["1.", "2."]
    assert editor.toPlainText().endswith("First.\nSecond.")


def test_backspace_at_the_start_of_a_paragraph_never_joins_it_to_the_heading(qtbot, editor):
    _note(editor, "First.")
    block = editor.note.findBlockByNumber(1)
    editor.setTextCursor(QTextCursor(block))
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "Opening\nFirst."


def test_delete_at_the_end_joins_the_next_paragraph(qtbot, editor):
    _note(editor, "First.", "Second.")
    cursor = QTextCursor(editor.note.findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.toPlainText() == "Opening\nFirst.Second."
