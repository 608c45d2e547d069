"""`rapporteur actions` and `rapporteur action` over a series of three meetings made with
`rapporteur next` from the sample: the requests carried from meeting to meeting, their
paragraphs as `rapporteur show` numbers them, and a request closed as one."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionItem, Meeting, Paragraph
from desktop_app.store.library import Library
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.support.command_line import Result, assert_one_line_error, run_rapporteur

Run = Callable[..., Result]
KEYS = {"id", "meeting", "symbol", "date", "paragraph", "text", "owner", "due", "status"}
KEYS |= {"continues"}
SYMBOLS = ["WG/REL/2017/7", "WG/REL/2017/8", "WG/REL/2017/9"]
# Words of each request of the sample, and the words of the paragraph it comes from.
SAID_IN = {
    "Provide three short papers": "provide three short papers",
    "Provide an oral update": "would provide an oral update on the current state",
    "Produce an analysis": "produce an analysis of the possible roles for IOM",
    "Produce a short briefing note": "produce a short briefing note on the migration data",
    "Give another update": "another update on the global compact on migration process",
}


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    return lambda *args: run_rapporteur(capsys, *args)


@pytest.fixture
def series(cli: Run) -> list[str]:
    """The sample and the two meetings after it, made by `rapporteur next`; their ids."""
    imported = cli("import", SAMPLE_NOTE)
    assert imported.code == 0, imported
    ids = [imported.out.split("  ", 1)[0]]
    for symbol in SYMBOLS[:2]:
        made = cli("next", symbol, "--json")
        assert made.code == 0, made
        ids.append(json.loads(made.out)["id"])
    return ids


def actions(cli: Run, *options: str) -> list[dict[str, object]]:
    result = cli("actions", "--json", *options)
    assert result.code == 0 and result.err == "", result
    items = json.loads(result.out)
    assert isinstance(items, list)
    return items


def request(items: list[dict[str, object]], words: str) -> list[dict[str, object]]:
    """The items of one request, oldest meeting first."""
    return [item for item in items if str(item["text"]).startswith(words)]


def test_actions_json_lists_every_item_with_exactly_its_keys(cli: Run, series: list[str]) -> None:
    items = actions(cli)
    assert len(items) == 15
    assert all(set(item) == KEYS for item in items)
    assert [item["symbol"] for item in items[::5]] == SYMBOLS
    assert [item["meeting"] for item in items[::5]] == series
    assert [item["date"] for item in items[::5]] == ["2017-08-28", "2017-09-04", "2017-09-11"]
    assert {item["status"] for item in items} == {"open"}
    papers = request(items, "Provide three short papers")
    assert [p["owner"] for p in papers] == ["IOM Administration"] * 3
    assert [p["due"] for p in papers] == ["next meeting of the Working Group"] * 3
    assert [p["paragraph"] for p in papers] == [26, None, None]


def test_each_carried_item_continues_the_one_of_the_meeting_before(
    cli: Run, series: list[str]
) -> None:
    items = actions(cli)
    by_id = {item["id"]: item for item in items}
    last = [item for item in items if item["meeting"] == series[2]]
    assert len(last) == 5
    for item in last:
        middle = by_id[item["continues"]]
        first = by_id[middle["continues"]]
        assert (middle["meeting"], first["meeting"]) == (series[1], series[0])
        assert first["continues"] is None
        assert item["text"] == middle["text"] == first["text"]


def test_paragraph_numbers_are_those_rapporteur_show_prints(cli: Run, series: list[str]) -> None:
    first = [item for item in actions(cli) if item["meeting"] == series[0]]
    shown = cli("show", SYMBOLS[0], "--width", "0").out.splitlines()
    for item in first:
        (words,) = [w for w in SAID_IN if str(item["text"]).startswith(w)]
        (line,) = [line for line in shown if line.startswith(f"{item['paragraph']}. ")]
        assert SAID_IN[words] in line, (item, line)
    assert sorted(int(str(item["paragraph"])) for item in first) == [18, 18, 26, 27, 28]


def test_paragraph_numbers_follow_a_note_edited_since(
    cli: Run, series: list[str], library_path: Path
) -> None:
    with Library.open(library_path) as library:
        first = library.load_meeting(series[0])
        opening = Paragraph(Inline.plain("The Chairperson opened the meeting at 10 a.m."))
        first.opening.insert(0, opening)
        library.save_meeting(first)
    items = [item for item in actions(cli) if item["meeting"] == series[0]]
    assert [item["paragraph"] for item in items] == [19, 19, 27, 28, 29]
    shown = cli("show", SYMBOLS[0], "--width", "0").out.splitlines()
    (line,) = [line for line in shown if line.startswith("27. ")]
    assert "three short papers" in line


def test_closing_a_request_in_the_last_meeting_closes_it_in_every_one(
    cli: Run, series: list[str]
) -> None:
    last = request(actions(cli), "Provide an oral update")[2]
    result = cli("action", str(last["id"])[:10], "--status", "done")
    assert result.code == 0 and result.err == "", result
    assert result.out == f"{last['id']}: done; 3 of the 3 action items of its chain changed.\n"
    items = actions(cli)
    assert [item["status"] for item in request(items, "Provide an oral update")] == ["done"] * 3
    assert sum(item["status"] == "open" for item in items) == 12
    assert [i["symbol"] for i in actions(cli, "--status", "done")] == SYMBOLS


def test_closing_a_request_in_the_first_meeting_closes_it_in_the_last(
    cli: Run, series: list[str]
) -> None:
    first = request(actions(cli), "Produce an analysis")[0]
    result = cli("action", str(first["id"]), "--status", "dropped", "--json")
    assert result.code == 0, result
    answer = json.loads(result.out)
    assert set(answer) == {"id", "status", "chain", "changed"}
    assert (answer["id"], answer["status"]) == (first["id"], "dropped")
    chain = request(actions(cli), "Produce an analysis")
    assert sorted(answer["chain"]) == sorted(str(item["id"]) for item in chain)
    assert [item["status"] for item in chain] == ["dropped"] * 3
    reopened = cli("action", str(chain[1]["id"]), "--status", "open")
    assert "3 of the 3 action items of its chain changed" in reopened.out
    assert [item["status"] for item in request(actions(cli), "Produce an analysis")] == ["open"] * 3


def test_a_request_done_before_the_next_meeting_is_not_carried(cli: Run) -> None:
    assert cli("import", SAMPLE_NOTE).code == 0
    papers = request(actions(cli), "Provide three short papers")[0]
    assert cli("action", str(papers["id"]), "--status", "done").code == 0
    made = cli("next", SYMBOLS[0])
    assert made.out.splitlines()[1] == "4 open action items carried over."
    carried = [item for item in actions(cli) if item["symbol"] == SYMBOLS[1]]
    assert len(carried) == 4
    assert not request(carried, "Provide three short papers")
    assert papers["id"] not in {item["continues"] for item in carried}


def test_actions_are_filtered_by_status_owner_and_body(cli: Run, series: list[str]) -> None:
    director = actions(cli, "--owner", "DIRECTOR general")
    assert len(director) == 6
    assert {item["owner"] for item in director} == {
        "Director General",
        "Director General, Deputy Director General or Senior Policy Adviser",
    }
    assert len(actions(cli, "--body", "iom–un relations", "--status", "open")) == 15
    assert actions(cli, "--body", "Council") == []
    assert actions(cli, "--status", "dropped") == []


def test_actions_prints_a_line_per_item(cli: Run, series: list[str]) -> None:
    result = cli("actions", "--owner", "director general")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert len(lines) == 6
    items = actions(cli, "--owner", "director general")
    for line, item in zip(lines, items, strict=True):
        assert line.startswith(f"{item['id']}  {item['date']}  {item['symbol']}  ")
        assert f"{item['text']} ({item['owner']}; due {item['due']})" in line
    assert re.search(r"  para\. 27 +open +Provide an oral update", lines[0])
    assert "  no para.  " in lines[2]
    nothing = cli("actions", "--status", "done")
    assert (nothing.code, nothing.out) == (0, "No action items match.\n")


def test_an_unknown_or_ambiguous_id_is_one_line(cli: Run, library_path: Path) -> None:
    meeting = Meeting(body="Working Group on Tests", title="Twin requests")
    meeting.action_items = [
        ActionItem("Circulate the draft", "Secretariat", id="ab12cd34ef560001"),
        ActionItem("Circulate the final text", "Secretariat", id="ab12cd34ef560002"),
    ]
    with Library.open(library_path) as library:
        library.add_meeting(meeting)
    assert_one_line_error(cli("action", "ab12", "--status", "done"), "'ab12' matches 2")
    assert_one_line_error(cli("action", "ffff", "--status", "done"), "no action item", "'ffff'")
    assert_one_line_error(cli("action", "ab12cd34ef560001", "--status", "finished"), "--status")
    assert [item["status"] for item in actions(cli)] == ["open", "open"]
    assert cli("action", "ab12cd34ef560002", "--status", "done").code == 0
    assert [item["status"] for item in actions(cli)] == ["open", "done"]


def test_actions_json_from_a_real_process_is_one_json_document(
    cli: Run, series: list[str], library_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "actions", "--json", "--owner", "admin"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RAPPORTEUR_LIBRARY": str(library_path)},
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    items = json.loads(done.stdout)
    assert len(items) == 9 and all(set(item) == KEYS for item in items)
    assert {item["owner"] for item in items} == {"IOM Administration"}


def test_actions_reads_while_another_writer_holds_the_library_and_changes_nothing(
    cli: Run, series: list[str], library_path: Path
) -> None:
    papers = request(actions(cli), "Provide three short papers")[0]
    with Library.open(library_path):
        before = hashlib.sha256(library_path.read_bytes()).hexdigest()
        assert len(actions(cli)) == 15
        assert hashlib.sha256(library_path.read_bytes()).hexdigest() == before
        refused = cli("action", str(papers["id"]), "--status", "done")
        assert_one_line_error(refused, f"{library_path} is in use by ")
        assert_one_line_error(cli("next", SYMBOLS[2]), f"{library_path} is in use by ")
    assert {item["status"] for item in actions(cli)} == {"open"}
    assert len(actions(cli)) == 15
