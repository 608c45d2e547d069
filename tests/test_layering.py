"""The layers run one way (ui → formats → store → core): checked on what importing each
layer really loads, in a fresh interpreter, every module of it imported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPOSITORY

_LOADED_BY = """
import importlib, json, pkgutil, sys
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    for found in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        importlib.import_module(found.name)
print(json.dumps(sorted(sys.modules)))
"""


def loaded_by(*packages: str) -> list[str]:
    """Every module loaded once these packages and all their modules are imported."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_BY, *packages],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def under(modules: list[str], package: str) -> list[str]:
    return [m for m in modules if m == package or m.startswith(package + ".")]


@pytest.mark.parametrize(
    "layer", ["desktop_app.core", "desktop_app.store", "desktop_app.formats", "desktop_app.cli"]
)
def test_below_the_window_no_layer_loads_qt(layer):
    assert under(loaded_by(layer), "PySide6") == []


def test_core_knows_no_sql():
    loaded = loaded_by("desktop_app.core")
    assert under(loaded, "sqlite3") == [] and under(loaded, "sqlite_utils") == []
    assert under(loaded, "desktop_app.store") == []


@pytest.mark.parametrize("layer", ["desktop_app.store", "desktop_app.formats"])
def test_store_and_formats_know_no_window(layer):
    assert under(loaded_by(layer), "desktop_app.ui") == []


def test_the_check_can_fail_the_window_loads_qt():
    """The same check on the window's own layer finds Qt: the checks above can fail."""
    assert under(loaded_by("desktop_app.ui.app"), "PySide6")
