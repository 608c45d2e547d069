"""Where the library lives when no one says: the user's data folder, found by platformdirs."""

import sys

import platformdirs
import pytest

from desktop_app.store.library import Library
from desktop_app.store.location import LIBRARY_ENVIRONMENT_VARIABLE, default_library_path

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG data folder is Linux's"
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of its own, and no library chosen by the environment."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv(LIBRARY_ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setenv("HOME", str(home))
    return home


def test_the_default_library_is_in_the_xdg_data_folder(home, tmp_path, monkeypatch):
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    path = default_library_path()
    assert path == data / "Rapporteur" / "library.rapporteur"
    assert path.parent == platformdirs.user_data_path("Rapporteur", appauthor=False)

    with Library.open(path) as library:
        assert library.meetings() == []
    assert path.is_file()
    assert not (home / ".local").exists()


def test_without_xdg_data_home_it_is_under_the_home_folder(home, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    path = default_library_path()
    assert path == home / ".local" / "share" / "Rapporteur" / "library.rapporteur"
    with Library.open(path):
        pass
    assert path.is_file()


def test_the_environment_variable_wins(home, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv(LIBRARY_ENVIRONMENT_VARIABLE, "~/elsewhere/notes.rapporteur")
    assert default_library_path() == home / "elsewhere" / "notes.rapporteur"
