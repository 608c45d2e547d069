"""rapporteur import FILE…: notes read by their content (Word, PDF, text, Markdown), each
file imported or refused on its own, with --dry-run to see what would come in and --json
to read the report in a program."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import open_library, print_notices, report, tell_backup_problem
from desktop_app.formats.importing import ImportedNote, ImportRefused, read_import
from desktop_app.store.errors import LibraryMissing, LibraryTooNew
from desktop_app.store.library import Library
from desktop_app.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands, Parser


@dataclass
class Outcome:
    """What became of one file: its note, and the id it got, or why it was not imported."""

    path: Path
    note: ImportedNote | None = None
    error: str = ""
    id: str = ""


def add_parser(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "import",
        parents=[library],
        help="import notes: Word (DOCX), PDF, plain text or Markdown files",
        description="Import notes as meetings, each file's format told by its content. A file "
        "that cannot be imported is reported with why; the others are imported, and the exit "
        "status is 1.",
    )
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    command.add_argument(
        "--dry-run", action="store_true", help="show what each file holds; import nothing"
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_import(arguments: argparse.Namespace, library_path: Path) -> int:
    outcomes = [_read(path) for path in arguments.files]
    _refuse_repeated_symbols(outcomes)
    _refuse_symbols_in_library(library_path, outcomes, arguments.dry_run)
    if not arguments.dry_run and any(o.note for o in outcomes):
        with open_library(library_path) as library:
            _refuse_symbols(library, outcomes)  # again: another writer may have added one since
            for outcome in outcomes:
                if outcome.note is not None:
                    library.add_meeting(outcome.note.meeting)
                    outcome.id = outcome.note.meeting.id
                    if not arguments.json:
                        report(f"{outcome.id}  {outcome.note.meeting.title}")
        tell_backup_problem(library)
    for outcome in outcomes:
        if outcome.error:
            print(f"rapporteur: {outcome.error}", file=sys.stderr)
        elif outcome.id and not arguments.json:
            for warning in outcome.note.warnings if outcome.note else []:
                print(f"rapporteur: {outcome.path}: {warning}", file=sys.stderr)
    if arguments.json:
        print(json.dumps({"files": [_outcome_json(o) for o in outcomes]}, ensure_ascii=False))
    elif arguments.dry_run:
        sys.stdout.write("\n".join(_preview(o) for o in outcomes if o.note))
    return 1 if any(o.error for o in outcomes) else 0


def _read(path: Path) -> Outcome:
    try:
        return Outcome(path, read_import(path))
    except ImportRefused as refusal:
        return Outcome(path, error=str(refusal))


def _fail(outcome: Outcome, error: str) -> None:
    outcome.note = None
    outcome.error = error


def _refuse_repeated_symbols(outcomes: list[Outcome]) -> None:
    """Two files of one symbol: neither is imported (which is the right one is for the user)."""
    by_symbol: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        if outcome.note and outcome.note.meeting.symbol:
            by_symbol.setdefault(outcome.note.meeting.symbol, []).append(outcome)
    for symbol, same in by_symbol.items():
        if len(same) > 1:
            paths = " and ".join(str(o.path) for o in same)
            for outcome in same:
                _fail(outcome, f"{paths} both have symbol {symbol}; none of them was imported")


def _refuse_symbols_in_library(library_path: Path, outcomes: list[Outcome], dry_run: bool) -> None:
    """Refuse, before the library is opened for writing (which changes the files beside it:
    a -wal left by a crash is applied, for one), what would fail there. When the library is
    not opened for writing after all, what this reading found beside it is said here."""
    try:
        library = Library.open(library_path, read_only=True)
    except LibraryMissing:
        return  # the import creates the library
    with library:
        try:
            if library.schema_version > SCHEMA_VERSION:
                raise LibraryTooNew(library.path, library.schema_version, SCHEMA_VERSION)
            _refuse_symbols(library, outcomes)
        except LibraryTooNew:
            print_notices(library)
            raise
        if dry_run or not any(outcome.note for outcome in outcomes):
            print_notices(library)


def _refuse_symbols(library: Library, outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        symbol = outcome.note.meeting.symbol if outcome.note else ""
        if not symbol:
            continue
        existing = [m for m in library.find_meetings(symbol) if m.symbol == symbol]
        if existing:
            where = f"the library ({existing[0].id})"
            _fail(outcome, f"{outcome.path}: a meeting with symbol {symbol} is already in {where}")


def _preview(outcome: Outcome) -> str:
    assert outcome.note is not None
    fields = _outcome_json(outcome)
    lines = [f"{outcome.path}"]
    for key in ("format", "title", "symbol", "date", "paragraphs", "headings", "footnotes"):
        lines.append(f"  {key}: {'' if fields[key] is None else fields[key]}")
    lines += [f"  warning: {warning}" for warning in outcome.note.warnings]
    return "\n".join(lines) + "\n"


def _outcome_json(outcome: Outcome) -> dict[str, object]:
    found: dict[str, object] = {"file": str(outcome.path)}
    note = outcome.note
    if note is None:
        keys = ("format", "title", "symbol", "date", "paragraphs", "headings", "footnotes")
        return found | dict.fromkeys(keys) | {"warnings": [], "error": outcome.error}
    meeting = note.meeting
    found |= {
        "format": note.format,
        "title": meeting.title,
        "symbol": meeting.symbol,
        "date": meeting.date.isoformat() if meeting.date else None,
        "paragraphs": note.paragraphs,
        "headings": note.headings,
        "footnotes": note.footnotes,
        "warnings": note.warnings,
    }
    if outcome.id:
        found["id"] = outcome.id
    return found
