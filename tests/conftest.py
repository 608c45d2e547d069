"""Every test runs against temporary folders: never the user's library, settings or data."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from desktop_app.core import clock

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


# The day every test runs on, whatever the real date; a test marked `on_several_days` runs
# on each of these, single-digit days, month ends and a leap day among them.
FIXED_TODAY = dt.date(2026, 12, 3)
SEVERAL_TODAYS = (FIXED_TODAY, dt.date(2024, 2, 29), dt.date(2025, 1, 31), dt.date(2027, 8, 28))
_TIME_ZONE = dt.timezone(dt.timedelta(hours=1), "CET")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "on_several_days: run the test on each of SEVERAL_TODAYS")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("on_several_days"):
        metafunc.parametrize("today", SEVERAL_TODAYS, indirect=True, ids=str)


@pytest.fixture(autouse=True)
def today(request: pytest.FixtureRequest) -> Iterator[dt.date]:
    """Today for the app: a fixed day from 10:00 in a fixed time zone, its seconds running
    on, so that no test depends on the real date, the time zone or a clock that stands still."""
    day: dt.date = getattr(request, "param", FIXED_TODAY)
    start = dt.datetime.combine(day, dt.time(10, 0), _TIME_ZONE)
    started = time.monotonic()
    clock.set_clock(lambda: start + dt.timedelta(seconds=time.monotonic() - started))
    yield day
    clock.set_clock(None)


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
