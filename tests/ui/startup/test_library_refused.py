"""A library that cannot be opened at start-up (a full disk, a removed disk): one plain
message in a dialog offering read-only access or another file, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop_app.store.errors import LibraryWriteFailed
from desktop_app.store.writer_lock import lock_path_for
from desktop_app.ui.app import create_window, window_after_refusal
from desktop_app.ui.startup.library_refused import Choice, LibraryRefusedDialog
from tests.conftest import REPOSITORY
from tests.support.full_disk import disk_full
from tests.ui.window_process import SYMBOL, library_with_sample

# The real start-up (run_window), answering the dialog as told and reporting what it saw.
START = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.app import application, run_window
    from desktop_app.ui.window.main_window import MainWindow
    from desktop_app.ui.startup.library_refused import LibraryRefusedDialog

    app = application()

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LibraryRefusedDialog):
            seen = {"message": dialog.message.text(), "can_read": dialog.read_only.isEnabled()}
            print(json.dumps({"dialog": seen}), flush=True)
            getattr(dialog, sys.argv[2]).click()
            return
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                banner = window.banner.label.text() if window.banner.isVisible() else ""
                seen = {"read_only": window.library.read_only, "banner": banner}
                print(json.dumps({"window": seen}), flush=True)
                app.quit()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    sys.exit(run_window(Path(sys.argv[1]), sys.argv[3]))
    """
)


def start_on_a_full_disk(library: Path, answer: str) -> tuple[int, list[dict], str]:
    done = subprocess.run(
        [sys.executable, "-c", START, str(library), answer, SYMBOL],
        cwd=REPOSITORY,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1"),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=disk_full,
    )
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()], done.stderr


def test_a_full_disk_at_start_up_is_one_plain_message_and_quit_exits_1(library_path):
    library_with_sample(library_path)
    status, seen, errors = start_on_a_full_disk(library_path, "quit")
    assert status == 1
    assert "Traceback" not in errors
    (dialog,) = seen
    message = dialog["dialog"]["message"]
    assert message.startswith(f"Cannot open {library_path} for writing")
    assert "Free some space" in message and "\n" not in message
    assert dialog["dialog"]["can_read"]
    assert f"rapporteur: {message}" in errors.splitlines()


def test_on_a_full_disk_the_library_can_still_be_read(library_path):
    meeting_id = library_with_sample(library_path)
    status, seen, errors = start_on_a_full_disk(library_path, "read_only")
    assert status == 0, errors
    dialog, window = seen
    assert window["window"]["read_only"]
    assert window["window"]["banner"] == dialog["dialog"]["message"]
    assert meeting_id


@pytest.fixture
def full_disk_for_the_lock(library_path: Path) -> Path:
    """A library whose lock file cannot be written: it leads to a full device."""
    library_with_sample(library_path)
    lock_path_for(library_path).symlink_to("/dev/full")
    return library_path


def answer_the_dialogs(qtbot, answers: list[str], file_name: str = "") -> None:
    """Answer the start-up dialog (and the file dialog) as a user would, in turn."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LibraryRefusedDialog) and answers:
            getattr(dialog, answers.pop(0)).click()
        elif isinstance(dialog, QFileDialog):
            dialog.findChild(QLineEdit).setText(file_name)
            dialog.accept()
        if answers or dialog is not None:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def test_another_file_can_be_chosen_instead(qtbot, full_disk_for_the_lock, tmp_path):
    with pytest.raises(LibraryWriteFailed) as refused:
        create_window(full_disk_for_the_lock)
    assert "No space left on device" in refused.value.message
    other = tmp_path / "elsewhere.rapporteur"
    answer_the_dialogs(qtbot, ["another_file"], str(other))
    window = window_after_refusal(full_disk_for_the_lock, SYMBOL, refused.value)
    assert window is not None
    try:
        assert window.library.path == other and not window.library.read_only
    finally:
        window.close()
        window.library.close()


def test_the_dialog_offers_read_only_only_for_a_file_that_is_there(qtbot, tmp_path):
    message = f"{tmp_path / 'gone.rapporteur'} is not there any more (was it moved or deleted?)."
    dialog = LibraryRefusedDialog(message, can_read=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.read_only.isEnabled() and dialog.another_file.isDefault()
    assert [b.accessibleName() for b in (dialog.read_only, dialog.another_file, dialog.quit)] == [
        "Open read-only",
        "Choose another file",
        "Quit",
    ]
    dialog.another_file.click()
    assert dialog.choice is Choice.ANOTHER_FILE and dialog.result() == dialog.DialogCode.Accepted
