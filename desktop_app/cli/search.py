"""rapporteur search: words across every meeting."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import Run, open_library
from desktop_app.cli.parser import Parser

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "search", parents=[library], help="find words across every meeting"
    )
    command.add_argument("words", nargs="+", metavar="WORD")


def run_search(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path, read_only=True) as library:
        hits = library.search(" ".join(arguments.words))
    if not hits:
        print("Nothing found.")
    for hit in hits:
        date = hit.date.isoformat() if hit.date else ""
        print(f"{date}  {hit.symbol}  {hit.place}: {hit.snippet}")
    return 0


COMMANDS: dict[str, Run] = {"search": run_search}
