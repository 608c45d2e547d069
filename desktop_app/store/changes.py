"""What a save writes: the rows that differ from the last saved state of a meeting.

`between` compares two whole states (any change, structure included). `of_edits` looks only
at the paragraphs and footnotes whose text was edited, for the frequent case where nothing
moved: it costs the size of the edit, not the size of the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.core.model import Footnote, Meeting, Paragraph
from desktop_app.store.rows import COLUMNS, MeetingRows, Row, meeting_row, sub_item_rows

_MARKER = re.compile(r"\[\^([^\]\s\[]+)\]")


@dataclass
class Changes:
    upserts: dict[str, dict[str, Row]] = field(default_factory=lambda: {t: {} for t in COLUMNS})
    deletes: dict[str, list[str]] = field(default_factory=lambda: {t: [] for t in COLUMNS})
    meeting: Row | None = None  # the meeting's row, when it changed

    def count(self) -> int:
        rows = sum(map(len, self.upserts.values())) + sum(map(len, self.deletes.values()))
        return rows + (self.meeting is not None)

    def apply_to(self, saved: MeetingRows) -> None:
        """Bring the last saved state up to date once these changes are written."""
        for table in COLUMNS:
            for row_id in self.deletes[table]:
                saved.tables[table].pop(row_id, None)
            saved.tables[table].update(self.upserts[table])
        if self.meeting is not None:
            saved.meeting = self.meeting


def between(old: MeetingRows, new: MeetingRows) -> Changes:
    changes = Changes(meeting=new.meeting if new.meeting != old.meeting else None)
    for table in COLUMNS:
        before, after = old.tables[table], new.tables[table]
        changes.deletes[table] = [row_id for row_id in before if row_id not in after]
        changes.upserts[table] = {
            row_id: row for row_id, row in after.items() if before.get(row_id) != row
        }
    return changes


def of_edits(
    saved: MeetingRows,
    meeting: Meeting,
    paragraphs: Iterable[Paragraph],
    footnotes: Iterable[Footnote],
) -> Changes | None:
    """The changes made by editing the text of `paragraphs` (their numbering, sub-items and
    the footnotes they call) and of `footnotes`, when nothing has moved since the last save.
    None when that does not hold and the whole meeting must be compared."""
    changes = Changes()
    old_paragraphs = saved.tables["paragraphs"]
    old_footnotes = saved.tables["footnotes"]
    touched_footnotes = {f.id: f for f in footnotes}
    old_sub_items: dict[str, list[str]] | None = None
    for paragraph in paragraphs:
        old = old_paragraphs.get(paragraph.id)
        if old is None:
            return None
        new = (old[0], old[1], old[2], int(paragraph.numbered), paragraph.text.markup)
        if new != old:
            changes.upserts["paragraphs"][paragraph.id] = new
        new_sub_items: dict[str, Row] = {}
        sub_item_rows(paragraph.id, None, paragraph.sub_items, new_sub_items)
        if old_sub_items is None:
            old_sub_items = _sub_items_by_paragraph(saved)
        before = {i: saved.tables["sub_items"][i] for i in old_sub_items.get(paragraph.id, [])}
        changes.deletes["sub_items"] += [i for i in before if i not in new_sub_items]
        changes.upserts["sub_items"].update(
            (i, row) for i, row in new_sub_items.items() if before.get(i) != row
        )
        called_before = set(_MARKER.findall(str(old[4])))
        for old_row in before.values():
            called_before.update(_MARKER.findall(str(old_row[3])))
        for footnote_id in paragraph.footnote_ids():
            if footnote_id in meeting.footnotes:
                touched_footnotes[footnote_id] = meeting.footnotes[footnote_id]
        for footnote_id in called_before - set(paragraph.footnote_ids()):
            if footnote_id not in meeting.footnotes and footnote_id in old_footnotes:
                changes.deletes["footnotes"].append(footnote_id)
    for footnote in touched_footnotes.values():
        row = (meeting.id, footnote.text.markup)
        if old_footnotes.get(footnote.id) != row:
            changes.upserts["footnotes"][footnote.id] = row
    if meeting_row(meeting) != saved.meeting:
        changes.meeting = meeting_row(meeting)
    return changes


def _sub_items_by_paragraph(saved: MeetingRows) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for sub_item_id, row in saved.tables["sub_items"].items():
        index.setdefault(str(row[0]), []).append(sub_item_id)
    return index
