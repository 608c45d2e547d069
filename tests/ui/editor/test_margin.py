"""The margin: each paragraph number and sub-item letter drawn beside its text, one number's
room to its left, on the baseline of its first line, in the size of its text; only the
labels of what is on the screen.

While the user types, Qt repaints only the block typed in, and the margin draws only what
that paint needs: what stays on the screen is what a full repaint draws."""

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.ui.meeting.choices import sample_meeting
from tests.ui.editor.notes import outline_meeting
from tests.ui.keyboard import type_text


def first_line(editor, number: int) -> QRect:
    return editor.cursorRect(QTextCursor(editor.note.findBlockByNumber(number)))


def test_numbers_and_letters_are_drawn_top_to_bottom_and_headings_have_none(editor):
    editor.note.load(outline_meeting())
    labels = editor.margin_labels(editor.viewport().rect())
    assert [(label.text, label.block_number) for label in labels] == [
        ("1.", 0), ("2.", 2), ("(a)", 3), ("(i)", 4), ("3.", 7),
    ]  # fmt: skip
    assert [label.text for label in editor.margin_labels()] == ["1.", "2.", "(a)", "(i)", "3."]


def test_each_label_hangs_one_number_room_left_of_its_text_on_its_first_line(editor):
    long = " ".join(["The Working Group took note of the report."] * 12)
    editor.note.load(Meeting(opening=[Paragraph(Inline.plain(long)), *outline_meeting().opening]))
    unit = editor.note.indent_unit
    for label in editor.margin_labels(editor.viewport().rect()):
        line = first_line(editor, label.block_number)
        assert abs(label.baseline.x() - (line.left() - unit)) <= 1.5
        assert line.top() < label.baseline.y() <= line.bottom() + 1
    wrapped, after = editor.margin_labels(editor.viewport().rect())
    assert after.baseline.y() - wrapped.baseline.y() > 3 * first_line(editor, 0).height()


def test_a_label_is_drawn_in_the_size_of_its_paragraphs_text(editor):
    editor.note.load(outline_meeting())
    size = editor.note.findBlockByNumber(0).charFormat().fontPointSize()
    font = editor.note.defaultFont()
    font.setPointSizeF(size * 2)
    editor.note.setDefaultFont(font)  # the text keeps the size it was written in
    [first, *_] = editor.margin_labels(editor.viewport().rect())
    assert size > 0 and first.font.pointSizeF() == size


@pytest.mark.parametrize("scrolled", [False, True])
def test_only_the_labels_on_the_screen_are_drawn(qtbot, editor, scrolled):
    editor.note.load(sample_meeting())
    qtbot.waitUntil(lambda: len(editor.margin_labels()) > 3)  # laid out as it is shown
    if scrolled:
        editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    area = editor.viewport().rect()
    labels = editor.margin_labels(area)
    texts = [label.text for label in labels]
    assert (texts[0] == "1.") is not scrolled and (texts[-1] == "29.") is scrolled
    assert 3 < len(texts) < 34  # the sample's labels, but not all of them
    assert all(area.top() - 40 < label.baseline.y() < area.bottom() + 40 for label in labels)
    top_half = QRect(area.left(), area.top(), area.width(), area.height() // 2)
    assert 0 < len(editor.margin_labels(top_half)) < len(labels)


TYPED = "The Working Group took note of the report and requested a short paper. "
HEADER = "---\nbody: Working Group\ntitle: Note\ndate: 2017-08-28\n---\n\n"
THIRTY = read_markdown(HEADER + "\n\n".join(f"{n}. {TYPED * 2}" for n in range(1, 31)) + "\n")


def typed(qtbot, editor, text: str) -> None:
    """Each character as its own keystroke, the event loop running between them (and so the
    partial repaints of the note), as when a person types."""
    for character in text:
        type_text(editor, character)
        qtbot.wait(1)
    qtbot.wait(20)


def margin_of(editor, image: QImage) -> QImage:
    """The strip of the viewport left of the paragraphs' text, where the numbers hang (the
    text cursor never is there, so its blinking cannot make a difference)."""
    unit = int(editor.note.indent_unit)
    return image.copy(QRect(0, 0, editor.note.documentMargin() + unit, image.height()))


def on_screen(editor) -> QImage:
    """The viewport as the window shows it now: what the partial repaints left there."""
    window = editor.screen().grabWindow(editor.winId()).toImage()
    return window.copy(
        QRect(editor.viewport().mapTo(editor, QPoint(0, 0)), editor.viewport().size())
    )


def inked_rows(image: QImage) -> set[int]:
    """The pixel rows of `image` holding something besides the background."""
    background = image.pixel(0, 0)
    return {
        y
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) != background
    }


def test_typing_at_the_end_leaves_on_screen_the_numbers_a_full_repaint_draws(qtbot, editor):
    editor.note.load(THIRTY)
    editor.go_to_end()
    qtbot.wait(20)
    typed(qtbot, editor, TYPED * 2)  # the paragraph grows by lines
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    typed(qtbot, editor, TYPED)

    labels = editor.margin_labels()
    assert [label.text for label in labels][-2:] == ["30.", "31."]
    shown = margin_of(editor, on_screen(editor))
    assert shown == margin_of(editor, editor.viewport().grab().toImage())
    baseline = int(labels[-1].baseline.y())
    assert any(baseline - 8 <= y <= baseline for y in inked_rows(shown))  # "31." is drawn


class PaintedAreas(QObject):
    """The areas of a widget that Qt repaints."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.areas: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append(QRect(event.rect()))
        return False


def test_the_area_a_keystroke_repaints_draws_its_own_number_not_the_one_above(qtbot, editor):
    editor.note.load(THIRTY)
    editor.go_to_end()
    qtbot.wait(20)
    painted = PaintedAreas(editor.viewport())
    typed(qtbot, editor, "A")

    assert painted.areas, "a keystroke repaints the note"
    area = painted.areas[-1]
    assert area.height() < editor.viewport().height() // 2  # only the end of the note
    assert [label.text for label in editor.margin_labels(area)] == ["30."]
    above = QRect(0, 0, editor.viewport().width(), area.top())
    assert [label.text for label in editor.margin_labels(above)][-1] == "29."


def test_numbers_follow_their_paragraphs_down_when_one_above_grows_a_line(qtbot, editor):
    editor.note.load(THIRTY)
    editor.go_to_entity(editor.note.structure().rows[3].id)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.wait(20)
    lines = editor.textCursor().block().layout().lineCount()
    while editor.textCursor().block().layout().lineCount() == lines:
        typed(qtbot, editor, "More words. ")

    labels = editor.margin_labels()
    assert [label.text for label in labels][:3] == ["4.", "5.", "6."]  # 4. at the top
    for label in labels:
        block = editor.note.findBlockByNumber(label.block_number)
        first_line = editor.cursorRect(QTextCursor(block))
        assert first_line.top() <= label.baseline.y() <= first_line.bottom() + 1
