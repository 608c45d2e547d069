"""File › Export… from the window: the dialog proposes the meeting's file name in the folder
and format of the last export; Cancel writes nothing; the export says on the status line
that it runs and where it wrote, opens the file when asked, and says plainly when it failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLineEdit

from desktop_app.formats.export import ExportFormat
from desktop_app.ui.export.dialog import ExportChoice
from tests.ui.window.helpers import Answering


def field(dialog: QDialog, kind: type, name: str):
    return next(w for w in dialog.findChildren(kind) if w.accessibleName() == name)


def answer_the_export_dialog(seen: dict, accept: bool, path: Path | None = None) -> None:
    """Note what the dialog proposes, then change the file if told, and accept or cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.windowTitle() != "Export the note":
            QTimer.singleShot(20, answer)
            return
        seen["file"] = field(dialog, QLineEdit, "File").text()
        seen["format"] = field(dialog, QComboBox, "Format").currentData()
        seen["open"] = field(dialog, QCheckBox, "Open the file when it is done").isChecked()
        if path is not None:
            field(dialog, QLineEdit, "File").setText(str(path))
            field(dialog, QCheckBox, "Open the file when it is done").setChecked(False)
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(20, answer)


class OpenedFiles(QObject):
    """The files the desktop was asked to open, in place of opening them."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_files():
    opened = OpenedFiles()
    QDesktopServices.setUrlHandler("file", opened, "open")
    yield opened.urls
    QDesktopServices.unsetUrlHandler("file")


def done(window) -> bool:
    return not window.exports.is_busy() and not window.export_progress.isVisible()


def test_the_dialog_proposes_the_meeting_s_name_in_the_last_folder_and_format(
    sample_window, tmp_path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    sample_window.settings.set_export_preferences(folder, "pdf", False)
    seen: dict = {}
    answer_the_export_dialog(seen, accept=False)
    sample_window.actions.export.trigger()
    assert seen == {
        "file": str(folder / "WG-REL-2017-7.pdf"),
        "format": ExportFormat.PDF,
        "open": False,
    }
    assert list(folder.iterdir()) == []  # cancelled: nothing written
    assert not sample_window.export_progress.isVisible()


def test_a_format_this_version_does_not_know_gives_docx(sample_window, tmp_path):
    sample_window.settings.set_export_preferences(tmp_path, "odt", True)
    seen: dict = {}
    answer_the_export_dialog(seen, accept=False)
    sample_window.actions.export.trigger()
    assert seen["format"] == ExportFormat.DOCX and seen["file"].endswith("WG-REL-2017-7.docx")
    assert seen["open"]


def test_an_export_says_where_it_writes_then_where_it_wrote_and_is_remembered(
    qtbot, sample_window, tmp_path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    sample_window.settings.set_export_preferences(tmp_path, "md", True)
    target = folder / "note for the chair.md"
    answer_the_export_dialog({}, accept=True, path=target)
    sample_window.actions.export.trigger()
    assert sample_window.statusBar().currentMessage() == f"Exporting to {target}…"
    qtbot.waitUntil(lambda: done(sample_window), timeout=5000)
    assert sample_window.statusBar().currentMessage() == f"Exported to {target}."
    assert "Chairperson" in target.read_text(encoding="utf-8")
    seen: dict = {}
    answer_the_export_dialog(seen, accept=False)
    sample_window.actions.export.trigger()  # the next export starts from this one's choices
    assert seen == {
        "file": str(folder / "WG-REL-2017-7.md"),
        "format": ExportFormat.MD,
        "open": False,
    }


def test_the_exported_file_is_opened_when_asked(qtbot, sample_window, tmp_path, opened_files):
    target = tmp_path / "note.html"
    sample_window.start_export(ExportChoice(ExportFormat.HTML, target, True))
    qtbot.waitUntil(lambda: bool(opened_files), timeout=5000)
    assert opened_files == [QUrl.fromLocalFile(str(target))]
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_exported_file_is_left_closed_unless_asked(
    qtbot, sample_window, tmp_path, opened_files
):
    sample_window.start_export(ExportChoice(ExportFormat.MD, tmp_path / "note.md", False))
    qtbot.waitUntil(lambda: done(sample_window), timeout=5000)
    qtbot.wait(20)
    assert opened_files == []


def test_a_failed_export_is_said_on_the_status_line_and_in_a_message(
    qtbot, sample_window, tmp_path
):
    answering = Answering().start()
    try:
        sample_window.start_export(ExportChoice(ExportFormat.MD, tmp_path / "gone" / "n.md", False))
        qtbot.waitUntil(lambda: bool(answering.seen), timeout=5000)
    finally:
        answering.stop()
    [(title, text)] = answering.seen
    assert title == "Export failed" and "there is no folder" in text
    assert sample_window.statusBar().currentMessage() == "The export failed."
