"""What a block is, kept in its block format: a heading is set bold and larger, a paragraph
indented by one number's room, a sub-item by two, a sub-item of it by three; undo brings a
block's kind back with its text."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor

from desktop_app.ui.editor.block_kinds import BlockKind, block_id, block_kind, block_label
from tests.ui.editor.notes import outline_meeting, shown


def text_left(editor, number: int) -> int:
    """Where the text of block `number` starts on the screen."""
    return editor.cursorRect(QTextCursor(editor.note.findBlockByNumber(number))).left()


def test_each_kind_of_block_is_read_with_its_id_and_label(editor):
    editor.note.load(outline_meeting())
    blocks = [editor.note.findBlockByNumber(n) for n in range(editor.note.blockCount())]
    assert [(block_kind(b).name, block_id(b), block_label(b)) for b in blocks] == [
        ("PARAGRAPH", "opening", ""),
        ("HEADING", "mali", "(a)"),
        ("PARAGRAPH", "namely", ""),
        ("SUB_ITEM", "sub", ""),
        ("SUB_SUB_ITEM", "sub-sub", ""),
        ("UNNUMBERED", "quoted", ""),
        ("SUB_HEADING", "niger", ""),
        ("PARAGRAPH", "noted", ""),
    ]


def test_sub_items_are_indented_one_level_further_each_and_headings_not_at_all(editor):
    editor.note.load(outline_meeting())
    unit = editor.note.indent_unit
    heading, paragraph, sub_item, deeper = (text_left(editor, n) for n in (1, 2, 3, 4))
    assert abs(paragraph - heading - unit) <= 1
    assert abs(sub_item - paragraph - unit) <= 1
    assert abs(deeper - sub_item - unit) <= 1
    assert text_left(editor, 5) == paragraph  # an unnumbered paragraph lines up with the rest


def test_headings_are_bold_and_larger_than_the_paragraphs_an_agenda_item_the_largest(editor):
    editor.note.load(outline_meeting())

    def font_of(number: int) -> QFont:
        cursor = QTextCursor(editor.note.findBlockByNumber(number))
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return cursor.charFormat().font()

    item, paragraph, sub_heading = font_of(1), font_of(2), font_of(6)
    assert item.bold() and sub_heading.bold() and not paragraph.bold()
    assert not paragraph.italic()
    assert item.pointSizeF() > sub_heading.pointSizeF() > paragraph.pointSizeF()
    levels = [editor.note.findBlockByNumber(n).blockFormat().headingLevel() for n in (1, 6, 2)]
    assert levels == [2, 3, 0]  # what a screen reader announces


def test_a_block_with_no_kind_of_its_own_counts_as_a_numbered_paragraph(qtbot, editor):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(QTextBlockFormat())  # as a paste from elsewhere may leave it
    cursor.insertText("Pasted.")
    assert block_kind(editor.note.lastBlock()) is BlockKind.PARAGRAPH
    qtbot.wait(1)  # the note settles: the block gets an id and its kind
    assert shown(editor.note)[-2:] == [("3.", "Noted.\ufffc"), ("4.", "Pasted.")]


def test_undo_brings_back_a_deleted_sub_item_as_a_sub_item(qtbot, editor):
    editor.note.load(outline_meeting())
    sub_item = editor.note.findBlockByNumber(3)
    cursor = QTextCursor(sub_item)
    cursor.setPosition(sub_item.previous().position() + sub_item.previous().length() - 1)
    cursor.setPosition(sub_item.position() + sub_item.length() - 1, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # "One;" and its block gone
    qtbot.wait(1)
    assert shown(editor.note)[2:4] == [("2.", "Namely:"), ("(a)", "Deeper.")]  # as it counts
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert shown(editor.note)[2:5] == [("2.", "Namely:"), ("(a)", "One;"), ("(i)", "Deeper.")]
    assert block_id(editor.note.findBlockByNumber(3)) == "sub"
