"""Structural edits carried out on the note's document.

`core.editing` defines what each edit does to a meeting; here the document is made to show
the result, as one undo step: the note is read as a meeting, the edit changes the meeting,
and only the run of blocks that differs from what the document holds is written again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtGui import QTextCursor

from desktop_app.core import editing
from desktop_app.core.inline import Inline
from desktop_app.core.model import Footnote, Meeting
from desktop_app.core.outline import Kind, OutlineRow, rows_of
from desktop_app.ui.editor.inline_text import insert_inline
from desktop_app.ui.editor.note_document import NoteDocument

T = TypeVar("T")
# What a block shows: kind, id, title or text, agenda label, the texts of its footnotes.
_Key = tuple[Kind, str, Inline | str, str, tuple[Inline, ...]]


def carry_out(note: NoteDocument, edit: Callable[[Meeting], T]) -> T:
    """Apply `edit` (a function of `core.editing`, or several) to the note as a meeting, and
    show its result in the document as one undo step. Returns what `edit` returns; an
    `EditError` it raises leaves the note as it was."""
    note.settle_ids()
    meeting = note.to_meeting(Meeting())
    places = note.structure().rows  # one row of the meeting per block, in order
    before = [
        _key(row, place.stored_kind, meeting.footnotes)
        for row, place in zip(rows_of(meeting), places, strict=True)
    ]
    result = edit(meeting)
    editing.ensure_a_paragraph(meeting)
    _show(note, before, rows_of(meeting), meeting.footnotes)
    return result


def set_kinds(note: NoteDocument, kinds: Sequence[Kind]) -> None:
    """Give every block the kind it has in `kinds`, as one undo step (Tab, Shift+Tab)."""
    changes = [
        (number, kind)
        for number, (place, kind) in enumerate(zip(note.structure().rows, kinds, strict=True))
        if kind != place.stored_kind
    ]
    if not changes:
        return
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    for number, kind in changes:
        note.set_block_kind(cursor, note.findBlockByNumber(number), kind)
    cursor.endEditBlock()


def _key(row: OutlineRow, kind: Kind, footnotes: Mapping[str, Footnote]) -> _Key:
    texts = tuple(footnotes[f].text for f in row.footnote_ids if f in footnotes)
    return (kind, row.id, row.title if kind.is_heading else row.text, row.label, texts)


def _show(
    note: NoteDocument,
    before: list[_Key],
    after_rows: list[OutlineRow],
    footnotes: Mapping[str, Footnote],
) -> None:
    """Write again the blocks between the longest unchanged start and end of the note."""
    after = [_key(row, row.kind, footnotes) for row in after_rows]
    shorter = min(len(before), len(after))
    start = 0
    while start < shorter and before[start] == after[start]:
        start += 1
    end = 0  # blocks unchanged at the end
    while end < shorter - start and before[-1 - end] == after[-1 - end]:
        end += 1
    first, last, rows = start, len(before) - end - 1, after_rows[start : len(after) - end]
    if last < first and not rows:
        return
    if last < first or not rows:  # only an insertion or only a deletion: take in a neighbour
        if start > 0:
            first, rows = first - 1, after_rows[start - 1 : len(after) - end]
        else:
            last, rows = last + 1, after_rows[start : len(after) - end + 1]
    texts = {footnote_id: footnote.text for footnote_id, footnote in footnotes.items()}
    _replace(note, first, last, rows, texts)


def _replace(
    note: NoteDocument, first: int, last: int, rows: list[OutlineRow], texts: dict[str, Inline]
) -> None:
    """Put `rows` in the place of blocks `first`…`last`, as one undo step."""
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    start, end = note.findBlockByNumber(first), note.findBlockByNumber(last)
    cursor.setPosition(start.position())
    cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    for index, row in enumerate(rows):
        block_format = note.new_block_format(row.kind, row.id, row.label)
        text_format = note.text_format(row.kind)
        if index:
            cursor.insertBlock(block_format, text_format)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(text_format)
        if row.kind.is_heading:
            cursor.insertText(row.title, text_format)
        else:
            insert_inline(cursor, row.text, texts, text_format)
    cursor.endEditBlock()
