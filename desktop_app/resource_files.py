"""The files Rapporteur ships (icons, the sample meeting, the DOCX template), found in the
installed package whichever way it was installed: a wheel, an editable install of the
checkout, or a PyInstaller folder.

Their source is the top-level resources/ folder, which pyproject.toml installs as the
package desktop_app.resources. Standard library only: the ui and the formats both use it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "desktop_app.resources"


def resource_path(*parts: str) -> Path:
    """The shipped file or folder at `parts` under resources/, e.g. ("icons", "save.svg")."""
    folder = files(PACKAGE)
    if not isinstance(folder, Path):  # a zip import: Qt and python-docx need real files
        raise RuntimeError(f"Rapporteur's resources are not files on disk ({folder})")
    return folder.joinpath(*parts)
