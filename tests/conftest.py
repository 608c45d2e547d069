"""Every test runs against temporary folders: never the user's library, settings or data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Set before anything imports Qt or platformdirs, for the whole run.
_SANDBOX = Path(tempfile.mkdtemp(prefix="rapporteur-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ["RAPPORTEUR_LIBRARY"] = str(_SANDBOX / "default-library.rapporteur")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parent.parent
SAMPLE_NOTE = REPOSITORY / "resources" / "sample-meeting.md"
DATA = REPOSITORY / "tests" / "data"
REAL_NOTE = DATA / "chairpersons-note-2017-08-28.txt"
CORPUS = DATA / "corpus"


@pytest.fixture(autouse=True)
def _isolated_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's default library lives in its own temporary folder."""
    path = tmp_path / "library.rapporteur"
    monkeypatch.setenv("RAPPORTEUR_LIBRARY", str(path))
    return path


@pytest.fixture
def library_path(_isolated_library: Path) -> Path:
    return _isolated_library


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_NOTE.read_text(encoding="utf-8")


# Property-based tests: a bounded, repeatable run in `make test`; `make fuzz` explores far more.
settings.register_profile("default", max_examples=50, deadline=None, derandomize=True)
settings.register_profile("fuzz", max_examples=2000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
