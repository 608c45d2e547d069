"""The agenda tree drives the note: choose, rename, add, delete, each one step of undo."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def titles(sample_window) -> list[tuple[str, str]]:
    tree = sample_window.agenda
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def blocks(window) -> list:
    note = window.editor.note
    return [note.findBlockByNumber(n) for n in range(note.blockCount())]


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.button(button).click()


def test_choosing_an_item_brings_its_section_into_view(qtbot, sample_window):
    sample_window.editor.go_to_end()
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    top_block = sample_window.editor.cursorForPosition(QPoint(0, 0)).block()
    assert top_block.text().startswith("Update by the Senior Policy Adviser")


def test_f2_renames_the_heading_in_the_note(qtbot, sample_window):
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "The future role of IOM")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert titles(sample_window)[1] == ("The future role of IOM", "11–29")
    headings = [b.text() for b in blocks(sample_window) if b.text() == "The future role of IOM"]
    assert len(headings) == 1  # the heading in the note itself


def test_deleting_an_item_asks_how_many_paragraphs_move_and_undo_brings_it_back(
    qtbot, sample_window
):
    seen: list[str] = []
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 19 paragraphs will be kept" in seen[0]
    assert titles(sample_window) == [(titles(sample_window)[0][0], "3–29")]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert [r for _, r in titles(sample_window)] == ["3–10", "11–29"]


def test_cancelling_a_deletion_changes_nothing(qtbot, sample_window):
    seen: list[str] = []
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 8 paragraphs will be kept" in seen[0]
    assert [r for _, r in titles(sample_window)] == ["3–10", "11–29"]


def test_a_new_sub_item_goes_under_the_current_item_and_takes_the_title_typed(qtbot, sample_window):
    tree = sample_window.agenda
    sample_window.editor.go_to_entity(sample_window.editor.note.structure().agenda[0].id)
    sample_window.editor.setFocus()
    qtbot.keyClick(
        sample_window.editor,
        Qt.Key.Key_I,
        CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_text(sample_window.editor, "Thematic sessions")
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_Return)
    type_text(sample_window.editor, "The co-facilitators reported.")
    qtbot.wait(10)
    first = tree.topLevelItem(0)
    assert first.childCount() == 1
    assert (first.child(0).text(0), first.child(0).text(1)) == ("Thematic sessions", "11")
    assert titles(sample_window)[1][1] == "12–30"
