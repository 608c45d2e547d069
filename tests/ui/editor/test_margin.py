"""The margin's numbers as the screen shows them while the user types: Qt repaints only the
block typed in, and the margin draws only what that paint needs."""

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QTextCursor

from desktop_app.formats.markdown_reader import read_markdown
from tests.ui.keyboard import type_text

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
