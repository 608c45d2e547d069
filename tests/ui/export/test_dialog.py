"""File › Export…: the format and the file chosen, the suffix following the format."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
)

from desktop_app.core.model import Meeting
from desktop_app.formats.export import ExportFormat
from desktop_app.ui.export.dialog import ExportChoice, ExportDialog, file_name_for


@pytest.fixture
def dialog(qtbot, tmp_path) -> ExportDialog:
    shown = ExportDialog(None, "WG-REL-2017-7", tmp_path, ExportFormat.DOCX, open_when_done=True)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def named(dialog: ExportDialog, kind: type, name: str):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def export_button(dialog: ExportDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_file_is_named_after_the_symbol_else_the_title():
    assert file_name_for(Meeting(symbol="WG/REL/2017/7", title="Note")) == "WG-REL-2017-7"
    assert (
        file_name_for(Meeting(title="Chairperson's note: 28 August"))
        == "Chairperson-s-note-28-August"
    )
    assert file_name_for(Meeting(title="…")) == "note"
    assert file_name_for(Meeting()) == "note"


def test_the_dialog_offers_the_file_in_the_folder_with_the_formats_suffix(dialog, tmp_path):
    assert dialog.windowTitle() == "Export the note"
    assert named(dialog, QLineEdit, "File").text() == str(tmp_path / "WG-REL-2017-7.docx")
    formats = named(dialog, QComboBox, "Format")
    assert [formats.itemText(i) for i in range(formats.count())] == [
        f.description for f in ExportFormat
    ]
    assert formats.currentText() == ExportFormat.DOCX.description
    assert named(dialog, QCheckBox, "Open the file when it is done").isChecked()
    assert export_button(dialog).text() == "&Export"


def test_choosing_another_format_changes_the_suffix_and_enter_exports(qtbot, dialog, tmp_path):
    formats = named(dialog, QComboBox, "Format")
    formats.setFocus()
    qtbot.keyClick(formats, Qt.Key.Key_Down)
    assert named(dialog, QLineEdit, "File").text() == str(tmp_path / "WG-REL-2017-7.pdf")
    qtbot.keyClick(named(dialog, QCheckBox, "Open the file when it is done"), Qt.Key.Key_Space)
    qtbot.keyClick(formats, Qt.Key.Key_Return)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.choice() == ExportChoice(
        ExportFormat.PDF, tmp_path / "WG-REL-2017-7.pdf", open_when_done=False
    )


def test_no_file_no_export_and_a_home_folder_is_expanded(qtbot, dialog):
    field = named(dialog, QLineEdit, "File")
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert not export_button(dialog).isEnabled()
    qtbot.keyClicks(field, "  ~/notes/WG.md ")
    assert export_button(dialog).isEnabled()
    assert dialog.choice().path == Path.home() / "notes" / "WG.md"
    named(dialog, QComboBox, "Format").setCurrentIndex(list(ExportFormat).index(ExportFormat.HTML))
    assert field.text() == "~/notes/WG.html"


def test_browse_puts_the_file_chosen_in_the_field(qtbot, dialog, tmp_path):
    chosen = tmp_path / "chosen.docx"

    def choose() -> None:
        files = QApplication.activeModalWidget()
        if not isinstance(files, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        assert files.windowTitle() == "Export the note as"
        files.selectFile(str(chosen))
        files.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(named(dialog, QPushButton, "Choose the file"), Qt.MouseButton.LeftButton)
    assert named(dialog, QLineEdit, "File").text() == str(chosen)
