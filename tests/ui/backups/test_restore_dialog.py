"""File › Restore from a backup… in the real window: the dialog lists the backups, Restore
asks first, and the window then shows the restored library, what it held kept as a backup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.store import backups
from desktop_app.ui.app import create_window
from desktop_app.ui.backups import RestoreBackupDialog
from tests.store.helpers import stored
from tests.support.days import MEETING_ID, MONDAY, set_time, title_of, work_on
from tests.ui.keyboard import type_text

TUESDAY = MONDAY + dt.timedelta(days=1)
MONDAY_BACKUP = "library.rapporteur.2026-09-07.18-00-00.bak"


@pytest.fixture
def window_on_wednesday(qtbot, library_path: Path):
    """The window on a library worked on on Monday and Tuesday, opened on Wednesday."""
    work_on(library_path, MONDAY)
    work_on(library_path, TUESDAY)
    set_time(TUESDAY + dt.timedelta(days=1), 9)
    shown = create_window(library_path, MEETING_ID)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.session is not None and shown.session.meeting.title == title_of(TUESDAY)
    yield shown
    shown.close()
    shown.library.close()


def answering(confirm: bool, seen: list[str]) -> Callable[[], None]:
    """Choose Monday's backup in the dialog, press Restore…, then answer the question."""

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RestoreBackupDialog) and "dialog" not in seen:
            seen.append("dialog")
            modal.select(MONDAY_BACKUP)
            # Clicked from the event loop: the question it asks must find this timer free.
            QTimer.singleShot(0, modal.restore_button.click)
        elif isinstance(modal, QMessageBox) and modal.isVisible():
            seen.append(modal.text())
            wanted = "Restore" if confirm else "Cancel"
            next(b for b in modal.buttons() if b.text().replace("&", "") == wanted).click()
        elif isinstance(modal, RestoreBackupDialog) and not confirm:
            modal.reject()

    return answer


def run_restore(qtbot, window, confirm: bool) -> list[str]:
    seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(answering(confirm, seen))
    timer.start(30)
    try:
        window.actions.restore_backup.trigger()
    finally:
        timer.stop()
    return seen


def test_restore_from_the_file_menu_shows_the_backup_and_keeps_what_was_there(
    qtbot, window_on_wednesday
):
    window = window_on_wednesday
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions.restore_backup in file_menu.actions()
    window.editor.go_to_end()
    type_text(window.editor, " Typed on Wednesday.")

    seen = run_restore(qtbot, window, confirm=True)

    assert seen[0] == "dialog"
    assert "made 7 September 2026, 18:00 (1 meeting)" in seen[1]
    assert window.session is not None
    assert window.session.meeting.title == title_of(MONDAY)
    assert "Typed on Wednesday" not in window.editor.toPlainText()
    assert "Opening." in window.editor.toPlainText()
    assert stored(window.library.path, MEETING_ID).title == title_of(MONDAY)
    kept = [b for b in backups.found_backups(window.library.path) if b.before_restore]
    assert len(kept) == 1
    assert kept[0].name in window.statusBar().currentMessage()
    before = stored(kept[0].path, MEETING_ID)
    assert before.title == title_of(TUESDAY)
    assert "Typed on Wednesday." in before.opening[0].text.plain_text()
    assert not window.library.read_only


def test_restore_asks_first_and_cancel_changes_nothing(qtbot, window_on_wednesday):
    window = window_on_wednesday
    seen = run_restore(qtbot, window, confirm=False)
    assert seen[0] == "dialog" and seen[1].startswith("Replace every meeting in the library")
    assert window.session.meeting.title == title_of(TUESDAY)
    assert not [b for b in backups.found_backups(window.library.path) if b.before_restore]


def test_the_dialog_lists_each_backup_with_its_date_and_meetings(qtbot, library_path, tmp_path):
    work_on(library_path, MONDAY)
    work_on(library_path, TUESDAY)
    dialog = RestoreBackupDialog(None, library_path, backups.listed_backups(library_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [
        [dialog.list.topLevelItem(r).text(c) for c in range(3)]
        for r in range(dialog.list.topLevelItemCount())
    ]
    assert rows == [
        ["8 September 2026, 18:00", "1", "backup"],
        ["7 September 2026, 18:00", "1", "backup"],
    ]
    assert dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))


def test_a_backup_that_fails_is_told_once_and_typing_goes_on(qtbot, library_path):
    work_on(library_path, MONDAY)
    folder = library_path.parent / "backups"
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    set_time(TUESDAY, 9)
    window = create_window(library_path, MEETING_ID)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.library.backups.wait()
    window.editor.go_to_end()
    type_text(window.editor, " Typed with no backup.")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert window.banner.kind == "notice"
    assert window.banner.label.text().startswith(f"No backup of {library_path} could be made")
    window.banner.clear()
    type_text(window.editor, " And more.")
    qtbot.waitUntil(lambda: not window.session.has_unsaved_changes, timeout=10000)
    assert not window.banner.isVisible()  # told once
    assert "And more." in stored(library_path, MEETING_ID).opening[0].text.plain_text()
    window.close()
    window.library.close()
