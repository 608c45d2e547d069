"""The note's structure read from its blocks: each block's kind, id and footnote markers, a
heading's title and label, numbered as the margin and the agenda show them."""

from PySide6.QtGui import QTextBlockFormat, QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.footnote_marker import marker_format
from desktop_app.ui.editor.structure import (
    BlockRow,
    may_repeat_an_id,
    read_block,
    read_blocks,
    structure_of,
)
from tests.ui.editor.notes import outline_meeting


def test_every_block_is_read_with_its_kind_id_markers_and_a_headings_title_and_label(editor):
    editor.note.load(outline_meeting())
    assert read_blocks(editor.note) == [
        BlockRow(BlockKind.PARAGRAPH, "opening", ()),
        BlockRow(BlockKind.HEADING, "mali", (), "Mali", "(a)"),
        BlockRow(BlockKind.PARAGRAPH, "namely", ()),
        BlockRow(BlockKind.SUB_ITEM, "sub", ()),
        BlockRow(BlockKind.SUB_SUB_ITEM, "sub-sub", ()),
        BlockRow(BlockKind.UNNUMBERED, "quoted", ()),
        BlockRow(BlockKind.SUB_HEADING, "niger", (), "Niger", ""),
        BlockRow(BlockKind.PARAGRAPH, "noted", ("f1",)),
    ]


def test_the_rows_read_are_numbered_as_the_note_shows_them(editor):
    editor.note.load(outline_meeting())
    structure = structure_of(read_blocks(editor.note))
    assert [row.label for row in structure.rows] == ["1.", "", "2.", "(a)", "(i)", "", "", "3."]
    assert [(entry.title, entry.label) for entry in structure.agenda] == [
        ("Mali", "(a)"),
        ("Niger", ""),
    ]
    assert structure.footnote_numbers == {"f1": 1}


def test_markers_are_read_in_order_and_a_headings_title_leaves_them_out(editor):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note.findBlockByNumber(7))  # before the marker of f1
    cursor.insertText("\ufffc", marker_format("f0", Inline.plain("Earlier.")))
    heading = QTextCursor(editor.note.findBlockByNumber(1))
    heading.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    heading.insertText(" ", heading.charFormat())
    heading.insertText("\ufffc", marker_format("f2", Inline()))  # pasted into a title
    assert read_block(editor.note.findBlockByNumber(7)).footnote_ids == ("f0", "f1")
    title = read_block(editor.note.findBlockByNumber(1))
    assert (title.title, title.footnote_ids) == ("Mali", ("f2",))


def test_a_block_with_no_kind_of_its_own_is_read_as_a_paragraph(editor):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(QTextBlockFormat())
    assert read_block(editor.note.lastBlock()) == BlockRow(BlockKind.PARAGRAPH, "", ())


def test_only_a_missing_or_shared_block_or_marker_id_calls_for_the_full_check():
    def rows(*blocks: tuple[str, tuple[str, ...]]) -> list[BlockRow]:
        return [BlockRow(BlockKind.PARAGRAPH, bid, markers) for bid, markers in blocks]

    assert not may_repeat_an_id(structure_of(rows(("a", ("f1",)), ("b", ("f2",)))))
    assert may_repeat_an_id(structure_of(rows(("a", ()), ("a", ()))))  # a pasted block
    assert may_repeat_an_id(structure_of(rows(("a", ()), ("", ()))))  # a block of no id
    assert may_repeat_an_id(structure_of(rows(("a", ("f1",)), ("b", ("f1",)))))  # a copy
