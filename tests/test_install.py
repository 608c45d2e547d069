"""Rapporteur as a user installs it: a wheel built from the checkout and installed into a
fresh virtual environment outside it, where the command and the window run with nothing of
the checkout in reach. (An editable install finds the resources in the source tree, so only
an installed wheel shows whether they ship.)

The fresh environment gets the project from the wheel alone (`pip install --no-deps`) and
its dependencies through a .pth file naming the test environment's site-packages: no
download, about 1 s instead of ~13 s and 360 MB for PySide6 and the rest again. A .pth line
only adds a folder to sys.path, so the test environment's editable install of the checkout
stays out of reach; and one test checks that the program imports nothing the wheel does not
require, which a full install would have shown.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from desktop_app import __version__
from tests.conftest import REPOSITORY

SAMPLE_SYMBOL = "WG/REL/2017/7"
SAMPLE_TITLE = "Chairperson's note on the meeting held on 28 August 2017"
NOT_BUILT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
)


@dataclass(frozen=True)
class Program:
    rapporteur: Path
    folder: Path  # where commands run: outside the checkout
    environment: dict[str, str]

    def run(self, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=self.folder,
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


@dataclass(frozen=True)
class Installed(Program):
    wheel: Path
    venv: Path
    python: Path

    def python_script(self, script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
        """Run `script` with the fresh environment's Python, from a file outside the checkout
        (a script's own folder goes first on sys.path)."""
        path = self.folder / "script.py"
        path.write_text(CHECK_INSTALLED + script, encoding="utf-8")
        return self.run(self.python, path, self.venv, REPOSITORY, *args)


def _pip(*args: str | Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def build_wheel(into: Path) -> Path:
    """The wheel pip builds from a copy of the checkout (a build writes build/ and
    *.egg-info beside the sources: not in the checkout)."""
    source = into / "source"
    shutil.copytree(REPOSITORY, source, ignore=NOT_BUILT)
    _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", into / "wheels", source)
    (wheel,) = (into / "wheels").glob("rapporteur-*.whl")
    return wheel


def fresh_environment(venv: Path, wheel: Path) -> Path:
    """A new virtual environment with the wheel installed; returns its Python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, timeout=60)
    python = venv / "bin" / "python"
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    Path(site_packages, "test-dependencies.pth").write_text("\n".join(ours) + "\n")
    _pip("--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel)
    return python


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("install")
    wheel = build_wheel(root)
    venv = root / "venv"
    python = fresh_environment(venv, wheel)
    folder = root / "work"
    folder.mkdir()
    environment = _user_environment(root / "home")
    return Installed(venv / "bin" / "rapporteur", folder, environment, wheel, venv, python)


def _user_environment(home: Path) -> dict[str, str]:
    """A user's environment with a home of its own, and no hint of the checkout."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "RAPPORTEUR_LIBRARY")
    }
    environment.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    return environment


# Run first in every script: the program really is the installed one.
CHECK_INSTALLED = """\
import sys
from pathlib import Path

venv, checkout = Path(sys.argv[1]), Path(sys.argv[2])
import desktop_app
from desktop_app.resource_files import resource_path

assert Path(desktop_app.__file__).is_relative_to(venv), desktop_app.__file__
assert resource_path().is_relative_to(venv), resource_path()
# The test environment's site-packages (in the checkout's .venv) is on the path for the
# dependencies; the checkout itself and its editable install are not.
assert str(checkout) not in sys.path and "" not in sys.path, sys.path
assert not [f for f in sys.meta_path if "editable" in repr(f)], sys.meta_path
"""


def test_the_wheel_holds_every_package_and_every_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    packages = {
        path.relative_to(REPOSITORY).as_posix()
        for path in (REPOSITORY / "desktop_app").rglob("__init__.py")
    }
    assert packages - names == set(), "add the package to [tool.setuptools] in pyproject.toml"
    resources = {
        "desktop_app/" + path.relative_to(REPOSITORY).as_posix()
        for path in (REPOSITORY / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "desktop_app/resources/templates/note.docx" in resources
    assert resources - names == set()
    assert not [name for name in names if name.startswith("resources/") or ".pyc" in name]


def test_the_installed_command_tells_its_version(installed: Installed) -> None:
    done = installed.run(installed.rapporteur, "--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"rapporteur {__version__}\n", "")
    metadata = installed.python_script(
        "import importlib.metadata\nprint(importlib.metadata.version('rapporteur'))\n"
    )
    assert metadata.stdout == f"{__version__}\n", metadata.stderr


def test_the_installed_command_imports_the_shipped_sample_and_exports_every_format(
    installed: Installed, tmp_path: Path
) -> None:
    shipped = installed.python_script("print(resource_path('sample-meeting.md'))")
    assert shipped.returncode == 0, shipped.stderr
    sample = Path(shipped.stdout.strip())
    assert sample.is_relative_to(installed.venv)
    library = tmp_path / "library.rapporteur"
    imported = installed.run(installed.rapporteur, "--library", library, "import", sample)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.endswith(f"  {SAMPLE_TITLE}\n")

    outputs = {}
    for export_format in ("docx", "pdf", "html", "md"):
        output = tmp_path / f"note.{export_format}"
        done = installed.run(
            installed.rapporteur,
            *("--library", library, "export", SAMPLE_SYMBOL),
            *("--format", export_format, "--output", output),
        )
        assert (done.returncode, done.stderr) == (0, ""), export_format
        outputs[export_format] = output

    word = docx.Document(str(outputs["docx"]))
    texts = [paragraph.text for paragraph in word.paragraphs]
    assert SAMPLE_TITLE in texts
    assert any(text.startswith("1.\tThe meeting of the Working Group") for text in texts)
    assert "NumberedParagraph" in {style.style_id for style in word.styles}  # the template's

    pdf = outputs["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(outputs["pdf"])
    assert reader.metadata is not None and reader.metadata.title == SAMPLE_TITLE
    assert "held on 28 August 2017 had the following items" in " ".join(
        reader.pages[0].extract_text().split()
    )

    html = outputs["html"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "held on 28 August 2017 had the following items" in html

    assert outputs["md"].read_bytes() == sample.read_bytes()


OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()\n"  # Qt's, harmless
WINDOW = """
from PySide6.QtCore import QTimer

from desktop_app.cli import main
from desktop_app.ui.app import application
from desktop_app.ui.window.main_window import MainWindow

library, picture = sys.argv[3:5]
app = application()


def look() -> None:
    try:
        (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        assert window.isVisible() and not app.windowIcon().isNull()
        window.open_sample_meeting()
        app.processEvents()
        print(window.windowTitle())
        print("held on 28 August 2017 had the following" in window.editor.toPlainText())
        assert window.grab().save(picture)
        window.close()
    except BaseException:
        import traceback

        traceback.print_exc()
        app.exit(2)


QTimer.singleShot(0, look)
sys.exit(main(["--library", library]))  # as the rapporteur command starts the window
"""


def test_the_installed_window_starts_with_its_icon_and_opens_the_sample(
    installed: Installed, tmp_path: Path
) -> None:
    library, picture = tmp_path / "library.rapporteur", tmp_path / "window.png"
    done = installed.python_script(WINDOW, library, picture)
    complaints = done.stderr.replace(OFFSCREEN_NOTICE, "").strip()
    assert (done.returncode, complaints) == (0, ""), done.stderr
    title, text_shown, _ = done.stdout.split("\n")
    assert title.startswith(f"{SAMPLE_SYMBOL} · Chairperson's note")
    assert title.endswith("— Rapporteur")
    assert text_shown == "True"
    image = QImage(str(picture))
    assert image.width() > 400 and image.height() > 300


IMPORTS = """
import importlib
import importlib.metadata as metadata
import pkgutil
import re

for module in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
    if not module.name.endswith("__main__"):  # which would start the program
        importlib.import_module(module.name)
loaded = {name.partition(".")[0] for name in sys.modules}

required, wanted = set(), ["rapporteur"]
while wanted:
    name = re.sub(r"[-_.]+", "-", wanted.pop()).lower()
    if name not in required:
        required.add(name)
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # for another platform
            continue
        for requirement in requirements:
            if "extra ==" not in requirement:
                wanted.append(re.match(r"[A-Za-z0-9._-]+", requirement).group())
providers = metadata.packages_distributions()
for module in sorted(loaded):
    distributions = {re.sub(r"[-_.]+", "-", d).lower() for d in providers.get(module, [])}
    if distributions and not distributions & required:
        print(module, "from", *distributions)
"""


def test_the_installed_program_imports_nothing_the_wheel_does_not_require(
    installed: Installed,
) -> None:
    done = installed.python_script(IMPORTS)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout == "", "imported but not in pyproject.toml's dependencies"


# The PyInstaller folder, as `make package` builds it (~25 s here): built once into a
# temporary folder, so that the test never runs a stale dist/.

needs_pyinstaller = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (the Makefile installs it with the test tools)",
)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Program:
    root = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", root / "dist", "--workpath", root / "build"),
            REPOSITORY / "packaging" / "rapporteur.spec",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    folder = root / "work"
    folder.mkdir()
    program = root / "dist" / "rapporteur" / "rapporteur"
    return Program(program, folder, _user_environment(root / "home"))


@needs_pyinstaller
def test_the_pyinstaller_program_tells_its_version_and_exports(
    frozen: Program, tmp_path: Path
) -> None:
    version = frozen.run(frozen.rapporteur, "--version")
    assert (version.returncode, version.stdout) == (0, f"rapporteur {__version__}\n")
    sample = frozen.rapporteur.parent / "_internal/desktop_app/resources/sample-meeting.md"
    library = tmp_path / "library.rapporteur"
    imported = frozen.run(frozen.rapporteur, "--library", library, "import", sample)
    assert imported.stdout.endswith(f"  {SAMPLE_TITLE}\n"), imported.stderr
    for export_format in ("docx", "pdf"):
        output = tmp_path / f"note.{export_format}"
        done = frozen.run(
            frozen.rapporteur,
            *("--library", library, "export", SAMPLE_SYMBOL),
            *("--format", export_format, "--output", output),
        )
        assert (done.returncode, done.stderr) == (0, ""), export_format
    word = docx.Document(str(tmp_path / "note.docx"))
    assert SAMPLE_TITLE in [paragraph.text for paragraph in word.paragraphs]
    assert "NumberedParagraph" in {style.style_id for style in word.styles}
    assert PdfReader(tmp_path / "note.pdf").metadata.title == SAMPLE_TITLE


@needs_pyinstaller
def test_the_pyinstaller_program_opens_its_window(frozen: Program, tmp_path: Path) -> None:
    """Up, with its icons, and still there a moment after opening the library; then ended
    (nothing in the frozen program can be told to close its window)."""
    library = tmp_path / "library.rapporteur"
    process = subprocess.Popen(
        [frozen.rapporteur, "--library", library],
        cwd=frozen.folder,
        env=frozen.environment,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not library.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2)  # the window is built and shown once the library is open
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _, complaints = process.communicate(timeout=30)
    assert library.exists()
    assert complaints.replace(OFFSCREEN_NOTICE, "").strip() == ""
