"""The application's icons: the SVG files in resources/icons, loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop_app.resource_files import resource_path

ICONS_FOLDER = resource_path("icons")


class MissingIconError(FileNotFoundError):
    """An icon asked for by name has no SVG file."""


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; raises MissingIconError if there is none."""
    path = ICONS_FOLDER / f"{name}.svg"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in ICONS_FOLDER.glob("*.svg"))) or "none"
        raise MissingIconError(f"no icon named {name!r}: {path} does not exist (known: {known})")
    return QIcon(str(path))
