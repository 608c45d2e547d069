"""What the window remembers between runs: geometry, pane sizes, the last meeting of each
library. Kept with QSettings in the user's settings folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Rapporteur"
APPLICATION = "Rapporteur"


class WindowSettings:
    def __init__(self) -> None:
        self._settings = QSettings(ORGANIZATION, APPLICATION)

    def geometry(self) -> QByteArray | None:
        return _bytes(self._settings.value("window/geometry"))

    def window_state(self) -> QByteArray | None:
        return _bytes(self._settings.value("window/state"))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def last_meeting(self, library: Path) -> str | None:
        value = self._settings.value(f"libraries/{_key(library)}/last_meeting")
        return str(value) if value else None

    def set_last_meeting(self, library: Path, meeting_id: str | None) -> None:
        self._settings.setValue(f"libraries/{_key(library)}/last_meeting", meeting_id or "")

    def export_preferences(self) -> tuple[Path, str, bool]:
        """The folder, format and "open when done" of the last export."""
        folder = Path(str(self._settings.value("export/folder", str(Path.home()))))
        export_format = str(self._settings.value("export/format", "docx"))
        open_when_done = str(self._settings.value("export/open", "true")) == "true"
        return (folder if folder.is_dir() else Path.home()), export_format, open_when_done

    def set_export_preferences(
        self, folder: Path, export_format: str, open_when_done: bool
    ) -> None:
        self._settings.setValue("export/folder", str(folder))
        self._settings.setValue("export/format", export_format)
        self._settings.setValue("export/open", "true" if open_when_done else "false")

    def sync(self) -> None:
        self._settings.sync()


def _key(library: Path) -> str:
    return hashlib.sha1(str(library.resolve()).encode("utf-8")).hexdigest()[:16]


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
