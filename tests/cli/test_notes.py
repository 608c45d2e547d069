"""The command line, as a user drives it: import, export, list, show and search, and every way
they can go wrong (one line on stderr, exit status 1, never a traceback)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop_app import __version__
from desktop_app.cli import COMMANDS, main
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.store.library import Library
from tests.conftest import REAL_NOTE, SAMPLE_NOTE

SAMPLE_SYMBOL = "WG/REL/2017/7"
SAMPLE_TITLE = "Chairperson's note on the meeting held on 28 August 2017"
LIST_COLUMNS = ["ID", "DATE", "SYMBOL", "PARAGRAPHS", "OPEN ACTIONS", "TITLE"]
LIST_ROW = re.compile(r"^(\S+)  +(\S*)  +(\S+)  +(\d+)  +(\d+)  (.*)$")


class Result(NamedTuple):
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `rapporteur ARGS…` in this process; argparse's exits count as exit statuses."""

    def run(*args: str | Path) -> Result:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("rapporteur")
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err


def note_text(
    title: str,
    date: str,
    symbol: str = "",
    paragraphs: int = 3,
    open_actions: int = 0,
    done_actions: int = 0,
) -> str:
    """A small valid note in Rapporteur Markdown."""
    lines = ["---", "body: Working Group on Tests", f"title: {title}", f"date: {date}"]
    if symbol:
        lines.append(f"symbol: {symbol}")
    lines += ["---", ""]
    for number in range(1, paragraphs + 1):
        lines += [f"{number}. Paragraph {number} of {title}.", ""]
    if open_actions or done_actions:
        lines.append("::: actions")
        lines += [f"- [ ] Open request {i}" for i in range(open_actions)]
        lines += [f"- [x] Done request {i}" for i in range(done_actions)]
        lines.append(":::")
    return "\n".join(lines) + "\n"


def write_note(path: Path, title: str, date: str, symbol: str = "", **counts: int) -> Path:
    path.write_text(note_text(title, date, symbol, **counts), encoding="utf-8")
    return path


def imported_ids(result: Result) -> list[str]:
    """The ids an import printed, one line `ID  TITLE` per meeting."""
    return [line.split("  ", 1)[0] for line in result.out.splitlines()]


def listed(result: Result) -> list[tuple[str, ...]]:
    """The rows of `rapporteur list` (header checked), as (id, date, symbol, paragraphs,
    open actions, title)."""
    assert result.code == 0, result
    header, *rows = result.out.splitlines()
    assert re.split(r"\s{2,}", header.strip()) == LIST_COLUMNS
    parsed = []
    for row in rows:
        match = LIST_ROW.match(row)
        assert match, row
        parsed.append(match.groups())
    return parsed


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample_id(cli: Run) -> str:
    """The sample note imported into the default library; its meeting id."""
    result = cli("import", SAMPLE_NOTE)
    assert result.code == 0, result
    (meeting_id,) = imported_ids(result)
    return meeting_id


# import


def test_import_prints_the_new_meeting_and_list_shows_it(cli: Run, library_path: Path) -> None:
    result = cli("import", SAMPLE_NOTE)
    assert result.code == 0
    assert result.err == ""
    line = result.out.rstrip("\n")
    assert "\n" not in line
    meeting_id, title = line.split("  ", 1)
    assert re.fullmatch(r"[0-9a-f]{16}", meeting_id)
    assert title == SAMPLE_TITLE
    assert library_path.is_file()
    assert listed(cli("list")) == [
        (meeting_id, "2017-08-28", SAMPLE_SYMBOL, "29", "5", SAMPLE_TITLE)
    ]


def test_import_of_several_files_at_once(cli: Run, tmp_path: Path) -> None:
    first = write_note(tmp_path / "first.md", "First meeting", "2020-01-01", "WG/T/1")
    second = write_note(tmp_path / "second.md", "Second meeting", "2020-02-01", "WG/T/2")
    result = cli("import", first, SAMPLE_NOTE, second)
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [
        "First meeting",
        SAMPLE_TITLE,
        "Second meeting",
    ]
    ids = imported_ids(result)
    assert len(set(ids)) == 3
    assert {row[0] for row in listed(cli("list"))} == set(ids)


