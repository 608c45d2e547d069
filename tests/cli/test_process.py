"""The command line run as a real process, as a shell runs it: a reader that goes away
(`rapporteur list | head -1`), and the library it finds when no one names one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import OUTPUT_CLOSED
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.store.library import Library
from desktop_app.store.location import LIBRARY_ENVIRONMENT_VARIABLE
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.support.notes import generated_meeting

COMMAND = [sys.executable, "-m", "desktop_app.cli"]


def start(*args: str | Path, stdout: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, *map(str, args)],
        cwd=REPOSITORY,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
    )


def run_into_closed_pipe(*args: str | Path) -> tuple[int, str]:
    """Run with standard output a pipe whose reader has already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        process = start(*args, stdout=write_end)
    finally:
        os.close(write_end)
    _, err = process.communicate(timeout=60)
    return process.returncode, err.decode()


def run_and_read_one_line(*args: str | Path) -> tuple[bytes, int, str]:
    """Run as `… | head -1`: read one line, then close the pipe."""
    process = start(*args, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.stderr.close()
    return line, process.wait(timeout=60), err


@pytest.fixture
def big_library(library_path: Path) -> Meeting:
    """A library whose list and whose one long note are far more than a pipe holds."""
    meeting = generated_meeting(1500, 100, seed=3)
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
        for number in range(100):
            library.add_meeting(
                Meeting(
                    title=f"Meeting {number} " + "with a very long title " * 90,
                    opening=[Paragraph(Inline.plain("Text."))],
                )
            )
    return meeting


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "WG/GEN/1500/3"], ["export", "WG/GEN/1500/3"], ["search", "the"]],
    ids=["list", "show", "export", "search"],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(big_library, command):
    line, code, err = run_and_read_one_line(*command)
    assert line
    assert err == ""  # no traceback, no "Exception ignored"
    # Python may take a large write that the closing cut short for a short write, with no
    # error to see: then the command ends as if it had been read to the end.
    assert code in (OUTPUT_CLOSED, 0)

    code, err = run_into_closed_pipe(*command)
    assert (code, err) == (OUTPUT_CLOSED, "")


def sample_notes(folder: Path, count: int) -> list[Path]:
    text = SAMPLE_NOTE.read_text(encoding="utf-8")
    paths = []
    for number in range(count):
        path = folder / f"s{number:02}.md"
        path.write_text(text.replace("symbol: WG/REL/2017/7", f"symbol: S/{number}"), "utf-8")
        paths.append(path)
    return paths


def test_import_with_no_one_reading_imports_every_file_and_says_nothing(tmp_path, library_path):
    notes = sample_notes(tmp_path, 12)
    code, err = run_into_closed_pipe("import", *notes)
    assert (code, err) == (0, "")
    with Library.open(library_path, read_only=True) as library:
        assert sorted(m.symbol for m in library.meetings()) == sorted(f"S/{n}" for n in range(12))


def test_import_whose_reader_goes_after_one_line_imports_every_file(tmp_path, library_path):
    notes = sample_notes(tmp_path, 12)
    line, code, err = run_and_read_one_line("import", *notes)
    assert line.decode().endswith("Chairperson's note on the meeting held on 28 August 2017\n")
    assert (code, err) == (0, "")
    with Library.open(library_path, read_only=True) as library:
        assert len(library.meetings()) == 12


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG data folder is Linux's")
def test_with_no_library_named_the_user_data_folder_is_used(tmp_path):
    """No $RAPPORTEUR_LIBRARY, no --library: platformdirs' data folder, here a temporary one."""
    env = {k: v for k, v in os.environ.items() if k != LIBRARY_ENVIRONMENT_VARIABLE}
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    expected = tmp_path / "data" / "Rapporteur" / "library.rapporteur"

    process = start("import", SAMPLE_NOTE, stdout=subprocess.PIPE, env=env)
    out, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (0, b""), err
    assert expected.is_file()
    with Library.open(expected, read_only=True) as library:
        [meeting] = library.meetings()
    assert out.decode().startswith(meeting.id)

    process = start("--help", stdout=subprocess.PIPE, env={**env, "COLUMNS": "1000"})
    out, _ = process.communicate(timeout=60)
    assert str(expected) in " ".join(out.decode().split())
    assert not (tmp_path / "home").exists()  # nothing went to the home folder
