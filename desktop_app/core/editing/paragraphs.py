"""Paragraphs: a new one where Enter is pressed, moving one with its sub-items, deleting."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.editing.levels import change_level
from desktop_app.core.ids import new_id
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.outline import Kind, OutlineRow, rebuild, rows_of


def insert_paragraph(
    meeting: Meeting,
    paragraph: Paragraph,
    agenda_item_id: str | None = None,
    index: int | None = None,
) -> None:
    """Insert into a section (None: the opening section) at index (None: at its end)."""
    paragraphs = meeting.section(agenda_item_id).paragraphs
    paragraphs.insert(len(paragraphs) if index is None else index, paragraph)


def ensure_a_paragraph(meeting: Meeting, paragraph_id: str | None = None) -> Paragraph | None:
    """A note left with nothing in it gets one empty paragraph in its opening section, where
    typing starts again. Returns it, or None when the note has something."""
    if meeting.opening or meeting.agenda:
        return None
    paragraph = Paragraph(id=paragraph_id or new_id())
    meeting.opening.append(paragraph)
    return paragraph


def delete_paragraph(meeting: Meeting, paragraph_id: str) -> Paragraph:
    """Remove a paragraph with its sub-items and footnotes; action items that came from it
    lose the link."""
    section, index = meeting.find_paragraph(paragraph_id)
    paragraph = section.paragraphs.pop(index)
    for footnote_id in paragraph.footnote_ids():
        meeting.footnotes.pop(footnote_id, None)
    places = {paragraph.id, *(sub_item.id for sub_item, _ in paragraph.all_sub_items())}
    for action in meeting.action_items:
        if action.paragraph_id in places:
            action.paragraph_id = None
    return paragraph


def move_paragraph(
    meeting: Meeting, paragraph_id: str, agenda_item_id: str | None, index: int
) -> None:
    """Move a paragraph to position `index` of a section (positions counted after removal)."""
    target = meeting.section(agenda_item_id).paragraphs
    section, old_index = meeting.find_paragraph(paragraph_id)
    paragraph = section.paragraphs.pop(old_index)
    target.insert(index, paragraph)


def move_paragraph_step(meeting: Meeting, paragraph_id: str, step: int) -> bool:
    """Move a paragraph, with its sub-items, past the paragraph before it (step -1) or after
    it (+1); at the edge of its section, past the heading into the section before or after.
    Returns False when it is already first or last in the note."""
    sections = list(meeting.sections())
    section, index = meeting.find_paragraph(paragraph_id)
    position = next(n for n, s in enumerate(sections) if s.id == section.id)
    paragraphs = section.paragraphs
    if step < 0:
        if index > 0:
            paragraphs[index - 1], paragraphs[index] = paragraphs[index], paragraphs[index - 1]
        elif position > 0:
            sections[position - 1].paragraphs.append(paragraphs.pop(0))
        else:
            return False
    elif index < len(paragraphs) - 1:
        paragraphs[index], paragraphs[index + 1] = paragraphs[index + 1], paragraphs[index]
    elif position < len(sections) - 1:
        sections[position + 1].paragraphs.insert(0, paragraphs.pop())
    else:
        return False
    return True


def kind_after(kind: Kind) -> Kind:
    """What the row that Enter starts after a row of this kind is: after a heading or an
    unnumbered paragraph, a numbered paragraph; else one of the same kind."""
    return Kind.PARAGRAPH if kind.is_heading or kind is Kind.UNNUMBERED else kind


def kind_above(kind: Kind) -> Kind:
    """What the empty row that Enter opens above a row of this kind is."""
    return Kind.PARAGRAPH if kind.is_heading else kind


def split_at(meeting: Meeting, place_id: str, position: int, new_row_id: str | None = None) -> str:
    """Enter at `position` of a heading, paragraph or sub-item (each footnote marker counting
    as one character): what follows goes to a new row after it, of `kind_after` its kind,
    with the sub-items that followed; at the start of a row with text, an empty row opens
    above it instead, and on an empty sub-item, Enter brings it back one level. Returns the
    id of the row the cursor goes to."""
    rows = rows_of(meeting)
    index = next(n for n, row in enumerate(rows) if row.id == place_id)
    row = rows[index]
    new_row_id = new_row_id or new_id()
    if row.kind.is_sub_item and not row.text:
        change_level(meeting, place_id, place_id, deeper=False)
        return place_id
    has_text = bool(row.title if row.kind.is_heading else row.text)
    if position == 0 and has_text:
        rows.insert(index, OutlineRow(kind_above(row.kind), new_row_id))
        rebuild(meeting, rows)
        return place_id
    if row.kind.is_heading:
        head, tail = row.title[:position].strip(), Inline.plain(row.title[position:])
        rows[index] = replace(row, title=head)
    else:
        text_head, tail = row.text.split(position)
        rows[index] = replace(row, text=text_head)
    rows.insert(index + 1, OutlineRow(kind_after(row.kind), new_row_id, tail))
    rebuild(meeting, rows)
    return new_row_id
