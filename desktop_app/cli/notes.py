"""rapporteur import, export and show: notes into the library and out of it (import itself is
in importing.py)."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli import importing
from desktop_app.cli.common import Run, load_meeting, open_library
from desktop_app.cli.history import snapshot_after_export
from desktop_app.cli.parser import MEETING_HELP, Parser
from desktop_app.formats.blocks import build_document
from desktop_app.formats.export import ExportFormat, export_meeting, writer_for
from desktop_app.formats.plain_text import meeting_to_plain_text

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands


def add_parsers(commands: Commands, library: Parser) -> None:
    importing.add_parser(commands, library)
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
    command = commands.add_parser("show", parents=[library], help="print a note as plain text")
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument(
        "--width", type=int, default=None, help="wrap at this many columns (0: do not wrap)"
    )


def run_export(arguments: argparse.Namespace, library_path: Path) -> int:
    output = None if arguments.output == "-" else Path(arguments.output)
    export_format = ExportFormat(arguments.format) if arguments.format else None
    export_format = export_format or (output and ExportFormat.for_path(output)) or ExportFormat.MD
    with open_library(library_path, read_only=True) as library:
        meeting = load_meeting(library, arguments.meeting)
    if output is None:
        buffer = io.BytesIO()
        writer_for(export_format)(build_document(meeting), buffer)
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.flush()
    else:
        export_meeting(meeting, export_format, output)
    snapshot_after_export(library_path, meeting)
    return 0


def run_show(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path, read_only=True) as library:
        meeting = load_meeting(library, arguments.meeting)
    width = arguments.width
    if width is None:
        width = min(shutil.get_terminal_size().columns, 100) if sys.stdout.isatty() else 0
    sys.stdout.write(meeting_to_plain_text(meeting, width))
    return 0


COMMANDS: dict[str, Run] = {
    "import": importing.run_import,
    "export": run_export,
    "show": run_show,
}
