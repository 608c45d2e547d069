"""rapporteur import, export and show: notes into the library and out of it."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Run,
    UserError,
    load_meeting,
    open_library,
    print_notices,
    report,
    tell_backup_problem,
)
from desktop_app.cli.history import snapshot_after_export
from desktop_app.cli.parser import MEETING_HELP, Parser
from desktop_app.core.model import Meeting
from desktop_app.formats.blocks import build_document
from desktop_app.formats.export import ExportFormat, export_meeting, writer_for
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.plain_text import meeting_to_plain_text
from desktop_app.store.errors import LibraryError, LibraryMissing, LibraryTooNew
from desktop_app.store.library import Library
from desktop_app.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands

# Five times the largest note measured (5,000 paragraphs, 500 footnotes: 2 MB). The worst text
# for the reader reads in well under a minute at this size (tests/perf/bench_markdown_import).
MAX_IMPORT_BYTES = 10 * 1024 * 1024


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "import", parents=[library], help="import notes written in Rapporteur Markdown"
    )
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")
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


def run_import(arguments: argparse.Namespace, library_path: Path) -> int:
    notes = list(zip(arguments.files, [_read_note(path) for path in arguments.files], strict=True))
    symbols: dict[str, Path] = {}
    for path, meeting in notes:
        if meeting.symbol in symbols:
            raise UserError(
                f"{path} and {symbols[meeting.symbol]} both have symbol "
                f"{meeting.symbol}; nothing was imported"
            )
        if meeting.symbol:
            symbols[meeting.symbol] = path
    _check_before_importing(library_path, notes)
    with open_library(library_path) as library:
        _refuse_symbols_in(library, notes)  # again: another writer may have added one since
        for _, meeting in notes:
            library.add_meeting(meeting)
            report(f"{meeting.id}  {meeting.title}")
    tell_backup_problem(library)
    return 0


def _check_before_importing(library_path: Path, notes: list[tuple[Path, Meeting]]) -> None:
    """Refuse an import that would fail before the library is opened for writing, which
    changes the files beside it (a -wal left by a crash is applied, for one)."""
    try:
        library = Library.open(library_path, read_only=True)
    except LibraryMissing:
        return  # the import creates the library
    with library:
        try:
            if library.schema_version > SCHEMA_VERSION:
                raise LibraryTooNew(library.path, library.schema_version, SCHEMA_VERSION)
            _refuse_symbols_in(library, notes)
        except (UserError, LibraryError):
            print_notices(library)
            raise


def _refuse_symbols_in(library: Library, notes: list[tuple[Path, Meeting]]) -> None:
    for path, meeting in notes:
        if not meeting.symbol:
            continue
        existing = [m for m in library.find_meetings(meeting.symbol) if m.symbol == meeting.symbol]
        if existing:
            raise UserError(
                f"{path}: a meeting with symbol {meeting.symbol} is already in "
                f"the library ({existing[0].id}); nothing was imported"
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


def _read_note(path: Path) -> Meeting:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise UserError(
                f"{path} is larger than {MAX_IMPORT_BYTES // 2**20} MB; is it really a note?"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not a note") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text; save it as UTF-8 and try again") from None
    except OSError as error:
        raise UserError(f"{path} cannot be read: {error.strerror}") from None
    return read_markdown(text, str(path))


COMMANDS: dict[str, Run] = {
    "import": run_import,
    "export": run_export,
    "show": run_show,
}
