"""tests/ui/ mirrors desktop_app/ui/: every window module has a test module of its own, named
after it in the same package (ui/app.py → tests/ui/test_app.py), so that a newcomer finds
what a module is held to beside it, and a new module without tests shows up here."""

from pathlib import Path

from tests.conftest import REPOSITORY

UI = REPOSITORY / "desktop_app" / "ui"
UI_TESTS = REPOSITORY / "tests" / "ui"


def its_test_module(module: Path) -> Path:
    relative = module.relative_to(UI)
    return UI_TESTS / relative.parent / f"test_{relative.name}"


def test_every_ui_module_has_a_test_module_of_its_own() -> None:
    modules = [m for m in sorted(UI.rglob("*.py")) if m.name != "__init__.py"]
    assert len(modules) > 60  # the walk found the window's modules
    missing = [str(m.relative_to(UI)) for m in modules if not its_test_module(m).is_file()]
    assert missing == []


def test_every_ui_test_package_is_a_package_of_the_window() -> None:
    packages = {p.name for p in UI.iterdir() if (p / "__init__.py").is_file()}
    test_packages = {p.name for p in UI_TESTS.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert test_packages <= packages
