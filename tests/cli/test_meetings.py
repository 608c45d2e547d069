"""`rapporteur list` with its filters and --json, and the trash: `delete`, `trash` and
`undelete`, over a library of unequal meetings (the sample, two generated notes, a French
one)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from tests.support.command_line import Result, assert_one_line_error, run_rapporteur
from tests.support.libraries import CAT, fill_library

Run = Callable[..., Result]
KEYS = {"id", "symbol", "date", "title", "body", "status", "paragraphs", "open_action_items"}
SAMPLE = "WG/REL/2017/7"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], library_path: Path) -> Run:
    fill_library(library_path)
    return lambda *args: run_rapporteur(capsys, *args)


def as_json(result: Result) -> object:
    assert result.code == 0 and result.err == "", result
    return json.loads(result.out)  # the whole of stdout is one document


def listed(cli: Run, *options: str) -> list[dict[str, object]]:
    meetings = as_json(cli("list", "--json", *options))
    assert isinstance(meetings, list)
    return meetings


def test_list_json_names_every_meeting_with_its_counts(cli: Run) -> None:
    meetings = listed(cli)
    assert all(set(m) == KEYS for m in meetings)
    sample = next(m for m in meetings if m["symbol"] == SAMPLE)
    assert sample["date"] == "2017-08-28"
    assert sample["paragraphs"] == 29
    assert sample["open_action_items"] == 5
    assert sample["status"] == "draft"
    assert [m["date"] for m in meetings] == sorted((m["date"] for m in meetings), reverse=True)


def test_list_narrows_by_body_and_year(cli: Run) -> None:
    assert [m["symbol"] for m in listed(cli, "--body", "torture")] == ["CAT/C/SR.229"]
    assert [m["body"] for m in listed(cli, "--body", "COMITÉ")] == [CAT]
    assert [m["symbol"] for m in listed(cli, "--year", "2017")] == [SAMPLE]
    assert listed(cli, "--year", "1990") == []
    assert cli("list", "--year", "1990").out == "No meeting matches.\n"
    assert_one_line_error(cli("list", "--year", "last"), "--year")


def test_a_deleted_meeting_waits_in_the_trash_and_comes_back(cli: Run) -> None:
    deleted = as_json(cli("delete", SAMPLE, "--json"))
    assert isinstance(deleted, dict) and deleted["symbol"] == SAMPLE
    assert SAMPLE not in [m["symbol"] for m in listed(cli)]
    trash = as_json(cli("trash", "--json"))
    assert isinstance(trash, list)
    assert [m["symbol"] for m in trash] == [SAMPLE] and trash[0]["paragraphs"] == 29
    assert "deleted" in trash[0]
    assert_one_line_error(cli("show", SAMPLE), "in the trash", "rapporteur undelete")

    back = cli("undelete", str(deleted["id"])[:6])
    assert back.code == 0 and "back in the library" in back.out
    assert SAMPLE in [m["symbol"] for m in listed(cli)]
    assert cli("trash").out == "The trash is empty.\n"
    assert "1. " in cli("show", SAMPLE).out or "1\t" in cli("show", SAMPLE).out


def test_emptying_the_trash_deletes_for_good_only_what_is_there(
    cli: Run, library_path: Path
) -> None:
    cli("delete", "CAT/C/SR.229")
    emptied = as_json(cli("trash", "--empty", "--json"))
    assert emptied == {"deleted": 1}
    assert len(listed(cli)) == 3
    assert_one_line_error(cli("undelete", "CAT/C/SR.229"), "no meeting in the trash")
    with Library.open(library_path, read_only=True) as library:
        assert library.trash.meetings() == []
        assert library.find_meetings("CAT/C/SR.229") == []


def test_delete_names_what_it_cannot_find(cli: Run) -> None:
    assert_one_line_error(cli("delete", "WG/NONE/1"), "no meeting matches 'WG/NONE/1'")
    assert_one_line_error(cli("undelete", SAMPLE), "no meeting in the trash matches")
    assert len(listed(cli)) == 4
