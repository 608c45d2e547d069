"""The command line's commands, options and help texts; `cli` runs the command named."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app import __version__
from desktop_app.formats.export import ExportFormat
from desktop_app.store.location import LIBRARY_ENVIRONMENT_VARIABLE, default_library_path

MEETING_HELP = "an id, a unique id prefix or a symbol"


class Parser(argparse.ArgumentParser):
    """A mistake on the command line is one line, pointing at --help, and exit status 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see {self.prog} --help)\n")


if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[Parser]


def build_parser() -> argparse.ArgumentParser:
    """The program's options and its commands; `command` names the one given (None: none)."""
    library = _library_option()
    parser = Parser(
        prog="rapporteur",
        description="Draft the notes of meetings. With no command, opens the window.",
        parents=[library],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--meeting", metavar="MEETING", help="open this meeting in the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _add_import(commands, library)
    _add_export(commands, library)
    _add_list_and_show(commands, library)
    _add_search(commands, library)
    _add_restore_backup(commands, library)
    return parser


def _library_option() -> Parser:
    """--library, which the program and every command take."""
    library = Parser(add_help=False)
    library.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"the library file (default: ${LIBRARY_ENVIRONMENT_VARIABLE}, or "
        f"{default_library_path()})",
    )
    return library


def _add_import(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "import", parents=[library], help="import notes written in Rapporteur Markdown"
    )
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")


def _add_export(commands: Commands, library: Parser) -> None:
    command = commands.add_parser("export", parents=[library], help="export a meeting's note")
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help="docx, pdf, html or md (Rapporteur Markdown); by default the output's suffix, else md",
    )
    command.add_argument(
        "--output", "-o", metavar="PATH", default="-", help="where to write (- : standard output)"
    )


def _add_list_and_show(commands: Commands, library: Parser) -> None:
    commands.add_parser("list", parents=[library], help="list the library's meetings")
    command = commands.add_parser("show", parents=[library], help="print a note as plain text")
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument(
        "--width", type=int, default=None, help="wrap at this many columns (0: do not wrap)"
    )


def _add_search(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "search", parents=[library], help="find words across every meeting"
    )
    command.add_argument("words", nargs="+", metavar="WORD")


def _add_restore_backup(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "restore-backup",
        parents=[library],
        help="list the library's backups, or restore one (what is there now is kept as a backup)",
    )
    command.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a backup's name as listed, or a path"
    )
    command.add_argument("--json", action="store_true", help="print one JSON document")
