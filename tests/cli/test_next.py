"""`rapporteur next MEETING`: the next meeting of a series, started from the last one, as
`list` and `show` then show it; and its refusals, each in one line."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_NOTE
from tests.support.command_line import Result, assert_one_line_error, run_rapporteur

Run = Callable[..., Result]
FRENCH_NOTE = """---
body: Comité contre la torture
title: Note de la présidence sur la réunion du 14 novembre 1995
date: 1995-11-14
symbol: CAT/C/SR.229/Add.1
language: fr
---

1. Sur l'invitation du Président, la délégation danoise prend place à la table du Comité.

## Examen des rapports présentés par les États parties

2. M. Reimann (Danemark) appelle l'attention sur plusieurs dispositions nouvelles.

::: actions
- [ ] Communiquer les statistiques demandées par le Comité
    owner: Danemark
    paragraph: 2
- [x] Traduire le rapport
    owner: Secrétariat
:::
"""


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    return lambda *args: run_rapporteur(capsys, *args)


@pytest.fixture
def sample(cli: Run) -> str:
    imported = cli("import", SAMPLE_NOTE)
    assert imported.code == 0, imported
    return imported.out.split("  ", 1)[0]


def test_next_prints_the_new_meeting_s_id_and_symbol(cli: Run, sample: str) -> None:
    result = cli("next", sample)
    assert result.code == 0 and result.err == "", result
    first, second = result.out.splitlines()
    meeting_id, symbol, date, title = first.split("  ")
    assert re.fullmatch(r"[0-9a-f]{16}", meeting_id) and meeting_id != sample
    assert (symbol, date) == ("WG/REL/2017/8", "2017-09-04")
    assert title == "Chairperson's note on the meeting held on 4 September 2017"
    assert second == "5 open action items carried over."
    listed = cli("list").out.splitlines()
    assert re.match(rf"{meeting_id}  2017-09-04  WG/REL/2017/8 +1 +5  ", listed[1])


def test_next_json_is_exactly_id_symbol_title_and_date(cli: Run, sample: str) -> None:
    result = cli("next", "WG/REL/2017/7", "--date", "2017-09-25", "--json")
    assert result.code == 0 and result.err == "", result
    answer = json.loads(result.out)
    assert list(answer) == ["id", "symbol", "title", "date"]
    assert answer["symbol"] == "WG/REL/2017/8"
    assert answer["title"] == "Chairperson's note on the meeting held on 25 September 2017"
    assert answer["date"] == "2017-09-25"
    assert cli("list").out.count("WG/REL/2017/8") == 1


def test_the_next_meeting_shows_its_agenda_and_the_note_it_had_before_it(
    cli: Run, sample: str
) -> None:
    made = json.loads(cli("next", sample, "--json").out)
    shown = cli("show", made["id"], "--width", "0").out.splitlines()
    assert shown[:7] == [
        "WORKING GROUP ON IOM–UN RELATIONS AND RELATED ISSUES",
        "",
        "WG/REL/2017/8",
        "",
        "4 September 2017",
        "",
        "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 4 SEPTEMBER 2017",
    ]
    assert [line for line in shown if re.match(r"\d+\. ", line)] == [
        "1. The Working Group had before it the Chairperson's note on the meeting held on "
        "28 August 2017 (WG/REL/2017/7)."
    ]
    assert shown[-1] == "IOM's future role"
    assert (
        "Update by the Senior Policy Adviser to the Director General on the global compact on "
        "migration and exchange of views" in shown
    )


def test_the_next_french_meeting_is_in_french_and_carries_only_what_is_open(
    cli: Run, tmp_path: Path
) -> None:
    note = tmp_path / "cat-229.md"
    note.write_text(FRENCH_NOTE, encoding="utf-8")
    assert cli("import", note).code == 0
    made = json.loads(cli("next", "CAT/C/SR.229/Add.1", "--json").out)
    assert made["symbol"] == "CAT/C/SR.230"  # the next record, not an addendum
    assert made["title"] == "Note de la présidence sur la réunion du 21 novembre 1995"
    shown = cli("show", "CAT/C/SR.230", "--width", "0").out
    assert (
        "1. La réunion était saisie du document intitulé «\u00a0Note de la présidence sur la "
        "réunion du 14 novembre 1995\u00a0» (CAT/C/SR.229/Add.1)." in shown.splitlines()
    )
    items = json.loads(cli("actions", "--json", "--body", "torture").out)
    assert [(i["symbol"], i["text"], i["status"]) for i in items] == [
        ("CAT/C/SR.229/Add.1", "Communiquer les statistiques demandées par le Comité", "open"),
        ("CAT/C/SR.229/Add.1", "Traduire le rapport", "done"),
        ("CAT/C/SR.230", "Communiquer les statistiques demandées par le Comité", "open"),
    ]
    assert items[2]["continues"] == items[0]["id"]


def test_a_meeting_whose_symbol_has_no_number_gets_a_next_without_one(
    cli: Run, tmp_path: Path
) -> None:
    note = tmp_path / "informal.md"
    note.write_text(
        "---\nbody: Bureau of the Conference\ntitle: Informal consultations\n"
        "date: 2017-06-12\nsymbol: BUR/INF\n---\n\n1. The Bureau met informally.\n",
        encoding="utf-8",
    )
    assert cli("import", note).code == 0
    made = json.loads(cli("next", "BUR/INF", "--json").out)
    assert (made["symbol"], made["date"]) == ("", "2017-06-19")
    assert made["title"] == "Chairperson's note on the meeting held on 19 June 2017"
    line = cli("next", made["id"]).out.splitlines()[0]
    assert line.split("  ")[1:3] == ["-", "2017-06-26"]  # the usual interval: a week


def test_next_twice_from_the_same_meeting_is_refused(cli: Run, sample: str) -> None:
    assert cli("next", sample).code == 0
    refused = cli("next", sample)
    assert_one_line_error(refused, "WG/REL/2017/8 is already in the library")
    assert len(cli("list").out.splitlines()) == 3  # the header and two meetings
    assert len(json.loads(cli("actions", "--json").out)) == 10


def test_next_of_an_unknown_meeting_or_with_a_wrong_date_is_one_line(cli: Run, sample: str) -> None:
    assert_one_line_error(cli("next", "WG/REL/2016/1"), "no meeting matches 'WG/REL/2016/1'")
    assert_one_line_error(cli("next", sample, "--date", "4 September 2017"), "YYYY-MM-DD")
    assert_one_line_error(cli("next", sample, "--date", "2017-02-30"), "'2017-02-30'")
    assert len(cli("list").out.splitlines()) == 2
