"""rapporteur search: words across every meeting, each hit named by its meeting and its place
in the note ("paragraph 12", "sub-item (b) of paragraph 26", "footnote 3 in paragraph 4")."""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import Run, open_library
from desktop_app.cli.parser import Parser
from desktop_app.store.search import NoteHit, SearchFilters, SearchQueryError

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands

BAD_INPUT = 2  # a query or a filter that cannot be understood
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class _BadInput(Exception):
    """A query or filter that cannot be understood: said on stderr, exit status 2."""


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "search",
        parents=[library],
        help="find words across every meeting",
        description='Words, "exact phrases", prefix*, OR, NOT and (parentheses); accents and '
        "letter case aside. The last word may be the start of a word.",
    )
    command.add_argument("words", nargs="+", metavar="QUERY")
    command.add_argument(
        "--body", metavar="TEXT", default="", help="only meetings of bodies containing TEXT"
    )
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="only meetings on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)",
    )
    command.add_argument(
        "--to", dest="date_to", metavar="DATE", help="only meetings on or before DATE"
    )
    command.add_argument("--limit", metavar="N", default="100", help="at most N hits (default 100)")
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_search(arguments: argparse.Namespace, library_path: Path) -> int:
    try:
        filters = _filters(arguments)
        with open_library(library_path, read_only=True) as library:
            hits = library.search(" ".join(arguments.words), filters)
    except (_BadInput, SearchQueryError) as error:
        print(f"rapporteur search: {error}", file=sys.stderr)
        return BAD_INPUT
    if arguments.json:
        print(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False))
    elif not hits:
        print("Nothing found.")
    else:
        for hit in hits:
            print(_hit_line(hit))
    return 0


def _filters(arguments: argparse.Namespace) -> SearchFilters:
    date_from = _date(arguments.date_from, "--from", last=False)
    date_to = _date(arguments.date_to, "--to", last=True)
    if date_from and date_to and date_from > date_to:
        raise _BadInput(f"--from {date_from} is after --to {date_to}: nothing could be found")
    try:
        limit = int(arguments.limit)
    except ValueError:
        limit = 0
    if limit < 1:
        raise _BadInput(
            f"--limit must be a whole number of hits, 1 or more (not '{arguments.limit}')"
        )
    return SearchFilters(body=arguments.body, date_from=date_from, date_to=date_to, limit=limit)


def _date(text: str | None, option: str, last: bool) -> dt.date | None:
    """A date as YYYY-MM-DD, or a month or year: its first day, or its last if `last`."""
    if text is None:
        return None
    match = _DATE.fullmatch(text.strip())
    try:
        if not match:
            raise ValueError
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        if month is None:
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        if day is None:
            day = calendar.monthrange(year, month)[1] if last else 1
        return dt.date(year, month, day)
    except ValueError:
        raise _BadInput(
            f"{option} '{text}' is not a date such as 2017-08-28, 2017-08 or 2017"
        ) from None


def _hit_json(hit: NoteHit) -> dict[str, object]:
    return {
        "meeting": hit.meeting_id,
        "symbol": hit.symbol,
        "date": hit.date.isoformat() if hit.date else None,
        "title": hit.title,
        "where": hit.where,
        "paragraph": hit.paragraph,
        "snippet": hit.snippet,
    }


def _hit_line(hit: NoteHit) -> str:
    """DATE  SYMBOL  place: snippet (a meeting with no symbol by its id)."""
    date = hit.date.isoformat() if hit.date else "-"
    return f"{date:10}  {hit.symbol or hit.meeting_id}  {hit.place}: {hit.snippet}"


COMMANDS: dict[str, Run] = {"search": run_search}
