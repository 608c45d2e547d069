"""The command line: import, export, list, show, search and restore-backup over a library.

User errors print one line to stderr and exit with status 1. When whoever reads the output
goes away (`rapporteur list | head -1`), the command stops quietly with status 141, as a
command ended by SIGPIPE does; but `import` finishes importing every file first, and exits
0: its output is only a report of the work.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.cli_parser import build_parser
from desktop_app.core.model import Meeting
from desktop_app.formats.blocks import build_document
from desktop_app.formats.errors import FormatError
from desktop_app.formats.export import ExportFormat, export_meeting, writer_for
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.plain_text import meeting_to_plain_text
from desktop_app.store import backups, restoring
from desktop_app.store.errors import LibraryCorrupt, LibraryError, LibraryMissing, LibraryTooNew
from desktop_app.store.library import Library, MeetingSummary
from desktop_app.store.location import default_library_path
from desktop_app.store.schema import SCHEMA_VERSION

# Five times the largest note measured (5,000 paragraphs, 500 footnotes: 2 MB). The worst text
# for the reader reads in well under a minute at this size (tests/perf/bench_markdown_import).
MAX_IMPORT_BYTES = 10 * 1024 * 1024
OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports of a command a closed pipe ended


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _main(argv)
        finally:
            if sys.stdout is not None:  # None when started without a console
                sys.stdout.flush()  # here, where a closed pipe can be answered, not at exit
    except BrokenPipeError:
        _discard_output()
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
    with _open(library_path) as library:
        _refuse_symbols_in(library, notes)  # again: another writer may have added one since
        for _, meeting in notes:
            library.add_meeting(meeting)
            _report(f"{meeting.id}  {meeting.title}")
    _tell_backup_problem(library)
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
            _print_notices(library)
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


def _open(library_path: Path, read_only: bool = False) -> Library:
    """The library, its notices (a -wal set aside, for one) printed to standard error."""
    library = Library.open(library_path, read_only=read_only)
    _print_notices(library)
    return library


def _print_notices(library: Library) -> None:
    for notice in library.notices:
        print(f"rapporteur: {notice}", file=sys.stderr)


def run_export(arguments: argparse.Namespace, library_path: Path) -> int:
    output = None if arguments.output == "-" else Path(arguments.output)
    export_format = ExportFormat(arguments.format) if arguments.format else None
    export_format = export_format or (output and ExportFormat.for_path(output)) or ExportFormat.MD
    with _open(library_path, read_only=True) as library:
        meeting = _load(library, arguments.meeting)
    if output is None:
        buffer = io.BytesIO()
        writer_for(export_format)(build_document(meeting), buffer)
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.flush()
    else:
        export_meeting(meeting, export_format, output)
    return 0


def run_list(arguments: argparse.Namespace, library_path: Path) -> int:
    with _open(library_path, read_only=True) as library:
        meetings = library.meetings()
    if not meetings:
        print(f"No meetings in {library_path} yet; import one with: rapporteur import FILE")
        return 0
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
    return 0


def run_show(arguments: argparse.Namespace, library_path: Path) -> int:
    with _open(library_path, read_only=True) as library:
        meeting = _load(library, arguments.meeting)
    width = arguments.width
    if width is None:
        width = min(shutil.get_terminal_size().columns, 100) if sys.stdout.isatty() else 0
    sys.stdout.write(meeting_to_plain_text(meeting, width))
    return 0


def run_search(arguments: argparse.Namespace, library_path: Path) -> int:
    with _open(library_path, read_only=True) as library:
        hits = library.search(" ".join(arguments.words))
    if not hits:
        print("Nothing found.")
    for hit in hits:
        date = hit.meeting_date.isoformat() if hit.meeting_date else ""
        print(f"{date}  {hit.meeting_id}  {hit.kind.replace('_', ' ')}: {hit.snippet}")
    return 0


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
    _tell_backup_problem(library)
    return 0


Run = Callable[[argparse.Namespace, Path], int]
COMMANDS: dict[str | None, Run] = {  # the command named on the command line; none: the window
    "import": run_import,
    "export": run_export,
    "list": run_list,
    "show": run_show,
    "search": run_search,
    "restore-backup": run_restore_backup,
}


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


def _tell_backup_problem(library: Library) -> None:
    """A backup that failed is said once, on stderr; the command itself has done its work."""
    problem = library.backups.take_problem()
    if problem:
        print(f"rapporteur: {problem}", file=sys.stderr)


def _report(line: str) -> None:
    """Print a line about work under way; if no one reads any more, the work goes on."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        _discard_output()


def _discard_output() -> None:
    """Send what is still to be written to standard output nowhere, so that neither the
    rest of the command nor Python's last flush at exit fails on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # standard output is not a file (a test's capture): nothing will be flushed


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


def _load(library: Library, reference: str) -> Meeting:
    return library.load_meeting(resolve_meeting(library, reference).id)


def resolve_meeting(library: Library, reference: str) -> MeetingSummary:
    """The one meeting `reference` names (an id, a unique id prefix or a symbol)."""
    found = library.find_meetings(reference)
    if not found:
        raise UserError(f"no meeting matches '{reference}' in {library.path} (see rapporteur list)")
    if len(found) > 1:
        ids = ", ".join(m.id for m in found[:5])
        raise UserError(f"'{reference}' matches {len(found)} meetings ({ids}); give more of the id")
    return found[0]


if __name__ == "__main__":
    sys.exit(main())
