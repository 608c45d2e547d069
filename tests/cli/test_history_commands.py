"""rapporteur history, diff and restore over a library made from the sample, and the
snapshot that rapporteur export keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.inline import Inline
from desktop_app.store.library import Library
from tests.support.command_line import assert_one_line_error, run_rapporteur
from tests.support.libraries import fill_library

SYMBOL = "WG/REL/2017/7"


@pytest.fixture
def cli(capsys, library_path):
    fill_library(library_path)
    return lambda *args: run_rapporteur(capsys, "--library", library_path, *args)


def edit_paragraph_4(library_path: Path) -> None:
    with Library.open(library_path) as library:
        meeting = library.load_meeting(library.find_meetings(SYMBOL)[0].id)
        paragraph = list(meeting.paragraphs())[3]
        paragraph.text = Inline.from_markup(
            paragraph.text.markup.replace("further reported", "also reported")
        )
        library.save_meeting(meeting)


def history(cli) -> list[dict]:
    result = cli("history", SYMBOL, "--json")
    assert result.code == 0 and result.err == ""
    return json.loads(result.out)


def test_an_export_keeps_a_snapshot_and_history_lists_it(cli, tmp_path, library_path):
    assert history(cli) == []
    assert "No snapshots of WG/REL/2017/7 yet." in cli("history", SYMBOL).out
    assert cli("export", SYMBOL, "-o", tmp_path / "a.md").code == 0
    assert cli("export", SYMBOL, "-o", tmp_path / "b.md").code == 0  # nothing changed: none
    [first] = history(cli)
    assert set(first) == {"id", "time", "reason", "words_changed"}
    assert first["reason"] == "export" and first["time"].endswith("+00:00")
    edit_paragraph_4(library_path)
    assert cli("export", SYMBOL, "-o", tmp_path / "c.md").code == 0
    second = history(cli)[0]
    assert (second["reason"], second["words_changed"]) == ("export", 1)
    lines = cli("history", SYMBOL).out.splitlines()
    assert lines[0].startswith(second["id"]) and lines[0].endswith("1 word changed")


def test_diff_names_the_paragraph_and_its_words(cli, tmp_path, library_path):
    cli("export", SYMBOL, "-o", tmp_path / "a.md")
    snapshot = history(cli)[0]["id"]
    edit_paragraph_4(library_path)
    text = cli("diff", SYMBOL, snapshot[:6])
    assert text.code == 0
    assert (
        "paragraph 4: changed, 1 word: The Senior Policy Adviser [-further-] {+also+}" in text.out
    )
    result = cli("diff", SYMBOL, snapshot, "--json")
    document = json.loads(result.out)
    [change] = document["paragraphs"]
    assert (change["kind"], change["number"], change["former_number"]) == ("changed", 4, 4)
    assert {"kind": "deleted", "text": " further"} in change["text"]
    assert document["words_changed"] == 1 and result.err == ""


def test_restore_makes_the_snapshot_the_note_and_keeps_the_note_first(cli, tmp_path, library_path):
    cli("export", SYMBOL, "-o", tmp_path / "a.md")
    snapshot = history(cli)[0]["id"]
    edit_paragraph_4(library_path)
    result = cli("restore", SYMBOL, snapshot, "--json")
    answer = json.loads(result.out)
    assert answer["restored"] == snapshot and answer["kept"]
    assert [s["reason"] for s in history(cli)] == ["before restore", "export"]
    assert "further reported" in cli("show", SYMBOL).out
    assert json.loads(cli("diff", SYMBOL, snapshot, "--json").out)["paragraphs"] == []


def test_bad_snapshots_and_a_held_library_are_told_in_one_line(cli, tmp_path, library_path):
    assert_one_line_error(cli("diff", SYMBOL, "nope"), "has no snapshot 'nope'")
    with Library.open(library_path):
        result = cli("export", SYMBOL, "-o", tmp_path / "a.md")
        assert result.code == 0 and "no snapshot of this export was kept" in result.err
        assert_one_line_error(cli("restore", SYMBOL, "abc"), "is in use by")
