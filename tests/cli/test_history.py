"""`rapporteur history`, `diff` and `restore`: an export kept as a snapshot, a paragraph
changed since, the difference said word by word, and the snapshot made the note again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.inline import Inline
from desktop_app.store.library import Library
from tests.support.command_line import Result, assert_one_line_error, run_rapporteur
from tests.support.libraries import fill_library

Run = Callable[..., Result]
SAMPLE = "WG/REL/2017/7"
CLOSING = "The Chairperson closed the meeting at noon."


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path) -> Run:
    fill_library(library_path)
    run = lambda *args: run_rapporteur(capsys, *args)  # noqa: E731
    assert run("export", SAMPLE, "-o", tmp_path / "issued.docx").code == 0
    with Library.open(library_path) as library:  # then the note is changed
        meeting = library.load_meeting(library.find_meetings(SAMPLE)[0].id)
        meeting.agenda[-1].paragraphs[-1].text = Inline.plain(CLOSING)
        library.save_meeting(meeting)
    return run


def as_json(result: Result) -> object:
    assert result.code == 0 and result.err == "", result
    return json.loads(result.out)


def test_history_lists_the_export_with_its_keys(cli: Run) -> None:
    snapshots = as_json(cli("history", SAMPLE, "--json"))
    assert isinstance(snapshots, list)
    [export] = snapshots
    assert set(export) == {"id", "time", "reason", "words_changed"}
    assert export["reason"] == "export" and export["words_changed"] > 1000
    assert "export" in cli("history", SAMPLE).out


def test_diff_says_which_paragraph_changed_and_how(cli: Run) -> None:
    [export] = as_json(cli("history", SAMPLE, "--json"))  # type: ignore[misc]
    snapshot = str(export["id"])
    diff = as_json(cli("diff", SAMPLE, snapshot[:5], "--json"))
    assert isinstance(diff, dict)
    [change] = diff["paragraphs"]
    assert (change["kind"], change["number"], change["former_number"]) == ("changed", 29, 29)
    inserted = " ".join(p["text"] for p in change["text"] if p["kind"] == "inserted")
    assert "noon" in inserted
    readable = cli("diff", SAMPLE, snapshot).out
    assert "paragraph 29: changed" in readable and "{+" in readable and "[-" in readable


def test_restore_makes_the_snapshot_the_note_and_keeps_the_note_first(cli: Run) -> None:
    [export] = as_json(cli("history", SAMPLE, "--json"))  # type: ignore[misc]
    restored = as_json(cli("restore", SAMPLE, str(export["id"]), "--json"))
    assert isinstance(restored, dict) and restored["restored"] == export["id"]
    assert CLOSING not in cli("show", SAMPLE).out
    assert "IOM Strategy was still pending" in cli("show", SAMPLE).out
    reasons = [s["reason"] for s in as_json(cli("history", SAMPLE, "--json"))]  # type: ignore[union-attr]
    assert reasons == ["before restore", "export"]


def test_a_snapshot_that_is_not_there_is_said(cli: Run) -> None:
    assert_one_line_error(cli("diff", SAMPLE, "ffff"), "has no snapshot 'ffff'")
