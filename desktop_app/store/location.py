"""Where the library file lives: the user's data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

LIBRARY_ENVIRONMENT_VARIABLE = "RAPPORTEUR_LIBRARY"
LIBRARY_FILE_NAME = "library.rapporteur"


def default_library_path() -> Path:
    """$RAPPORTEUR_LIBRARY if set, else library.rapporteur in the user's data folder."""
    chosen = os.environ.get(LIBRARY_ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("Rapporteur", appauthor=False)) / LIBRARY_FILE_NAME
