"""rapporteur history, diff and restore: the snapshots of a note, one compared with the note,
and one made the note again (the note as it was kept first as a snapshot)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Run,
    UserError,
    open_library,
    resolve_meeting,
    tell_backup_problem,
)
from desktop_app.cli.parser import MEETING_HELP, Parser
from desktop_app.core.model import Meeting
from desktop_app.core.note_diff import Change, NoteDiff, Piece, PieceKind
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from desktop_app.store.snapshots import EXPORT, Snapshot

if TYPE_CHECKING:
    from desktop_app.cli.parser import Commands

SNAPSHOT_HELP = "a snapshot's id or a unique beginning of it (see rapporteur history)"
_CONTEXT_WORDS = 6  # of unchanged text kept on each side of a change, in a diff's line


def add_parsers(commands: Commands, library: Parser) -> None:
    command = commands.add_parser(
        "history", parents=[library], help="list the snapshots of a meeting's note"
    )
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "diff", parents=[library], help="compare a snapshot with the note, paragraph by paragraph"
    )
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument("snapshot", metavar="SNAPSHOT", help=SNAPSHOT_HELP)
    command.add_argument("--json", action="store_true", help="print one JSON document")
    command = commands.add_parser(
        "restore",
        parents=[library],
        help="make a snapshot the note again (the note now is kept as a snapshot first)",
    )
    command.add_argument("meeting", metavar="MEETING", help=MEETING_HELP)
    command.add_argument("snapshot", metavar="SNAPSHOT", help=SNAPSHOT_HELP)
    command.add_argument("--json", action="store_true", help="print one JSON document")


def run_history(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path, read_only=True) as library:
        meeting = resolve_meeting(library, arguments.meeting)
        snapshots = library.snapshots.listed(meeting.id)
    if arguments.json:
        print(json.dumps([snapshot_json(s) for s in snapshots]))
    elif not snapshots:
        print(f"No snapshots of {meeting.symbol or meeting.id} yet.")
    else:
        for snapshot in snapshots:
            words = _count(snapshot.words_changed, "word")
            print(f"{snapshot.id}  {local_time(snapshot)}  {snapshot.reason:14}  {words} changed")
    return 0


def run_diff(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path, read_only=True) as library:
        meeting = resolve_meeting(library, arguments.meeting)
        snapshot = resolve_snapshot(library, meeting.id, arguments.snapshot)
        diff = library.snapshots.compare(meeting.id, snapshot.id)
    if arguments.json:
        print(json.dumps(diff_json(meeting.id, snapshot, diff), ensure_ascii=False))
        return 0
    changed = diff.changes()
    print(
        f"Snapshot {snapshot.id} ({local_time(snapshot)}, {snapshot.reason}) against the note "
        f"now: {_count(diff.words_changed, 'word')} changed, {_count(len(changed), 'paragraph')}."
    )
    for heading in diff.headings:
        old, new = heading.former_title, heading.title
        what = {"added": f"“{new}” added", "removed": f"“{old}” removed"}
        print("heading " + what.get(heading.kind, f"“{old}” renamed “{new}”"))
    for change in changed:
        kind = "changed, moved" if change.kind is Change.CHANGED and change.moved else change.kind
        line = f"{change.place()}: {kind}, {_count(change.words_changed, 'word')}"
        if change.kind is Change.CHANGED:
            line += ": " + marked_text(change.pieces)
        print(line)
    return 0


def run_restore(arguments: argparse.Namespace, library_path: Path) -> int:
    with open_library(library_path) as library:
        meeting = resolve_meeting(library, arguments.meeting)
        snapshot = resolve_snapshot(library, meeting.id, arguments.snapshot)
        kept, _ = library.snapshots.restore(meeting.id, snapshot.id)
    if arguments.json:
        print(
            json.dumps({"meeting": meeting.id, "restored": snapshot.id, "kept": kept and kept.id})
        )
    else:
        print(f"{meeting.id}: the note is snapshot {snapshot.id} ({local_time(snapshot)}) again.")
        if kept:
            print(f"The note as it was is snapshot {kept.id}.")
    tell_backup_problem(library)
    return 0


def snapshot_after_export(library_path: Path, meeting: Meeting) -> None:
    """An export keeps the note exported as a snapshot; when the library cannot be written
    now (a window holds it), the export is done all the same, and that is said."""
    try:
        with Library.open(library_path) as library:
            library.snapshots.take(meeting, EXPORT)
    except LibraryError as error:
        print(f"rapporteur: no snapshot of this export was kept: {error}", file=sys.stderr)


def resolve_snapshot(library: Library, meeting_id: str, reference: str) -> Snapshot:
    found = library.snapshots.find(meeting_id, reference)
    if not found:
        raise UserError(
            f"meeting {meeting_id} has no snapshot '{reference}' (see rapporteur history)"
        )
    if len(found) > 1:
        ids = ", ".join(s.id for s in found[:5])
        raise UserError(f"'{reference}' matches {len(found)} snapshots ({ids}); give more of it")
    return found[0]


def local_time(snapshot: Snapshot) -> str:
    return snapshot.time.astimezone().strftime("%Y-%m-%d %H:%M")


def snapshot_json(snapshot: Snapshot) -> dict[str, object]:
    return {
        "id": snapshot.id,
        "time": snapshot.time.isoformat(),
        "reason": snapshot.reason,
        "words_changed": snapshot.words_changed,
    }


def diff_json(meeting_id: str, snapshot: Snapshot, diff: NoteDiff) -> dict[str, object]:
    return {
        "meeting": meeting_id,
        "snapshot": snapshot.id,
        "words_changed": diff.words_changed,
        "headings": [
            {
                "id": h.agenda_item_id,
                "kind": "renamed" if h.kind is Change.CHANGED else str(h.kind),
                "title": h.title,
                "former_title": h.former_title,
            }
            for h in diff.headings
        ],
        "paragraphs": [
            {
                "id": c.paragraph_id,
                "kind": str(c.kind),
                "moved": c.moved,
                "number": c.number,
                "former_number": c.former_number,
                "words_changed": c.words_changed,
                "text": [{"kind": str(p.kind), "text": p.text} for p in c.pieces],
            }
            for c in diff.changes()
        ],
    }


def marked_text(pieces: tuple[Piece, ...]) -> str:
    """The changes of a paragraph on one line: [-deleted-] {+inserted+}, a few unchanged
    words around each, line breaks as " / "."""
    out: list[str] = []
    for index, piece in enumerate(pieces):
        text = piece.text.replace("\n", " / ")
        if piece.kind is PieceKind.DELETED:
            out.append(f"[-{text.strip()}-]")
        elif piece.kind is PieceKind.INSERTED:
            out.append(f"{{+{text.strip()}+}}")
        else:
            out.append(_context(text.split(), index > 0, index < len(pieces) - 1))
    return " ".join(part for part in out if part)


def _context(words: list[str], after_change: bool, before_change: bool) -> str:
    keep = _CONTEXT_WORDS
    if after_change and before_change and len(words) > 2 * keep:
        return " ".join([*words[:keep], "…", *words[-keep:]])
    if after_change and not before_change and len(words) > keep:
        return " ".join([*words[:keep], "…"])
    if before_change and not after_change and len(words) > keep:
        return " ".join(["…", *words[-keep:]])
    return " ".join(words)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


COMMANDS: dict[str, Run] = {"history": run_history, "diff": run_diff, "restore": run_restore}
