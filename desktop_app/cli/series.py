"""rapporteur next: the next meeting of a series, started from the last one."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import Run, open_library, resolve_meeting, tell_backup_problem
from desktop_app.cli.parser import MEETING_HELP, Parser
from desktop_app.store.series import add_next_meeting

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "next",
        parents=[library],
        help="start the next meeting of a series: its agenda, and the open action items",
    )
    command.add_argument("meeting", metavar="MEETING", help=f"the last meeting: {MEETING_HELP}")
    command.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="its date (default: the last one's plus the usual interval, else a week)",
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_next(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path) as library:
        previous = resolve_meeting(library, arguments.meeting)
        meeting = add_next_meeting(library, previous.id, arguments.date)
    date = meeting.date.isoformat() if meeting.date else None
    if arguments.json:
        answer = {"id": meeting.id, "symbol": meeting.symbol, "title": meeting.title}
        print(json.dumps({**answer, "date": date}))
    else:
        print(f"{meeting.id}  {meeting.symbol or '-'}  {date}  {meeting.title}")
        carried = len(meeting.action_items)
        print(f"{carried} open action item{'s' * (carried != 1)} carried over.")
    tell_backup_problem(library)
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None


COMMANDS: dict[str, Run] = {"next": run_next}
