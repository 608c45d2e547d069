"""Meetings and file helpers shared by the store tests."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.store.library import Library

TABLES = ("meetings", "agenda_items", "paragraphs", "sub_items", "footnotes", "action_items")


def every_entity_meeting() -> Meeting:
    """A French meeting holding one of everything a note can hold."""
    emphasised_note = Footnote(
        Inline(
            [
                Run("Voir le "),
                Run("rapport annuel", emphasis=True),
                Run(" et l'"),
                Run("annexe II", strong=True),
                Run(", "),
                Run("pages 4 à 9", emphasis=True, strong=True),
                Run("."),
            ]
        )
    )
    sub_item_note = Footnote(Inline.plain("Précision apportée par le Secrétariat."))
    opening_first = Paragraph(
        Inline(
            [
                Run("La séance est ouverte par la "),
                Run("Présidente", emphasis=True),
                Run(" qui rappelle l'ordre du jour."),
                FootnoteMarker(emphasised_note.id),
            ]
        )
    )
    opening_quote = Paragraph(
        Inline.plain("« Nous sommes réunis pour la dernière fois cette année. »"), numbered=False
    )
    with_sub_items = Paragraph(
        Inline.plain("Le Comité a examiné les points suivants :"),
        sub_items=[
            SubItem(Inline.plain("le budget de fonctionnement ;")),
            SubItem(
                Inline.plain("les ressources humaines, notamment :"),
                sub_items=[
                    SubItem(Inline.plain("le recrutement des stagiaires ;")),
                    SubItem(
                        Inline(
                            [
                                Run("la mobilité interne du personnel"),
                                FootnoteMarker(sub_item_note.id),
                            ]
                        )
                    ),
                ],
            ),
            SubItem(Inline.plain("les questions diverses.")),
        ],
    )
    etat = AgendaItem(
        title="État des lieux des travaux",
        label="1.",
        paragraphs=[
            with_sub_items,
            Paragraph(Inline([Run("Le rapport est "), Run("adopté", strong=True), Run(".")])),
        ],
        sub_items=[
            AgendaItem(
                title="Calendrier des réunions",
                label="(a)",
                paragraphs=[Paragraph(Inline.plain("La prochaine réunion aura lieu en octobre."))],
            ),
            AgendaItem(
                title="Méthodes de travail",
                label="(b)",
                paragraphs=[Paragraph(Inline.plain("Les délégations proposent une synthèse."))],
            ),
        ],
    )
    diverses = AgendaItem(
        title="Questions diverses",
        label="2.",
        paragraphs=[
            Paragraph(Inline.plain("Aucune autre question n'est soulevée.")),
            Paragraph(Inline.plain("La séance est levée à 17 heures."), numbered=False),
        ],
    )
    return Meeting(
        body="Comité permanent des programmes et des finances",
        title="Note de la Présidente sur la réunion du 14 mars 2024",
        date=dt.date(2024, 3, 14),
        symbol="CPPF/2024/3",
        place="Genève",
        language="fr",
        status=MeetingStatus.FINAL,
        background_documents=["Rapport annuel (CPPF/2024/1)", "Note « budget » (CPPF/2024/2)"],
        opening=[opening_first, opening_quote],
        agenda=[etat, diverses],
        footnotes={emphasised_note.id: emphasised_note, sub_item_note.id: sub_item_note},
        action_items=[
            ActionItem(
                what="Diffuser le calendrier des réunions",
                owner="Secrétariat",
                due="2024-04-30",
                status=ActionStatus.OPEN,
                paragraph_id=etat.sub_items[0].paragraphs[0].id,
            ),
            ActionItem(
                what="Préparer une synthèse des méthodes de travail",
                owner="Présidente",
                due="prochaine réunion",
                status=ActionStatus.DONE,
                paragraph_id=etat.sub_items[1].paragraphs[0].id,
            ),
            ActionItem(
                what="Étudier la mobilité du personnel",
                owner="Administration",
                status=ActionStatus.DROPPED,
                paragraph_id=with_sub_items.id,
            ),
            ActionItem(what="Rédiger la note", owner="Présidente"),
        ],
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to a file, closed afterwards."""
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def table_snapshot(path: Path) -> dict[str, dict[int, tuple[object, ...]]]:
    """Every row of every table, by rowid, read through a connection of its own."""
    with raw(path) as connection:
        return {
            table: {r[0]: tuple(r[1:]) for r in connection.execute(f"SELECT rowid, * FROM {table}")}
            for table in TABLES
        }


def stored(path: Path, meeting_id: str) -> Meeting:
    """The meeting as a fresh Library reads it from the file."""
    with Library.open(path, read_only=True) as library:
        return library.load_meeting(meeting_id)


def clone(meeting: Meeting) -> Meeting:
    return copy.deepcopy(meeting)


def header_fields(path: Path) -> tuple[int, int]:
    """(user_version, application_id) read from the file's first 100 bytes."""
    header = path.read_bytes()[:100]
    return int.from_bytes(header[60:64], "big"), int.from_bytes(header[68:72], "big")


SIDE_FILES = ("", "-wal", "-shm")


def side_files(path: Path) -> dict[str, str | None]:
    """The sha256 of the main file, its -wal and its -shm (None for a missing one)."""
    found = {}
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        found[suffix or "main"] = sha256(side) if side.exists() else None
    return found


def killed_writer(path: Path, *statements: str, journal_wal: bool = False) -> None:
    """Commit `statements` to the file at `path` in a process of its own that never
    checkpoints, then kill it (SIGKILL): the changes are left in the -wal beside the file,
    as after a crash. `journal_wal` first puts a new file in WAL mode."""
    setup = ["PRAGMA journal_mode = WAL"] if journal_wal else []
    script = (
        "import sqlite3, sys, time\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"for sql in {setup!r}: connection.execute(sql)\n"
        "connection.execute('BEGIN')\n"
        f"for sql in {list(statements)!r}: connection.execute(sql)\n"
        "connection.execute('COMMIT')\n"
        "print('committed', flush=True)\n"
        "time.sleep(120)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.kill()  # SIGKILL: no chance to checkpoint or clean up
        child.wait()
    assert path.with_name(path.name + "-wal").stat().st_size > 0
