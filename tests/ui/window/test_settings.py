"""What the window remembers between runs, read back as the next run reads it: the window's
size and docks, the last meeting of each library, the last export's choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from desktop_app.ui.window.settings import WindowSettings
from tests.ui.window.helpers import settings_in


@pytest.fixture
def settings_folder(tmp_path: Path):
    with settings_in(tmp_path / "settings") as folder:
        yield folder


def test_a_first_run_remembers_nothing(settings_folder, tmp_path):
    settings = WindowSettings()
    assert settings.geometry() is None and settings.window_state() is None
    assert settings.last_meeting(tmp_path / "library.rapporteur") is None
    assert settings.export_preferences() == (Path.home(), "docx", True)


def test_the_window_size_and_docks_come_back_in_the_next_run(settings_folder):
    first = WindowSettings()
    first.save_window(QByteArray(b"geometry bytes"), QByteArray(b"dock bytes"))
    first.sync()
    assert list(settings_folder.rglob("*.conf"))  # written to a file, not only kept in memory
    again = WindowSettings()
    assert again.geometry() == QByteArray(b"geometry bytes")
    assert again.window_state() == QByteArray(b"dock bytes")


def test_each_library_has_its_own_last_meeting(settings_folder, tmp_path):
    first, second = tmp_path / "first.rapporteur", tmp_path / "second.rapporteur"
    settings = WindowSettings()
    settings.set_last_meeting(first, "meeting-a")
    settings.set_last_meeting(second, "meeting-b")
    settings.sync()
    again = WindowSettings()
    assert again.last_meeting(first) == "meeting-a"
    assert again.last_meeting(second) == "meeting-b"
    assert again.last_meeting(tmp_path / "folder" / ".." / "first.rapporteur") == "meeting-a"
    again.set_last_meeting(first, None)  # no meeting open any more
    assert again.last_meeting(first) is None


def test_the_last_export_choices_come_back(settings_folder, tmp_path):
    settings = WindowSettings()
    settings.set_export_preferences(tmp_path, "pdf", False)
    settings.sync()
    assert WindowSettings().export_preferences() == (tmp_path, "pdf", False)


def test_an_export_folder_gone_since_gives_the_home_folder(settings_folder, tmp_path):
    gone = tmp_path / "exports"
    gone.mkdir()
    WindowSettings().set_export_preferences(gone, "html", True)
    gone.rmdir()
    assert WindowSettings().export_preferences() == (Path.home(), "html", True)
