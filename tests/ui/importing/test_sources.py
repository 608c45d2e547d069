"""What to import: the notes of a folder, the file dialog's two buttons (Paste text…, Import
a folder…) and the box pasted text goes in."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.importing.sources import (
    FILTERS,
    NotesFileDialog,
    PasteTextDialog,
    Source,
    notes_in_folder,
)


def test_a_folder_stands_for_its_notes_by_name_and_nothing_else(tmp_path: Path):
    for name in ("b.PDF", "a.txt", "c.docx", "d.md", "picture.png", "notes.odt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "inner.txt").mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.txt").write_text("x")
    assert [p.name for p in notes_in_folder(tmp_path)] == ["a.txt", "b.PDF", "c.docx", "d.md"]


def test_the_file_dialog_offers_notes_then_all_files_and_several_at_once(qtbot, tmp_path):
    dialog = NotesFileDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.nameFilters() == FILTERS.split(";;")
    assert dialog.fileMode() == dialog.FileMode.ExistingFiles


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # its shortcuts (Ctrl+Enter) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_its_paste_text_button_closes_it_asking_for_the_paste_box(qtbot, tmp_path):
    dialog = shown(qtbot, NotesFileDialog(None, str(tmp_path)))
    assert dialog.paste_button.isVisible() and dialog.folder_button.isVisible()
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.source is Source.PASTE


def test_its_folder_button_closes_it_asking_for_a_folder(qtbot, tmp_path):
    dialog = NotesFileDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.source is Source.FOLDER


def test_pasted_text_is_read_with_ctrl_enter(qtbot):
    dialog = shown(qtbot, PasteTextDialog(None))
    assert not dialog.read_button.isEnabled()  # nothing pasted yet
    QApplication.clipboard().setText("1. The meeting opened.\n")
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.read_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.toPlainText() == "1. The meeting opened.\n"
    QApplication.clipboard().clear()
