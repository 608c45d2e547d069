"""File › Import… in the window: real files (a corpus text, the sample exported to Word,
junk) through the preview driven with real keys, the meeting saved and shown; Esc saves
nothing; a symbol already there keeps the preview open; a folder reports per file; a
read-only library cannot import."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.ui.importing.batch import ReadingThread
from desktop_app.ui.importing.preview_dialog import ImportPreviewDialog
from desktop_app.ui.importing.sources import NotesFileDialog, PasteTextDialog
from tests.ui.importing.files import HRC28, IPBES, SBI, SLOVENIA, corpus_file, junk, sample_docx

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def field(dialog: ImportPreviewDialog, name: str) -> QLineEdit:
    return next(e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == name)


def preview_of(qtbot, window, path: Path) -> ImportPreviewDialog:
    window.importing.import_files([path])
    qtbot.waitUntil(lambda: window.importing.preview is not None, timeout=20000)
    preview = window.importing.preview
    assert preview is not None and preview.isVisible()
    return preview


def test_a_note_imported_with_its_title_typed_is_saved_and_shown(qtbot, window, tmp_path):
    preview = preview_of(qtbot, window, corpus_file(tmp_path))
    title = field(preview, "Title")
    title.selectAll()
    qtbot.keyClicks(title, "Slovenia, fourth cycle")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.importing.preview is None
    [listed] = window.library.meetings()
    assert listed.title == "Slovenia, fourth cycle" and listed.symbol == "A/HRC/59/15"
    assert window.session is not None and window.session.meeting_id == listed.id
    assert "A/HRC/59/15" in window.windowTitle()
    assert "The Working Group on the Universal Periodic Review" in window.editor.toPlainText()
    assert window.session.details().status.value == "draft"


def test_escape_imports_nothing(qtbot, window, tmp_path):
    preview = preview_of(qtbot, window, corpus_file(tmp_path))
    qtbot.keyClick(field(preview, "Title"), Qt.Key.Key_Escape)
    assert window.importing.preview is None
    assert window.library.meetings() == [] and window.session is None


def test_a_symbol_already_in_the_library_keeps_the_preview_open(qtbot, sample_window, tmp_path):
    window = sample_window
    preview = preview_of(qtbot, window, sample_docx(tmp_path))
    qtbot.keyClick(field(preview, "Title"), Qt.Key.Key_Return)
    assert preview.isVisible()
    assert "WG/REL/2017/7 is already in the library" in preview.problem.text()
    assert len(window.library.meetings()) == 1
    symbol = field(preview, "Document symbol")
    qtbot.keyClicks(symbol, "WG/REL/2017/7/Corr.1")
    qtbot.keyClick(symbol, Qt.Key.Key_Return)
    assert window.importing.preview is None
    assert window.session.details().symbol == "WG/REL/2017/7/Corr.1"
    assert len(window.library.meetings()) == 2


def test_a_refused_file_says_why_and_saves_nothing(qtbot, window, tmp_path, message_boxes):
    window.importing.import_files([junk(tmp_path)])
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20000)
    assert window.importing.preview is None and not window.importing.busy()
    assert len(message_boxes) == 1 and "binary data" in message_boxes[0]
    assert "Nothing was imported" in message_boxes[0]
    assert window.library.meetings() == []


def test_a_folder_of_three_reports_two_imported_and_one_refused(qtbot, window, tmp_path):
    folder = tmp_path / "notes"
    corpus_file(folder, SLOVENIA), corpus_file(folder, SBI), junk(folder, "scan.pdf")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not a note: not tried
    window.importing.import_folder(folder)
    qtbot.waitUntil(lambda: window.importing.report is not None, timeout=20000)
    report = window.importing.report
    rows = dict(report.rows())
    assert list(rows) == [SBI, SLOVENIA, "scan.pdf"]
    assert rows[SLOVENIA].startswith("Imported: ") and rows[SLOVENIA].endswith("141 paragraphs")
    assert rows[SBI].endswith("15 paragraphs")
    assert rows["scan.pdf"].startswith("Refused: ")
    assert report.summary.text() == "2 of 3 files imported; 1 not imported."
    assert len(window.library.meetings()) == 2
    assert window.library_page.is_shown()  # the meetings imported, among the others
    qtbot.keyClick(report.table, Qt.Key.Key_Escape)
    assert window.importing.report is None


def test_ctrl_shift_i_asks_and_pasted_text_comes_to_the_preview(qtbot, window):
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, NotesFileDialog):
            seen.append("files")
            modal.paste_button.click()
        elif isinstance(modal, PasteTextDialog):
            seen.append("paste")
            for line in ("Pasted note", "", "1. The meeting opened.", "", "2. It closed."):
                qtbot.keyClicks(modal.text, line)
                qtbot.keyClick(modal.text, Qt.Key.Key_Return)
            modal.read_button.click()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    assert seen == ["files", "paste"]
    preview = window.importing.preview
    assert preview is not None and "The pasted text" in preview.source.text()
    assert preview.openings.item(1).text() == "2. It closed."
    preview.reject()


def test_a_read_only_library_cannot_import(read_only_sample_window):
    assert not read_only_sample_window.actions.import_notes.isEnabled()
    assert read_only_sample_window.actions.import_notes.shortcut().toString() == "Ctrl+Shift+I"


def test_closing_the_window_during_an_import_leaves_no_thread_and_whole_meetings(
    qtbot, window, tmp_path
):
    names = [SLOVENIA, SBI, HRC28, IPBES]
    window.importing.import_files([corpus_file(tmp_path, name) for name in names])
    assert window.importing.busy()
    window.close()
    assert all(not t.isRunning() for t in window.findChildren(ReadingThread))
    paragraphs = {SLOVENIA: 141, SBI: 15, HRC28: 92, IPBES: 45}
    qtbot.wait(200)  # whatever was read and queued before the close: not saved now
    for listed in window.library.meetings():
        saved = window.library.load_meeting(listed.id)
        assert sum(1 for p in saved.paragraphs() if p.numbered) in paragraphs.values()
    assert window.importing.report is None  # no report over a closed window
