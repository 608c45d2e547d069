"""The layers run one way: ui over formats and store, two siblings over core. Checked on what
importing each layer really loads, in a fresh interpreter, every module of it imported; and,
inside the window, on what each pane's modules import."""

from __future__ import annotations

import ast
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


@pytest.mark.parametrize(
    ("layer", "sibling"),
    [("desktop_app.store", "desktop_app.formats"), ("desktop_app.formats", "desktop_app.store")],
)
def test_store_and_formats_are_siblings_neither_loads_the_other(layer, sibling):
    assert under(loaded_by(layer), sibling) == []


def test_the_check_can_fail_the_window_loads_qt():
    """The same check on the window's own layer finds Qt: the checks above can fail."""
    assert under(loaded_by("desktop_app.ui.app"), "PySide6")


# The window composes the panes; a pane knows only what all panes share (ui/common/) and the
# layers below. ui/app.py and ui/startup/ start the program and may know the window.
PANES = [
    "action_items", "agenda", "backups", "editor", "export", "footnotes", "meeting", "tracker",
]  # fmt: skip
UI = REPOSITORY / "desktop_app" / "ui"


def ui_packages_imported_by(package: str) -> set[str]:
    """The ui packages that the modules of one ui package import, lazily or not."""
    found: set[str] = set()
    for path in (UI / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[:2] == ["desktop_app", "ui"] and len(parts) > 2:
                    found.add(parts[2])
    return found - {package}


@pytest.mark.parametrize("pane", PANES)
def test_a_pane_never_reaches_into_another_pane_or_the_window(pane):
    assert ui_packages_imported_by(pane) <= {"common"}


def test_the_pane_check_can_fail_the_window_imports_every_pane():
    assert ui_packages_imported_by("window") >= set(PANES)
