"""File › Export…: the note leaves the window in the chosen format, while the window goes on."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop_app.formats.export import ExportFormat
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.ui.export.dialog import ExportChoice
from tests.ui.keyboard import type_text


def fill_export_dialog(qtbot, path, export_format: ExportFormat) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "Export the note"
    formats = next(w for w in dialog.findChildren(QComboBox) if w.accessibleName() == "Format")
    formats.setCurrentIndex(list(ExportFormat).index(export_format))
    field = next(w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "File")
    assert field.text().endswith(f"WG-REL-2017-7{export_format.suffix}")
    field.selectAll()
    type_text(field, str(path))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_export_from_the_file_menu_writes_the_note_as_shown(qtbot, sample_window, tmp_path):
    target = tmp_path / "note.md"
    sample_window.settings.set_export_preferences(tmp_path, "docx", False)
    QTimer.singleShot(0, lambda: fill_export_dialog(qtbot, target, ExportFormat.MD))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_E, ctrl_shift)
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: not sample_window.export_progress.isVisible(), timeout=5000)
    exported = read_markdown(target.read_text(encoding="utf-8"))
    shown = sample_window.editor.note.to_meeting(sample_window.session.meeting)
    assert meeting_to_markdown(exported) == meeting_to_markdown(shown)
    assert "Exported to" in sample_window.statusBar().currentMessage()


def test_the_window_keeps_working_while_it_exports(qtbot, sample_window, tmp_path):
    target = tmp_path / "note.md"
    sample_window.start_export(ExportChoice(ExportFormat.MD, target, False))
    type_text(sample_window.editor, " typed meanwhile")
    qtbot.waitUntil(lambda: not sample_window.export_progress.isVisible(), timeout=5000)
    assert target.exists()
    assert "typed meanwhile" not in target.read_text(encoding="utf-8")  # a snapshot was taken


def test_an_export_to_a_folder_that_does_not_exist_says_so(
    qtbot, sample_window, tmp_path, message_boxes
):
    target = tmp_path / "missing" / "note.md"
    sample_window.start_export(ExportChoice(ExportFormat.MD, target, False))
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    assert "there is no folder" in message_boxes[0]
    assert not target.exists()
    assert not sample_window.export_progress.isVisible()
