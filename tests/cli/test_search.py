"""`rapporteur search` over a library of several series: readable lines, --json with its keys
and nothing else on stdout, the filters, and bad input said on stderr with status 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from tests.support.command_line import Result, run_rapporteur
from tests.support.libraries import CHINESE, fill_search_library

Run = Callable[..., Result]
KEYS = {"meeting", "symbol", "date", "title", "where", "paragraph", "snippet"}


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], library_path: Path) -> Run:
    fill_search_library(library_path)
    return lambda *args: run_rapporteur(capsys, *args)


def hits(cli: Run, *args: str) -> list[dict[str, object]]:
    result = cli("search", *args, "--json")
    assert result.code == 0 and result.err == "", result
    found = json.loads(result.out)  # the whole of stdout is one document
    assert isinstance(found, list) and all(set(hit) == KEYS for hit in found)
    return found


def test_json_names_the_meeting_the_place_and_the_paragraph_number(cli: Run) -> None:
    [hit] = hits(cli, "Vallarta")
    assert (hit["symbol"], hit["date"], hit["where"], hit["paragraph"]) == (
        "WG/REL/2017/7",
        "2017-08-28",
        "footnote",
        4,
    )
    assert "«Vallarta»" in str(hit["snippet"])
    [lettered] = hits(cli, "migracion", "--body", "IOM")
    assert lettered["where"] == "sub-item" and lettered["symbol"] == "WG/REL/2017/8"


def test_accents_both_ways_a_chinese_substring_and_the_date_filters(cli: Run) -> None:
    accented = {hit["symbol"] for hit in hits(cli, "migración")}
    assert {"CAT/C/SR.229", "WG/REL/2017/8"} <= accented
    assert {hit["symbol"] for hit in hits(cli, "migracion")} >= accented
    assert [hit["symbol"] for hit in hits(cli, CHINESE[3:7])] == ["WG/REL/2017/8"]
    assert all(hit["date"] <= "2017-09-30" for hit in hits(cli, "Chairperson", "--to", "2017-09"))
    assert hits(cli, "Chairperson", "--from", "2017-09", "--to", "2017-09") == []
    assert len(hits(cli, "Chairperson", "--limit", "2")) == 2


def test_readable_lines_name_the_place_in_words(cli: Run) -> None:
    result = cli("search", '"stocktaking meeting"')
    assert result.code == 0
    assert result.out.startswith("2017-08-28  WG/REL/2017/7  ")
    assert cli("search", "zzyzx").out == "Nothing found.\n"


def test_a_meeting_in_the_trash_is_not_searched(cli: Run, library_path: Path) -> None:
    with Library.open(library_path) as library:
        sample = next(m.id for m in library.meetings() if m.symbol == "WG/REL/2017/7")
        library.trash.put(sample)
    assert hits(cli, "Vallarta") == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["x", "--from", "28/08/2017"], "--from '28/08/2017' is not a date"),
        (["x", "--from", "2018", "--to", "2017"], "is after --to"),
        (["x", "--limit", "none"], "--limit must be a whole number"),
    ],
)
def test_bad_filters_are_said_on_stderr_with_status_2(cli: Run, args: list[str], said: str) -> None:
    result = cli("search", *args, "--json")
    assert (result.code, result.out) == (2, "")
    assert said in result.err and result.err.count("\n") == 1
