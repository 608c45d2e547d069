"""What the commands share: one-line user errors, opening the library with its notices
printed, finding the meeting a reference names, and reporting as the work goes on."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.model import Meeting
from desktop_app.store.library import Library
from desktop_app.store.meeting_list import MeetingSummary

Run = Callable[[argparse.Namespace, Path], int]


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def open_library(library_path: Path, read_only: bool = False) -> Library:
    """The library, its notices (a -wal set aside, for one) printed to standard error."""
    library = Library.open(library_path, read_only=read_only)
    print_notices(library)
    return library


def print_notices(library: Library) -> None:
    for notice in library.notices:
        print(f"rapporteur: {notice}", file=sys.stderr)


def tell_backup_problem(library: Library) -> None:
    """A backup that failed is said once, on stderr; the command itself has done its work."""
    problem = library.backups.take_problem()
    if problem:
        print(f"rapporteur: {problem}", file=sys.stderr)


def load_meeting(library: Library, reference: str) -> Meeting:
    return library.load_meeting(resolve_meeting(library, reference).id)


def resolve_meeting(library: Library, reference: str) -> MeetingSummary:
    """The one meeting `reference` names (an id, a unique id prefix or a symbol)."""
    found = library.find_meetings(reference)
    if not found:
        if library.trash.find(reference):
            raise UserError(
                f"'{reference}' is in the trash; rapporteur undelete {reference} brings it back"
            )
        raise UserError(f"no meeting matches '{reference}' in {library.path} (see rapporteur list)")
    if len(found) > 1:
        ids = ", ".join(m.id for m in found[:5])
        raise UserError(f"'{reference}' matches {len(found)} meetings ({ids}); give more of the id")
    return found[0]


def report(line: str) -> None:
    """Print a line about work under way; if no one reads any more, the work goes on."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        discard_output()


def discard_output() -> None:
    """Send what is still to be written to standard output nowhere, so that neither the
    rest of the command nor Python's last flush at exit fails on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # standard output is not a file (a test's capture): nothing will be flushed
