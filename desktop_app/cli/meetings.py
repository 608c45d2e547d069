"""rapporteur list, delete, trash and undelete: the library's meetings, and its trash."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Run,
    UserError,
    open_library,
    resolve_meeting,
    tell_backup_problem,
)
from desktop_app.cli.parser import MEETING_HELP, Parser
from desktop_app.store.meeting_list import MeetingSummary

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser("list", parents=[library], help="list the library's meetings")
    command.add_argument(
        "--body", metavar="TEXT", default="", help="only meetings of bodies containing TEXT"
    )
    command.add_argument("--year", type=int, metavar="YYYY", help="only meetings of that year")
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "delete", parents=[library], help="put a meeting in the trash (undelete brings it back)"
    )
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "trash", parents=[library], help="list the meetings in the trash, or empty it"
    )
    command.add_argument(
        "--empty", action="store_true", help="delete every meeting in the trash for good"
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "undelete", parents=[library], help="bring a meeting back from the trash"
    )
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_list(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path, read_only=True) as library:
        meetings = [
            m
            for m in library.meetings()
            if arguments.body.casefold() in m.body.casefold()
            and (arguments.year is None or (m.date is not None and m.date.year == arguments.year))
        ]
    if arguments.json:
        print(json.dumps([meeting_json(m) for m in meetings]))
    elif meetings:
        print_table(meetings)
    elif arguments.body or arguments.year is not None:
        print("No meeting matches.")
    else:
        print(f"No meetings in {library_path} yet; import one with: rapporteur import FILE")
    return 0


def run_delete(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path) as library:
        meeting = resolve_meeting(library, arguments.meeting)
        library.trash.put(meeting.id)
    _said(arguments, meeting, "put in the trash (rapporteur undelete brings it back)")
    tell_backup_problem(library)
    return 0


def run_undelete(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path) as library:
        found = library.trash.find(arguments.meeting)
        if not found:
            raise UserError(f"no meeting in the trash matches '{arguments.meeting}'")
        if len(found) > 1:
            ids = ", ".join(m.id for m in found[:5])
            raise UserError(
                f"'{arguments.meeting}' matches {len(found)} meetings in the trash ({ids}); "
                "give more of the id"
            )
        library.trash.take_out(found[0].id)
    _said(arguments, found[0], "back in the library")
    tell_backup_problem(library)
    return 0


def run_trash(arguments: argparse.Namespace, library_path: Path) -> int:
    if arguments.empty:
        with open_library(library_path) as library:
            count = library.trash.empty()
        if arguments.json:
            print(json.dumps({"deleted": count}))
        else:
            print(f"{count} meeting{'s' * (count != 1)} deleted for good; the trash is empty.")
        tell_backup_problem(library)
        return 0
    with open_library(library_path, read_only=True) as library:
        meetings = library.trash.meetings()
    if arguments.json:
        print(json.dumps([meeting_json(m) for m in meetings]))
    elif meetings:
        print_table(meetings)
    else:
        print("The trash is empty.")
    return 0


def meeting_json(meeting: MeetingSummary) -> dict[str, object]:
    answer: dict[str, object] = {
        "id": meeting.id,
        "symbol": meeting.symbol,
        "date": meeting.date.isoformat() if meeting.date else None,
        "title": meeting.title,
        "body": meeting.body,
        "status": meeting.status,
        "paragraphs": meeting.paragraphs,
        "open_action_items": meeting.open_action_items,
    }
    if meeting.deleted:
        answer["deleted"] = meeting.deleted
    return answer


def print_table(meetings: Sequence[MeetingSummary]) -> None:
    """ID, DATE, SYMBOL, PARAGRAPHS, OPEN ACTIONS, TITLE: the counts aligned right."""
    rows = [("ID", "DATE", "SYMBOL", "PARAGRAPHS", "OPEN ACTIONS", "TITLE")]
    rows += [
        (
            m.id,
            m.date.isoformat() if m.date else "",
            m.symbol or "-",
            str(m.paragraphs),
            str(m.open_action_items),
            m.title,
        )
        for m in meetings
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [
            row[i].rjust(widths[i]) if i in (3, 4) else row[i].ljust(widths[i]) for i in range(5)
        ]
        print("  ".join([*cells, row[5]]))


def _said(arguments: argparse.Namespace, meeting: MeetingSummary, what: str) -> None:
    if arguments.json:
        print(json.dumps(meeting_json(meeting)))
    else:
        print(f"{meeting.id}  {meeting.symbol or meeting.title}: {what}.")


COMMANDS: dict[str, Run] = {
    "list": run_list,
    "delete": run_delete,
    "trash": run_trash,
    "undelete": run_undelete,
}
