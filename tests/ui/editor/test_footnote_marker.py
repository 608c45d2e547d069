"""A footnote marker: one character of the text that carries its footnote's id and text, and
is drawn as the footnote's live number, raised and small as in print."""

from PySide6.QtGui import QColor, QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import Footnote, Meeting, Paragraph
from desktop_app.ui.editor.footnote_marker import (
    MARKER_CHARACTER,
    is_marker,
    marker_format,
    marker_id,
    marker_text,
    markers_in,
)


def load(editor) -> None:
    """A first paragraph, then "Word", the marker of footnote f1, "Tail"."""
    editor.note.load(
        Meeting(
            opening=[
                Paragraph(Inline.plain("First.")),
                Paragraph(Inline.from_markup("Word[^f1]Tail")),
            ],
            footnotes={"f1": Footnote(Inline.from_markup("A *paper*."), "f1")},
        )
    )


def marker_span(editor) -> tuple[int, int]:
    """Where the marker is drawn on the screen: from its left to the left of "Tail"."""
    position = editor.note.marker_position("f1")
    before, after = QTextCursor(editor.note), QTextCursor(editor.note)
    before.setPosition(position)
    after.setPosition(position + 1)
    return editor.cursorRect(before).left(), editor.cursorRect(after).left()


def test_a_marker_carries_its_footnotes_id_and_text(qapp):
    fmt = marker_format("f1", Inline.from_markup("A *paper*."))
    assert is_marker(fmt) and marker_id(fmt) == "f1"
    assert marker_text(fmt) == Inline.from_markup("A *paper*.")
    assert not is_marker(QTextCursor().charFormat())


def test_each_marker_of_a_block_is_found_where_it_stands_copies_side_by_side_too(editor):
    load(editor)
    block = editor.note.findBlockByNumber(1)
    assert [(p - block.position(), marker_id(f)) for p, f in markers_in(block)] == [(4, "f1")]
    cursor = QTextCursor(editor.note)
    cursor.setPosition(block.position() + 5)  # right after the marker: a copy pasted there
    cursor.insertText(MARKER_CHARACTER, marker_format("f1", Inline.from_markup("A *paper*.")))
    block = editor.note.findBlockByNumber(1)
    found = [(p - block.position(), marker_id(f), marker_text(f)) for p, f in markers_in(block)]
    paper = Inline.from_markup("A *paper*.")
    assert found == [(4, "f1", paper), (5, "f1", paper)]
    assert list(markers_in(editor.note.findBlockByNumber(0))) == []


def test_the_marker_makes_room_for_its_number_as_the_number_grows(qtbot, editor):
    load(editor)
    left, right = marker_span(editor)
    assert right > left  # "1" takes room in the line
    cursor = QTextCursor(editor.note.findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    for _ in range(9):  # nine footnotes before it: it becomes footnote 10
        editor.note.insert_footnote(cursor)
    qtbot.waitUntil(lambda: editor.note.footnote_number("f1") == 10)
    qtbot.waitUntil(lambda: marker_span(editor)[1] - marker_span(editor)[0] > right - left)


def test_the_number_is_drawn_raised_in_the_upper_part_of_the_line(qtbot, editor):
    load(editor)
    left, right = marker_span(editor)
    line = editor.cursorRect(QTextCursor(editor.note.findBlockByNumber(1)))
    image = editor.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def ink(y: int) -> int:
        return sum(
            QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness() < 128
            for x in range(left, right)
        )

    middle = (line.top() + line.bottom()) // 2
    assert sum(ink(y) for y in range(line.top(), middle)) > 0
    assert sum(ink(y) for y in range(middle + 2, line.bottom() + 1)) == 0
