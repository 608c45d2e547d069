"""`rapporteur ARGS…` run in the test's own process, as tests/cli/test_notes.py runs it, for
the command line's other test modules."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from desktop_app.cli import main


class Result(NamedTuple):
    code: int
    out: str
    err: str


def run_rapporteur(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Result:
    """Run the command line; argparse's exits count as exit statuses."""
    capsys.readouterr()
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return Result(code, out, err)


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("rapporteur")
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err