def test_a_malformed_file_imports_nothing(cli: Run, tmp_path: Path, library_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(note_text("Bad", "2020-01-01").replace("date: 2020-01-01", "date: soon"))
    result = cli("import", bad)
    assert_one_line_error(result, f"{bad}, line 4: 'soon' is not a date")
    assert not library_path.exists()
    assert_one_line_error(cli("list"), "There is no library")


def test_a_malformed_file_among_good_ones_is_reported_and_the_others_import(
    cli: Run, tmp_path: Path
) -> None:
    cli("import", write_note(tmp_path / "old.md", "Old meeting", "2019-01-01"))
    before = listed(cli("list"))
    good = write_note(tmp_path / "good.md", "Good meeting", "2020-01-01")
    bad = tmp_path / "bad.md"
    bad.write_text(note_text("Bad meeting", "2020-01-02") + "# Agenda\n", encoding="utf-8")
    also_good = write_note(tmp_path / "also-good.md", "Also good", "2020-01-03")
    result = cli("import", good, bad, also_good)
    assert result.code == 1
    assert result.err == (
        f"rapporteur: {bad}, line 13: an agenda item heading starts '## '; the title goes in the "
        "front matter\n"
    )
    assert [line.split("  ", 1)[1] for line in result.out.splitlines()] == [
        "Good meeting",
        "Also good",
    ]
    titles = [row[5] for row in listed(cli("list"))]
    assert sorted(titles) == sorted([before[0][5], "Good meeting", "Also good"])  # no bad meeting


def test_import_of_a_missing_file(cli: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.md"
    assert_one_line_error(cli("import", missing), f"{missing}: no such file")


def test_import_of_a_folder(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    assert_one_line_error(cli("import", folder), f"{folder} is a folder, not a note")


def test_import_of_a_file_that_is_not_utf8_reads_it_as_windows_1252_and_says_so(
    cli: Run, tmp_path: Path
) -> None:
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes(note_text("Réunion du Comité", "2020-01-01").encode("latin-1"))
    result = cli("import", latin1)
    assert result.code == 0
    assert result.out.rstrip("\n").endswith("  Réunion du Comité")
    assert result.err == (
        f"rapporteur: {latin1}: latin1.md is not UTF-8: read as Windows-1252; check its accented "
        "letters\n"
    )


def test_importing_the_same_symbol_again_is_refused(cli: Run, sample_id: str) -> None:
    result = cli("import", SAMPLE_NOTE)
    assert_one_line_error(
        result, f"a meeting with symbol {SAMPLE_SYMBOL} is already in the library ({sample_id})"
    )
    assert [row[0] for row in listed(cli("list"))] == [sample_id]


def test_a_repeated_symbol_in_a_batch_fails_that_file_only(
    cli: Run, sample_id: str, tmp_path: Path
) -> None:
    new = write_note(tmp_path / "new.md", "New meeting", "2021-01-01", "WG/T/9")
    result = cli("import", new, SAMPLE_NOTE)
    assert result.code == 1
    assert f"{SAMPLE_NOTE}: a meeting with symbol {SAMPLE_SYMBOL} is already in the library" in (
        result.err
    )
    (new_id,) = imported_ids(result)
    assert sorted(row[0] for row in listed(cli("list"))) == sorted([sample_id, new_id])


def test_two_files_with_one_symbol_import_neither(cli: Run, tmp_path: Path) -> None:
    copy = tmp_path / "copy.md"
    copy.write_bytes(SAMPLE_NOTE.read_bytes())
    result = cli("import", SAMPLE_NOTE, copy)
    assert result.code == 1 and result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 2
    assert all(f"both have symbol {SAMPLE_SYMBOL}; none of them was imported" in x for x in lines)
    assert "There is no library" in cli("list").err  # a failed import creates nothing


@pytest.mark.parametrize("where", ["before", "after"])
def test_library_option_chooses_the_library(
    cli: Run, tmp_path: Path, library_path: Path, where: str
) -> None:
    chosen = tmp_path / "elsewhere" / "chosen.rapporteur"
    if where == "before":
        result = cli("--library", chosen, "import", SAMPLE_NOTE)
    else:
        result = cli("import", SAMPLE_NOTE, "--library", chosen)
    assert result.code == 0, result
    assert chosen.is_file()
    assert not library_path.exists()
    assert [row[0] for row in listed(cli("list", "--library", chosen))] == imported_ids(result)
    assert [row[0] for row in listed(cli("--library", chosen, "list"))] == imported_ids(result)
    assert_one_line_error(cli("list"), f"There is no library at {library_path}")


def test_environment_variable_chooses_the_library(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.rapporteur"
    monkeypatch.setenv("RAPPORTEUR_LIBRARY", str(chosen))
    result = cli("import", SAMPLE_NOTE)
    assert result.code == 0
    assert chosen.is_file()
    assert [row[0] for row in listed(cli("list"))] == imported_ids(result)
    monkeypatch.setenv("RAPPORTEUR_LIBRARY", str(tmp_path / "other.rapporteur"))
    assert_one_line_error(cli("list"), "There is no library at")


# export


def test_export_gives_back_the_sample_byte_for_byte(
    cli: Run, sample_id: str, tmp_path: Path
) -> None:
    output = tmp_path / "exported.md"
    result = cli("export", sample_id, "--format", "md", "--output", output)
    assert result == Result(0, "", "")
    assert output.read_bytes() == SAMPLE_NOTE.read_bytes()


@pytest.mark.parametrize("reference", ["full id", "prefix", "symbol"])
def test_export_names_the_meeting_by_id_prefix_or_symbol(
    cli: Run, sample_id: str, tmp_path: Path, reference: str
) -> None:
    cli("import", write_note(tmp_path / "other.md", "Other", "2020-01-01", "WG/T/1"))
    name = {"full id": sample_id, "prefix": sample_id[:6], "symbol": SAMPLE_SYMBOL}[reference]
    output = tmp_path / "out.md"
    assert cli("export", name, "-o", output).code == 0
    assert output.read_text(encoding="utf-8") == SAMPLE_NOTE.read_text(encoding="utf-8")


@pytest.mark.parametrize("output", [["--output", "-"], []])
def test_export_to_standard_output(
    cli: Run, sample_id: str, sample_text: str, output: list[str]
) -> None:
    result = cli("export", SAMPLE_SYMBOL, *output)
    assert result == Result(0, sample_text, "")


def test_export_of_an_unknown_meeting(
    cli: Run, sample_id: str, tmp_path: Path, library_path: Path
) -> None:
    output = tmp_path / "out.md"
    result = cli("export", "WG/NOPE/1", "-o", output)
    assert_one_line_error(result, "no meeting matches 'WG/NOPE/1'", str(library_path))
    assert not output.exists()


def test_a_failed_export_leaves_an_existing_file_untouched(
    cli: Run, sample_id: str, tmp_path: Path
) -> None:
    output = tmp_path / "out.md"
    output.write_text("keep me\n", encoding="utf-8")
    assert_one_line_error(cli("export", "nothing-like-this", "-o", output))
    assert output.read_text(encoding="utf-8") == "keep me\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_with_an_ambiguous_prefix(cli: Run, library_path: Path, tmp_path: Path) -> None:
    with Library.open(library_path) as library:
        for meeting_id, day in (("abc0000000000001", 1), ("abc0000000000002", 2)):
            library.add_meeting(
                Meeting(
                    id=meeting_id,
                    body="Working Group on Tests",
                    title=f"Meeting {day}",
                    date=dt.date(2020, 1, day),
                    opening=[Paragraph(Inline.plain(f"Said on day {day}."))],
                )
            )
    output = tmp_path / "out.md"
    result = cli("export", "abc", "-o", output)
    assert_one_line_error(
        result, "'abc' matches 2 meetings", "abc0000000000001", "abc0000000000002"
    )
    assert not output.exists()
    # A longer prefix is unique again, and LIKE wildcards are not wildcards here.
    assert cli("export", "abc0000000000002", "-o", output).code == 0
    assert "title: Meeting 2\n" in output.read_text(encoding="utf-8")
    assert_one_line_error(cli("export", "abc_", "-o", tmp_path / "x.md"), "no meeting matches")
    assert_one_line_error(cli("export", "%", "-o", tmp_path / "x.md"), "no meeting matches")


def test_export_into_a_missing_folder(cli: Run, sample_id: str, tmp_path: Path) -> None:
    output = tmp_path / "missing-folder" / "out.md"
    result = cli("export", sample_id, "-o", output)
    assert_one_line_error(result, f"Cannot write {output}")
    assert not output.parent.exists()


def test_export_onto_a_folder(cli: Run, sample_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = cli("export", sample_id, "-o", folder)
    assert_one_line_error(result, f"Cannot write {folder}")
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("suffix", [".md", ".pdf", ".docx", ".html"])
def test_export_to_a_file_name_too_long_gets_one_line(
    cli: Run, sample_id: str, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / ("n" * 300 + suffix)
    result = cli("export", sample_id, "-o", output)
    assert_one_line_error(result, f"Cannot write {output}", "File name too long")
    assert list(folder.iterdir()) == []


def test_export_replaces_an_existing_file_whole(cli: Run, sample_id: str, tmp_path: Path) -> None:
    output = tmp_path / "out.md"
    output.write_text("old text that is much longer than the note\n" * 5000, encoding="utf-8")
    assert cli("export", sample_id, "-o", output).code == 0
    assert output.read_bytes() == SAMPLE_NOTE.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_on_a_missing_library(cli: Run, library_path: Path, tmp_path: Path) -> None:
    result = cli("export", SAMPLE_SYMBOL, "-o", tmp_path / "out.md")
    assert_one_line_error(result, f"There is no library at {library_path}")
    assert not library_path.exists()


# list


def test_list_of_the_sample(cli: Run, sample_id: str) -> None:
    result = cli("list")
    assert result.err == ""
    header, row = result.out.splitlines()
    assert listed(result) == [(sample_id, "2017-08-28", SAMPLE_SYMBOL, "29", "5", SAMPLE_TITLE)]
    # The columns line up under their headings; numbers are right-aligned.
    assert row.index(SAMPLE_TITLE) == header.index("TITLE")
    assert row.index("2017-08-28") == header.index("DATE")
    assert row.index(SAMPLE_SYMBOL) == header.index("SYMBOL")
    assert row.index(" 29 ") + 3 == header.index("PARAGRAPHS") + len("PARAGRAPHS")


def test_list_puts_the_most_recent_meeting_first(cli: Run, tmp_path: Path) -> None:
    older = write_note(tmp_path / "a.md", "Older", "2019-05-01", paragraphs=2, open_actions=1)
    newer = write_note(
        tmp_path / "b.md", "Newer", "2021-03-15", "WG/T/2", paragraphs=4, done_actions=2
    )
    cli("import", SAMPLE_NOTE, older, newer)
    rows = listed(cli("list"))
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("2021-03-15", "WG/T/2", "4", "0", "Newer"),
        ("2019-05-01", "-", "2", "1", "Older"),
        ("2017-08-28", SAMPLE_SYMBOL, "29", "5", SAMPLE_TITLE),
    ]


def test_list_of_an_empty_library(cli: Run, library_path: Path) -> None:
    Library.open(library_path).close()
    result = cli("list")
    assert result.code == 0
    assert result.out.startswith(f"No meetings in {library_path} yet")


def test_list_on_a_missing_library(cli: Run, library_path: Path) -> None:
    result = cli("list")
    assert_one_line_error(result, f"There is no library at {library_path} yet")
    assert not library_path.exists()


def test_list_on_a_file_that_is_not_a_library(cli: Run) -> None:
    result = cli("list", "--library", SAMPLE_NOTE)
    assert_one_line_error(result, "is not a Rapporteur library")


# show


def paragraph_lines(shown: str) -> dict[int, str]:
    return {
        int(match.group(1)): match.group(0)
        for match in re.finditer(r"^(\d+)\. .*$", shown, re.MULTILINE)
    }


def test_show_prints_the_note_as_plain_text(cli: Run, sample_id: str) -> None:
    result = cli("show", SAMPLE_SYMBOL, "--width", "0")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[:7] == [
        "WORKING GROUP ON IOM–UN RELATIONS AND RELATED ISSUES",
        "",
        SAMPLE_SYMBOL,
        "",
        "28 August 2017",
        "",
        SAMPLE_TITLE.upper(),
    ]
    numbers = [int(m.group(1)) for line in lines if (m := re.match(r"(\d+)\. ", line))]
    assert numbers == list(range(1, 30))
    first_heading = (
        "Update by the Senior Policy Adviser to the Director General on the global compact "
        "on migration and exchange of views"
    )
    at = {line.split(" ", 1)[0]: index for index, line in enumerate(lines)}
    assert at["2."] < lines.index(first_heading) < at["3."]
    assert at["10."] < lines.index("IOM's future role") < at["11."]
    after_26 = lines[at["26."] + 1 : at["26."] + 4]
    assert [line[:12] for line in after_26] == ["    (a) An u", "    (b) A br", "    (c) A su"]
    assert lines[at["26."] + 4] == ""
    paragraph_4 = lines[at["4."]]
    assert paragraph_4.endswith("from 4 to 6 December 2017.¹")
    assert result.out.count("¹") == 2
    rule = lines.index("_" * 20)
    assert rule > at["29."]
    assert lines[rule + 1 :] == [
        "¹ Originally planned to take place in Guadalajara, the stocktaking meeting will now "
        "be held in Puerto Vallarta."
    ]


def real_note_paragraphs() -> dict[int, str]:
    """Numbered paragraphs of the real note, `- N. text`; paragraph 12 is cut by a page
    break and continues on the line after the blank line."""
    lines = REAL_NOTE.read_text(encoding="utf-8").splitlines()
    paragraphs: dict[int, str] = {}
    for index, line in enumerate(lines):
        if match := re.match(r"- (\d+)\. (.*)$", line):
            number, text = int(match.group(1)), match.group(2)
            if number == 12:
                assert lines[index + 1] == ""
                text = f"{text} {lines[index + 2]}"
            paragraphs[number] = f"{number}. {text}"
    return paragraphs


def test_show_matches_the_real_note(cli: Run, sample_id: str) -> None:
    shown = cli("show", sample_id, "--width", "0").out
    shown_lines = set(shown.splitlines())
    real = real_note_paragraphs()
    assert sorted(real) == list(range(1, 30))
    for number, line in real.items():
        assert line in shown_lines, f"paragraph {number} differs"
    assert "¹" in real[4]
    for line in REAL_NOTE.read_text(encoding="utf-8").splitlines():
        if line.startswith("- ("):  # the sub-items of paragraph 26
            assert "    " + line[2:] in shown_lines
    assert (
        "¹ Originally planned to take place in Guadalajara, the stocktaking meeting will now "
        "be held in Puerto Vallarta." in shown_lines
    )


def test_show_without_width_does_not_wrap_when_not_a_terminal(cli: Run, sample_id: str) -> None:
    assert cli("show", sample_id).out == cli("show", sample_id, "--width", "0").out


def test_show_wraps_with_hanging_indents(cli: Run, sample_id: str) -> None:
    unwrapped = paragraph_lines(cli("show", sample_id, "--width", "0").out)
    wrapped = cli("show", sample_id, "--width", "60").out
    assert all(len(line) <= 60 for line in wrapped.splitlines())
    checked = []
    for block in wrapped.split("\n\n"):
        first, *rest = block.splitlines()
        match = re.match(r"(\d+)\. ", first)
        if not match:
            continue
        number = int(match.group(1))
        checked.append(number)
        indent = " " * len(match.group(0))
        paragraph = [first]
        sub_items: list[list[str]] = []
        for line in rest:
            if re.match(r" {4}\([a-z]+\) ", line):
                sub_items.append([line])
            elif sub_items:
                assert line.startswith(" " * 8) and line[8] != " ", line
                sub_items[-1].append(line)
            else:
                assert line.startswith(indent) and line[len(indent)] != " ", line
                paragraph.append(line)
        # Nothing lost or changed: the wrapped lines join back into the paragraph.
        assert " ".join(line.strip() for line in paragraph) == unwrapped[number]
        assert len(paragraph) > 1 or len(unwrapped[number]) <= 60
        if number == 26:
            assert [s[0][:8] for s in sub_items] == ["    (a) ", "    (b) ", "    (c) "]
            assert all(len(s) > 1 for s in sub_items)
    assert checked == list(range(1, 30))
    footnote = wrapped.split("_" * 20 + "\n", 1)[1].splitlines()
    assert footnote[0].startswith("¹ Originally")
    assert all(line.startswith("  ") and line[2] != " " for line in footnote[1:])


def test_show_wraps_every_line_at_a_narrow_width(cli: Run, sample_id: str) -> None:
    """The title block wraps too: its lines are longer than 40 columns."""
    wrapped = cli("show", sample_id, "--width", "40").out
    too_long = [line for line in wrapped.splitlines() if len(line) > 40]
    assert too_long == []


def test_show_of_an_unknown_meeting(cli: Run, sample_id: str) -> None:
    assert_one_line_error(cli("show", "WG/REL/2017/8"), "no meeting matches 'WG/REL/2017/8'")


def test_show_on_a_missing_library(cli: Run, library_path: Path) -> None:
    assert_one_line_error(cli("show", SAMPLE_SYMBOL), f"There is no library at {library_path}")


# search


def test_search_finds_a_word_in_the_footnote(cli: Run, sample_id: str) -> None:
    result = cli("search", "Vallarta")
    assert result.code == 0 and result.err == ""
    (line,) = result.out.splitlines()
    assert line.startswith("2017-08-28  WG/REL/2017/7  footnote 1 in paragraph 4: ")
    assert "Puerto «Vallarta»" in line


def test_search_with_several_words(cli: Run, sample_id: str) -> None:
    result = cli("search", "stocktaking", "Mexico")
    assert result.code == 0
    (line,) = result.out.splitlines()
    assert line.startswith("2017-08-28  WG/REL/2017/7  paragraph 4: ")
    assert "«stocktaking»" in line and "«Mexico»" in line


def test_search_finds_nothing(cli: Run, sample_id: str) -> None:
    assert cli("search", "Guadeloupe") == Result(0, "Nothing found.\n", "")
    assert cli("search", "...") == Result(0, "Nothing found.\n", "")


def test_search_on_a_missing_library(cli: Run, library_path: Path) -> None:
    assert_one_line_error(cli("search", "Vallarta"), f"There is no library at {library_path}")


# usage


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["import"], "the following arguments are required: FILE"),
        (["export"], "the following arguments are required: MEETING"),
        (["show"], "the following arguments are required: MEETING"),
        (["search"], "the following arguments are required: QUERY"),
        (["show", "x", "--width", "wide"], "invalid int value: 'wide'"),
        (["export", "x", "--format", "odt"], "invalid choice: 'odt'"),
        (["list", "--colour"], "unrecognized arguments: --colour"),
        (["list", "--library"], "expected one argument"),
    ],
)
def test_usage_errors(cli: Run, args: list[str], fragment: str) -> None:
    result = cli(*args)
    assert_one_line_error(result, fragment, "--help")


def test_version(cli: Run) -> None:
    assert cli("--version") == Result(0, f"rapporteur {__version__}\n", "")


def test_every_command_the_help_lists_runs_its_own_work(cli: Run) -> None:
    """A command the parser knows but nothing runs would open the window instead."""
    result = cli("--help")
    listed = re.findall(r"^ {4}(\S+) {2,}", result.out, re.MULTILINE)
    assert listed == [
        *("import", "export", "show", "list", "delete", "trash", "undelete", "search"),
        *("restore-backup", "actions", "action", "next", "history", "diff", "restore"),
    ]
    assert set(COMMANDS) == set(listed)
    for command in listed:
        usage = cli(command, "--help")
        assert (usage.code, usage.err) == (0, ""), command
        assert usage.out.startswith(f"usage: rapporteur {command} [-h] [--library PATH]")


# one writer, many readers


def test_reading_commands_work_while_another_writer_holds_the_library(
    cli: Run, sample_id: str, library_path: Path, tmp_path: Path
) -> None:
    other = write_note(tmp_path / "other.md", "Other", "2020-01-01", "WG/T/1")
    with Library.open(library_path):
        assert listed(cli("list"))[0][0] == sample_id
        assert paragraph_lines(cli("show", sample_id).out).keys() == set(range(1, 30))
        output = tmp_path / "out.md"
        assert cli("export", SAMPLE_SYMBOL, "-o", output).code == 0
        assert output.read_bytes() == SAMPLE_NOTE.read_bytes()
        assert "«Vallarta»" in cli("search", "Vallarta").out
        result = cli("import", other)
        assert_one_line_error(result, f"{library_path} is in use by ")
    assert [row[0] for row in listed(cli("list"))] == [sample_id]
    assert cli("import", other).code == 0  # the lock went with the writer


def test_reading_commands_do_not_change_the_library(
    cli: Run, sample_id: str, library_path: Path, tmp_path: Path
) -> None:
    before = file_digest(library_path)
    cli("list")
    cli("show", sample_id)
    cli("search", "Vallarta")
    assert file_digest(library_path) == before
    # An export is read, then kept in the note's history: one snapshot, and no more.
    cli("export", sample_id, "-o", tmp_path / "out.md")
    with Library.open(library_path, read_only=True) as library:
        assert [s.reason for s in library.snapshots.listed(sample_id)] == ["export"]


# the real entry points, in their own processes


def rapporteur_script() -> str:
    found = shutil.which("rapporteur") or str(Path(sys.executable).parent / "rapporteur")
    assert Path(found).is_file(), "the rapporteur console script is not installed"
    return found


def run_process(command: list[str | Path], cwd: Path, library: Path) -> Result:
    environment = {**os.environ, "RAPPORTEUR_LIBRARY": str(library)}
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


ENTRY_POINTS = {
    "python -m desktop_app": lambda: [sys.executable, "-m", "desktop_app"],
    "rapporteur": lambda: [rapporteur_script()],
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_entry_point_imports_and_exports(entry: str, tmp_path: Path, library_path: Path) -> None:
    command = ENTRY_POINTS[entry]()
    imported = run_process([*command, "import", SAMPLE_NOTE], tmp_path, library_path)
    assert imported.code == 0, imported.err
    assert imported.out.endswith(f"  {SAMPLE_TITLE}\n")
    exported = subprocess.run(
        [*command, "export", SAMPLE_SYMBOL],
        cwd=tmp_path,
        env={**os.environ, "RAPPORTEUR_LIBRARY": str(library_path)},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert exported.returncode == 0
    assert exported.stdout == SAMPLE_NOTE.read_bytes()
    version = run_process([*command, "--version"], tmp_path, library_path)
    assert version == Result(0, f"rapporteur {__version__}\n", "")


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("case", ["missing library", "unknown meeting", "malformed file", "usage"])
def test_entry_point_errors_are_one_line(
    entry: str, case: str, tmp_path: Path, library_path: Path
) -> None:
    command = ENTRY_POINTS[entry]()
    bad = tmp_path / "bad.md"
    bad.write_text("no front matter\n", encoding="utf-8")
    if case == "unknown meeting":
        assert run_process([*command, "import", SAMPLE_NOTE], tmp_path, library_path).code == 0
    args = {
        "missing library": ["list"],
        "unknown meeting": ["show", "0123456789"],
        "malformed file": ["import", bad],
        "usage": ["export"],
    }[case]
    result = run_process([*command, *args], tmp_path, library_path)
    assert "Traceback" not in result.err
    assert_one_line_error(result)
    if case == "malformed file":
        assert result.err.startswith(f"rapporteur: {bad} is not a note: no numbered paragraph")


def test_import_in_another_process_is_refused_while_the_library_is_held(
    cli: Run, sample_id: str, library_path: Path, tmp_path: Path
) -> None:
    other = write_note(tmp_path / "other.md", "Other", "2020-01-01")
    with Library.open(library_path):
        result = run_process([rapporteur_script(), "import", other], tmp_path, library_path)
        assert_one_line_error(result, f"{library_path} is in use by ", f"process {os.getpid()}")
        shown = run_process([rapporteur_script(), "list"], tmp_path, library_path)
        assert shown.code == 0 and sample_id in shown.out
    assert [row[0] for row in listed(cli("list"))] == [sample_id]
