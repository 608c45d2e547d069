"""rapporteur actions and action: the requests of every meeting, and marking one open, done
or dropped in every meeting it was carried to."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import Run, UserError, open_library, tell_backup_problem
from desktop_app.cli.parser import Parser
from desktop_app.core.model import ActionStatus
from desktop_app.store.action_items import ListedActionItem
from desktop_app.store.library import Library

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands

STATUSES = [s.value for s in ActionStatus]


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "actions", parents=[library], help="list the action items of every meeting"
    )
    command.add_argument("--status", choices=STATUSES, help="only those open, done or dropped")
    command.add_argument("--owner", metavar="TEXT", default="", help="only owners containing TEXT")
    command.add_argument(
        "--body", metavar="TEXT", default="", help="only meetings of bodies containing TEXT"
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "action",
        parents=[library],
        help="mark an action item open, done or dropped, in every meeting it was carried to",
    )
    command.add_argument("id", metavar="ID", help="an action item's id or a unique beginning of it")
    command.add_argument("--status", choices=STATUSES, required=True)
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_actions(arguments: argparse.Namespace, library_path: Path) -> int:
    status = ActionStatus(arguments.status) if arguments.status else None
    with open_library(library_path, read_only=True) as library:
        items = library.action_items.listed(status, arguments.owner, arguments.body)
    if arguments.json:
        print(json.dumps([_item_json(item) for item in items]))
    elif not items:
        print("No action items match." if _filtered(arguments) else "No action items yet.")
    else:
        for item in items:
            print(_item_line(item))
    return 0


def run_action(arguments: argparse.Namespace, library_path: Path) -> int:
    status = ActionStatus(arguments.status)
    with open_library(library_path) as library:
        change = library.action_items.set_status(_resolve_item(library, arguments.id), status)
    if arguments.json:
        answer = {"id": change.id, "status": str(status), "chain": change.chain}
        print(json.dumps({**answer, "changed": change.changed}))
    else:
        count = len(change.chain)
        items = f"{count} action item{'s' * (count != 1)}"
        print(f"{change.id}: {status}; {len(change.changed)} of the {items} of its chain changed.")
    tell_backup_problem(library)
    return 0


def _resolve_item(library: Library, reference: str) -> str:
    found = library.action_items.find(reference)
    if not found:
        raise UserError(f"no action item matches '{reference}' (see rapporteur actions)")
    if len(found) > 1:
        ids = ", ".join(found[:5])
        raise UserError(
            f"'{reference}' matches {len(found)} action items ({ids}); give more of the id"
        )
    return found[0]


def _item_json(item: ListedActionItem) -> dict[str, object]:
    return {
        "id": item.id,
        "meeting": item.meeting_id,
        "symbol": item.symbol,
        "date": item.date.isoformat() if item.date else None,
        "paragraph": item.paragraph,
        "text": item.what,
        "owner": item.owner,
        "due": item.due,
        "status": str(item.status),
        "continues": item.continues_id,
    }


def _item_line(item: ListedActionItem) -> str:
    """ID  DATE  SYMBOL  para. N  STATUS  what (owner; due)."""
    date = item.date.isoformat() if item.date else "-"
    paragraph = f"para. {item.paragraph}" if item.paragraph is not None else "no para."
    who = "; ".join(part for part in (item.owner, item.due and f"due {item.due}") if part)
    return (
        f"{item.id}  {date:10}  {item.symbol or '-'}  {paragraph:9}  {item.status:7}  "
        + item.what
        + (f" ({who})" if who else "")
    )


def _filtered(arguments: argparse.Namespace) -> bool:
    return bool(arguments.status or arguments.owner or arguments.body)


COMMANDS: dict[str, Run] = {"actions": run_actions, "action": run_action}
