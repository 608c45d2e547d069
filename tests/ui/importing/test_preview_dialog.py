"""The preview of one note: the title block in fields, typed over with real keys; Enter
imports into a real library, Esc saves nothing, a symbol already there keeps it open."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.formats.importing import read_import, read_pasted_text
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from desktop_app.ui.importing.preview_dialog import ImportPreviewDialog
from tests.ui.importing.files import corpus_file, sample_docx


def field(dialog: ImportPreviewDialog, name: str) -> QLineEdit:
    found = [e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


@pytest.fixture
def library(library_path: Path):
    with Library.open(library_path) as opened:
        yield opened


@pytest.fixture
def preview(qtbot, tmp_path: Path, library: Library):
    dialog = ImportPreviewDialog(None, read_import(corpus_file(tmp_path)), library.add_meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_it_shows_the_title_block_the_counts_the_headings_and_what_to_check(preview):
    assert field(preview, "Body").text() == "Human Rights Council"
    assert field(preview, "Document symbol").text() == "A/HRC/59/15"
    assert field(preview, "Date").text() == "24 March 2025"
    assert "141 numbered paragraphs" in preview.counts.text()
    headings = [
        (preview.outline.topLevelItem(i).text(0), preview.outline.topLevelItem(i).text(1))
        for i in range(4)
    ]
    assert ("I. Summary of the proceedings of the review process", "5–139") in headings
    checks = [preview.checks.item(i).text() for i in range(preview.checks.count())]
    assert any("12 lines before the note" in c for c in checks)
    assert not preview.checks.item(0).icon().isNull()  # marked as a warning
    assert preview.checks_heading.text() == f"&Check ({len(checks)}):"
    assert preview.openings.item(0).text().startswith("1. The Working Group")
    assert "03-hrc-upr-wg-report-slovenia-2025.txt" in preview.windowTitle()


def test_a_title_typed_and_enter_imports_the_meeting_with_it(qtbot, preview, library):
    title = field(preview, "Title")
    assert title.hasFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, "Slovenia, fourth cycle")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert not preview.isVisible()
    [listed] = library.meetings()
    assert listed.title == "Slovenia, fourth cycle"
    saved = library.load_meeting(listed.id)
    assert saved.symbol == "A/HRC/59/15" and saved.date == dt.date(2025, 3, 24)
    assert sum(1 for p in saved.paragraphs() if p.numbered) == 141
    assert preview.imported is not None and preview.imported.id == listed.id


def test_escape_saves_nothing(qtbot, preview, library):
    qtbot.keyClicks(field(preview, "Title"), "Not this one")
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert library.meetings() == [] and preview.imported is None


def test_a_symbol_in_the_library_is_said_and_the_dialog_stays_open(qtbot, tmp_path, library):
    library.add_meeting(read_import(sample_docx(tmp_path / "first")).meeting)

    def save(meeting):
        if library.find_meetings(meeting.symbol):
            raise LibraryError(f"A meeting with symbol {meeting.symbol} is already in it.")
        library.add_meeting(meeting)

    dialog = ImportPreviewDialog(None, read_import(sample_docx(tmp_path / "again")), save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(field(dialog, "Title"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "WG/REL/2017/7 is already in it" in dialog.problem.text()
    symbol = field(dialog, "Document symbol")
    assert dialog.focusWidget() is symbol and symbol.selectedText() == "WG/REL/2017/7"
    qtbot.keyClicks(symbol, "WG/REL/2017/7/Rev.1")
    qtbot.keyClick(symbol, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sorted(m.symbol for m in library.meetings()) == ["WG/REL/2017/7", "WG/REL/2017/7/Rev.1"]


def test_a_date_that_is_not_one_is_said_and_nothing_is_saved(qtbot, preview, library):
    date = field(preview, "Date")
    date.clear()
    qtbot.keyClicks(date, "the 32nd of Smarch")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert preview.isVisible() and library.meetings() == []
    assert "cannot be read as a date" in preview.problem.text()
    assert not preview.import_button.isEnabled()


def test_a_pasted_note_without_a_title_asks_for_one(qtbot, library):
    note = read_pasted_text("1. The meeting opened.\n\n2. It closed.\n")
    dialog = ImportPreviewDialog(None, note, library.add_meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    assert dialog.problem.text() == "A meeting needs a title."
    assert "The pasted text" in dialog.source.text()
    qtbot.keyClicks(field(dialog, "Title"), "Pasted")
    qtbot.keyClick(field(dialog, "Title"), Qt.Key.Key_Return)
    assert [m.title for m in library.meetings()] == ["Pasted"]
