"""Importing Markdown takes time proportional to the file, whatever is in it: a megabyte of
the worst patterns reads in seconds, and four times the text takes about four times as long."""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli import MAX_IMPORT_BYTES
from desktop_app.formats.errors import MalformedFile
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import REPOSITORY
from tests.support.pathological import FRONT_MATTER, PATTERNS, QUADRATIC_BEFORE

MEGABYTE = 2**20
# Generous: a megabyte of the worst pattern reads in 1 to 3 s here (up to 10 s while the
# machine is busy); before, in 20 s to hours.
SECONDS_PER_MEGABYTE = 15.0
# Four times the text: about 4 in linear time, 16 in quadratic time.
SCALING_LIMIT = 8.0


def seconds_to_read(text: str) -> float:
    """The CPU time to read `text` as a note, whether it is a sound note or a malformed one:
    this process's own, so that tests running beside it in other processes change nothing."""
    gc.collect()
    start = time.process_time()
    with contextlib.suppress(MalformedFile):
        read_markdown(text)
    return time.process_time() - start


@pytest.mark.parametrize("name", PATTERNS)
def test_a_megabyte_of_any_pattern_reads_in_seconds(name: str) -> None:
    text = FRONT_MATTER + PATTERNS[name](MEGABYTE)
    assert seconds_to_read(text) < SECONDS_PER_MEGABYTE


@pytest.mark.parametrize("name", QUADRATIC_BEFORE)
def test_four_times_the_text_takes_about_four_times_as_long(name: str) -> None:
    size = QUADRATIC_BEFORE[name]
    small = FRONT_MATTER + PATTERNS[name](size)
    large = FRONT_MATTER + PATTERNS[name](4 * size)
    small_seconds = min(seconds_to_read(small) for _ in range(2))
    large_seconds = seconds_to_read(large)
    if large_seconds < 1.0:  # cheap enough to take the better of two, as for the small text
        large_seconds = min(large_seconds, seconds_to_read(large))
    assert large_seconds / small_seconds < SCALING_LIMIT


def test_a_heading_keeps_its_title_without_the_blanks_after_it() -> None:
    meeting = read_markdown(FRONT_MATTER + "## (a) Agenda  \t item \t  \n")
    assert (meeting.agenda[0].label, meeting.agenda[0].title) == ("(a)", "Agenda    item")


def test_a_footnote_called_twice_is_reported_at_its_second_call() -> None:
    text = FRONT_MATTER + "Text\nmore [^b]\nand [^a] then\n[^a] again\n\n[^a]: A\n[^b]: B\n"
    with pytest.raises(MalformedFile) as raised:
        read_markdown(text)
    assert raised.value.line == 10
    assert "also on line 9" in raised.value.problem


def import_command(path: Path, library: Path) -> subprocess.CompletedProcess[str]:
    """`rapporteur import PATH` run as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "import", str(path), "--library", str(library)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def test_rapporteur_import_of_a_megabyte_of_footnote_openings(
    tmp_path: Path, library_path: Path
) -> None:
    note = tmp_path / "openings.md"
    note.write_text(FRONT_MATTER + "[^" * (MEGABYTE // 2), encoding="utf-8")
    start = time.perf_counter()
    result = import_command(note, library_path)
    assert time.perf_counter() - start < 6 * SECONDS_PER_MEGABYTE
    assert (result.returncode, result.stderr) == (0, "")
    assert len(result.stdout.splitlines()) == 1 and result.stdout.rstrip().endswith("  Note")


def test_rapporteur_import_refuses_a_file_over_the_limit_in_one_line(
    tmp_path: Path, library_path: Path
) -> None:
    assert MAX_IMPORT_BYTES == 10 * MEGABYTE  # the size README.md documents
    note = tmp_path / "huge.md"
    with note.open("w", encoding="utf-8") as file:
        file.write(FRONT_MATTER)
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk used
    result = import_command(note, library_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"rapporteur: {note} is larger than 10 MB; is it really a note?\n"
    assert not library_path.exists()
