"""The agenda tree drives the note: choose, rename, add, delete, each one step of undo."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui.app import create_window
from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, library_path: Path):
    shown = create_window(library_path)
    shown.show()
    qtbot.waitExposed(shown)
    shown.open_sample_meeting()
    yield shown
    shown.close()
    shown.library.close()


def titles(window) -> list[tuple[str, str]]:
    tree = window.agenda
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.button(button).click()


def test_choosing_an_item_brings_its_section_into_view(qtbot, window):
    window.editor.go_to_end()
    tree = window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    top_block = window.editor.cursorForPosition(QPoint(0, 0)).block()
    assert top_block.text().startswith("Update by the Senior Policy Adviser")


def test_f2_renames_the_heading_in_the_note(qtbot, window):
    tree = window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "The future role of IOM")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    heading = window.editor.note.block_of(tree.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole))
    assert [t for t, _ in titles(window)] == [titles(window)[0][0], "The future role of IOM"]
    assert window.editor.note.structure().agenda[1].title == "The future role of IOM"
    assert heading.isValid()


def test_deleting_an_item_asks_how_many_paragraphs_move_and_undo_brings_it_back(qtbot, window):
    seen: list[str] = []
    tree = window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 19 paragraphs will be kept" in seen[0]
    assert titles(window) == [(titles(window)[0][0], "3–29")]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert [r for _, r in titles(window)] == ["3–10", "11–29"]


def test_cancelling_a_deletion_changes_nothing(qtbot, window):
    seen: list[str] = []
    tree = window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 8 paragraphs will be kept" in seen[0]
    assert [r for _, r in titles(window)] == ["3–10", "11–29"]


def test_a_new_sub_item_goes_under_the_current_item_and_takes_the_title_typed(qtbot, window):
    tree = window.agenda
    window.editor.go_to_entity(window.editor.note.structure().agenda[0].id)
    window.editor.setFocus()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_I,
        CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_text(window.editor, "Thematic sessions")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "The co-facilitators reported.")
    qtbot.wait(10)
    first = tree.topLevelItem(0)
    assert first.childCount() == 1
    assert (first.child(0).text(0), first.child(0).text(1)) == ("Thematic sessions", "11")
    assert titles(window)[1][1] == "12–30"
