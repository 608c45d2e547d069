"""Foundation benchmarks: import, export and saving one edited paragraph of a 5,000-paragraph
note with 500 footnotes, each beside raw sqlite3 doing the same inserts, reads or update."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.core.inline import Inline
from desktop_app.formats.atomic_file import write_text_atomically
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.store.library import Library
from desktop_app.store.rows import COLUMNS, MEETING_COLUMNS, rows_of
from desktop_app.store.schema import SEARCH_TEXT_FUNCTION, search_text
from tests.perf.timing import Figure, median_seconds, print_table, scratch_folder
from tests.support.notes import generated_meeting

PARAGRAPHS = 5000
FOOTNOTES = 500
SAVE_GOAL_SECONDS = 0.005


def run() -> list[Figure]:
    with scratch_folder("foundation") as folder:
        return _run(folder)


def _run(folder: Path) -> list[Figure]:
    meeting = generated_meeting(PARAGRAPHS, FOOTNOTES, seed=5)
    markdown = meeting_to_markdown(meeting)
    source = folder / "note.md"
    source.write_text(markdown, encoding="utf-8")
    empty = folder / "empty.rapporteur"
    Library.open(empty).close()
    counter = iter(range(1_000_000))

    def fresh_copy() -> Path:
        path = folder / f"library-{next(counter)}.rapporteur"
        shutil.copy(empty, path)
        return path

    # Import: read the Markdown file and write the meeting, as `rapporteur import` does.
    targets: list[Path] = []

    def import_note() -> None:
        with Library.open(targets[-1]) as library:
            library.add_meeting(read_markdown(source.read_text(encoding="utf-8")))

    imported = median_seconds(import_note, setup=lambda: targets.append(fresh_copy()))
    rows = rows_of(read_markdown(markdown))

    def raw_inserts() -> None:
        connection = raw_connection(targets[-1])
        connection.execute("PRAGMA synchronous = NORMAL")
        with connection:
            columns = ", ".join(MEETING_COLUMNS)
            connection.execute(
                f"INSERT INTO meetings (id, {columns}, created, modified) "
                f"VALUES ('m', {', '.join('?' * len(MEETING_COLUMNS))}, 'now', 'now')",
                rows.meeting,
            )
            for table, names in COLUMNS.items():
                marks = ", ".join("?" for _ in names)
                connection.executemany(
                    f"INSERT INTO {table} (id, {', '.join(names)}) VALUES (?, {marks})",
                    [(i, *_with_meeting(row, "m", table)) for i, row in rows.tables[table].items()],
                )
        connection.close()

    raw_import = median_seconds(raw_inserts, setup=lambda: targets.append(fresh_copy()))

    # Export: read the meeting from the library and write the Markdown file.
    library_path = targets[0]
    with Library.open(library_path, read_only=True) as library:
        meeting_id = library.meetings()[0].id
    output = folder / "out.md"

    def export_note() -> None:
        with Library.open(library_path, read_only=True) as library:
            write_text_atomically(output, meeting_to_markdown(library.load_meeting(meeting_id)))

    exported = median_seconds(export_note)
    assert output.read_text(encoding="utf-8") == markdown

    def raw_export() -> None:
        connection = sqlite3.connect(library_path)
        lines = []
        for table, names in COLUMNS.items():
            for row in connection.execute(f"SELECT id, {', '.join(names)} FROM {table}"):
                lines.append(" ".join(str(value) for value in row))
        (folder / "raw.txt").write_text("\n".join(lines), encoding="utf-8")
        connection.close()

    raw_read = median_seconds(raw_export)

    # Saving one edited paragraph: the meeting is open, paragraph 2,500 changes, save.
    library = Library.open(library_path)
    loaded = library.load_meeting(meeting_id)
    target = list(loaded.paragraphs())[PARAGRAPHS // 2]
    edits = iter(range(1_000_000))

    def save_edit() -> None:
        target.text = Inline.plain(f"Edited text number {next(edits)} of the paragraph.")
        written = library.save_edits(loaded, [target])
        assert written == 2, written  # the paragraph and the meeting's modified stamp

    saved = median_seconds(save_edit, repeat=31)

    # A structural change (a paragraph moved) is saved by comparing the whole meeting.
    opening = loaded.opening

    def save_move() -> None:
        opening.append(opening.pop(0))
        written = library.save_meeting(loaded)
        assert written >= 2, written

    moved = median_seconds(save_move, repeat=11)
    library.close()

    connection = raw_connection(library_path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")

    def raw_update() -> None:
        with connection:
            connection.execute(
                "UPDATE paragraphs SET text = ? WHERE id = ?",
                (f"Edited text number {next(edits)} of the paragraph.", target.id),
            )

    raw_save = median_seconds(raw_update, repeat=31)

    def raw_move() -> None:
        with connection:
            connection.execute(
                "UPDATE paragraphs SET position = position - 1 WHERE meeting_id = ? "
                "AND agenda_item_id IS NULL",
                (meeting_id,),
            )
            connection.execute(
                "UPDATE paragraphs SET position = ? WHERE id = ?", (len(opening) - 1, target.id)
            )

    raw_moved = median_seconds(raw_move, repeat=11)
    connection.close()

    met = "met" if saved < SAVE_GOAL_SECONDS else "NOT MET"
    figures = [
        Figure(
            "import (Markdown → library)", imported, raw_import, "raw sqlite3 inserts, same schema"
        ),
        Figure("export (library → Markdown)", exported, raw_read, "raw sqlite3 select + write"),
        Figure(
            "save one edited paragraph",
            saved,
            raw_save,
            "raw sqlite3 update",
            f"goal < {SAVE_GOAL_SECONDS * 1000:.0f} ms: {met}",
        ),
        Figure("save a moved paragraph", moved, raw_moved, "raw sqlite3 position updates"),
    ]
    size = len(markdown.encode()) / 2**20
    print_table(
        f"Foundation: a note of {PARAGRAPHS:,} paragraphs and {FOOTNOTES} footnotes "
        f"({size:.1f} MB of Markdown), median times",
        figures,
    )
    return figures


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, with the one function the library's search triggers call
    (the same index is kept in step, so the same work is done)."""
    connection = sqlite3.connect(path)
    connection.create_function(SEARCH_TEXT_FUNCTION, 1, search_text, deterministic=True)
    return connection


def _with_meeting(row: tuple, meeting_id: str, table: str) -> tuple:
    """The row with its meeting id replaced (the raw reference inserts meeting 'm')."""
    if COLUMNS[table][0] == "meeting_id":
        return (meeting_id, *row[1:])
    return row


if __name__ == "__main__":
    run()
