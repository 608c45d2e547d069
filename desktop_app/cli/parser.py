"""What every command line shares: the parser that reports a mistake in one line, and the
--library option that the program and every command take."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app.store.location import LIBRARY_ENVIRONMENT_VARIABLE, default_library_path

MEETING_HELP = "an id, a unique id prefix or a symbol"


class Parser(argparse.ArgumentParser):
    """A mistake on the command line is one line, pointing at --help, and exit status 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see {self.prog} --help)\n")


if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[Parser]


def library_option() -> Parser:
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
