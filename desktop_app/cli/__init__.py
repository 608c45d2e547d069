"""The command line: import, export, show, list, delete, trash, undelete, search,
restore-backup, actions, action, next, history, diff and restore over a library.

Each module here holds a group of commands, their options and what they do; this one reads
the command line and runs the command named (none: the window).

User errors print one line to stderr and exit with status 1. When whoever reads the output
goes away (`rapporteur list | head -1`), the command stops quietly with status 141, as a
command ended by SIGPIPE does; but `import` finishes importing every file first, and exits
0: its output is only a report of the work.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli import actions, backups, history, meetings, notes, search, series
from desktop_app.cli.common import Run, UserError, discard_output
from desktop_app.cli.parser import Parser, library_option
from desktop_app.formats.errors import FormatError
from desktop_app.formats.importing import MAX_IMPORT_BYTES
from desktop_app.store.errors import LibraryError
from desktop_app.store.location import default_library_path

__all__ = ["COMMANDS", "MAX_IMPORT_BYTES", "OUTPUT_CLOSED", "build_parser", "main"]

OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports of a command a closed pipe ended
GROUPS = (
    notes,
    meetings,
    search,
    backups,
    actions,
    series,
    history,
)  # in the order --help lists their commands


def build_parser() -> argparse.ArgumentParser:
    """The program's options and its commands; `command` names the one given (None: none)."""
    library = library_option()
    parser = Parser(
        prog="rapporteur",
        description="Draft the notes of meetings. With no command, opens the window.",
        parents=[library],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--meeting", metavar="MEETING", help="open this meeting in the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.add_parsers(commands, library)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _main(argv)
        finally:
            if sys.stdout is not None:  # None when started without a console
                sys.stdout.flush()  # here, where a closed pipe can be answered, not at exit
    except BrokenPipeError:
        discard_output()
        return OUTPUT_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    arguments = build_parser().parse_args(argv)
    library_path = getattr(arguments, "library", None) or default_library_path()
    run = COMMANDS.get(arguments.command, run_window)
    try:
        return run(arguments, library_path)
    except (UserError, LibraryError, FormatError) as error:
        print(f"rapporteur: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def run_window(arguments: argparse.Namespace, library_path: Path) -> int:
    from desktop_app.ui.app import run_window as open_window  # Qt only when the window opens

    return open_window(library_path, arguments.meeting)


# The command named on the command line; none: the window.
COMMANDS: dict[str | None, Run] = {name: run for g in GROUPS for name, run in g.COMMANDS.items()}
