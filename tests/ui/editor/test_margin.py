"""The margin: each paragraph number and sub-item letter drawn beside its text, one number's
room to its left, on the baseline of its first line, in the size of its text; only the
labels of what is on the screen."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.ui.editor.margin import labels_in
from desktop_app.ui.meeting.choices import sample_meeting
from tests.ui.editor.notes import outline_meeting


def first_line(editor, number: int) -> QRect:
    return editor.cursorRect(QTextCursor(editor.note.findBlockByNumber(number)))


def test_numbers_and_letters_are_drawn_top_to_bottom_and_headings_have_none(editor):
    editor.note.load(outline_meeting())
    labels = labels_in(editor, editor.note, editor.viewport().rect())
    assert [(label.text, label.block_number) for label in labels] == [
        ("1.", 0), ("2.", 2), ("(a)", 3), ("(i)", 4), ("3.", 7),
    ]  # fmt: skip
    assert [label.text for label in editor.margin_labels()] == ["1.", "2.", "(a)", "(i)", "3."]


def test_each_label_hangs_one_number_room_left_of_its_text_on_its_first_line(editor):
    long = " ".join(["The Working Group took note of the report."] * 12)
    editor.note.load(Meeting(opening=[Paragraph(Inline.plain(long)), *outline_meeting().opening]))
    unit = editor.note.indent_unit
    for label in labels_in(editor, editor.note, editor.viewport().rect()):
        line = first_line(editor, label.block_number)
        assert abs(label.baseline.x() - (line.left() - unit)) <= 1.5
        assert line.top() < label.baseline.y() <= line.bottom() + 1
    wrapped, after = labels_in(editor, editor.note, editor.viewport().rect())
    assert after.baseline.y() - wrapped.baseline.y() > 3 * first_line(editor, 0).height()


def test_a_label_is_drawn_in_the_size_of_its_paragraphs_text(editor):
    editor.note.load(outline_meeting())
    size = editor.note.findBlockByNumber(0).charFormat().fontPointSize()
    font = editor.note.defaultFont()
    font.setPointSizeF(size * 2)
    editor.note.setDefaultFont(font)  # the text keeps the size it was written in
    [first, *_] = labels_in(editor, editor.note, editor.viewport().rect())
    assert size > 0 and first.font.pointSizeF() == size


@pytest.mark.parametrize("scrolled", [False, True])
def test_only_the_labels_on_the_screen_are_drawn(qtbot, editor, scrolled):
    editor.note.load(sample_meeting())
    qtbot.waitUntil(lambda: len(editor.margin_labels()) > 3)  # laid out as it is shown
    if scrolled:
        editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    area = editor.viewport().rect()
    labels = labels_in(editor, editor.note, area)
    texts = [label.text for label in labels]
    assert (texts[0] == "1.") is not scrolled and (texts[-1] == "29.") is scrolled
    assert 3 < len(texts) < 34  # the sample's labels, but not all of them
    assert all(area.top() - 40 < label.baseline.y() < area.bottom() + 40 for label in labels)
    top_half = QRect(area.left(), area.top(), area.width(), area.height() // 2)
    assert 0 < len(labels_in(editor, editor.note, top_half)) < len(labels)
