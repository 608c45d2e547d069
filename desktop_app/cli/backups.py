"""rapporteur restore-backup: list the library's backups, or restore one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import Run, tell_backup_problem
from desktop_app.cli.parser import Parser
from desktop_app.store import backups, restoring
from desktop_app.store.errors import LibraryCorrupt
from desktop_app.store.library import Library

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "restore-backup",
        parents=[library],
        help="list the library's backups, or restore one (what is there now is kept as a backup)",
    )
    command.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a backup's name as listed, or a path"
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_restore_backup(arguments: argparse.Namespace, library_path: Path) -> int:
    library_path = library_path.expanduser().absolute()
    if arguments.backup is None:
        return _list_backups(library_path, arguments.json)
    backup = restoring.find_backup(library_path, arguments.backup)
    backups.check_backup(backup.path)  # before a damaged library is set aside for it
    set_aside = None
    try:
        library = Library.open(library_path)
    except LibraryCorrupt:
        set_aside = restoring.set_aside_damaged(library_path)
        library = Library.open(library_path)
    with library:
        restored = library.restore_backup(backup)
    if arguments.json:
        kept = restored.kept_as and _backup_json(restored.kept_as)
        answer = {"restored": _backup_json(restored.backup), "kept_as": kept}
        print(json.dumps({**answer, "set_aside": set_aside and str(set_aside)}))
    else:
        count = restored.backup.meetings
        print(f"Restored {restored.backup.name} ({count} meeting{'s' * (count != 1)}).")
        if set_aside:
            print(f"The damaged library was set aside as {set_aside}.")
        if restored.kept_as:
            print(
                f"What the library held before is kept as {restored.kept_as.name}; "
                "restore that to undo."
            )
    tell_backup_problem(library)
    return 0


def _list_backups(library_path: Path, as_json: bool) -> int:
    found = backups.listed_backups(library_path)
    if as_json:
        print(json.dumps({"backups": [_backup_json(b) for b in found]}))
    elif not found:
        print(
            f"No backups of {library_path} yet; one is made each day the library is opened "
            "and whenever it is closed after changes."
        )
    else:
        width = max(len(b.name) for b in found)
        print(f"{'BACKUP':{width}}  {'MADE':16}  MEETINGS")
        for b in found:
            meetings = "damaged" if b.damaged else str(b.meetings)
            print(f"{b.name:{width}}  {b.made:%Y-%m-%d %H:%M}  {meetings:>8}")
    return 0


def _backup_json(backup: backups.Backup) -> dict[str, object]:
    return {
        "name": backup.name,
        "path": str(backup.path),
        "made": backup.made.isoformat(),
        "meetings": backup.meetings,
        "damaged": backup.damaged,
        "before_restore": backup.before_restore,
    }


COMMANDS: dict[str, Run] = {"restore-backup": run_restore_backup}
