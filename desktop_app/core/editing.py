"""Changes to a meeting that keep every reference attached.

Each function edits the meeting in place. Numbers are never touched: they are recomputed
from the new order by `numbering.number_meeting`.
"""

from __future__ import annotations

from desktop_app.core.inline import Inline
from desktop_app.core.model import (
    MAX_AGENDA_DEPTH,
    AgendaItem,
    Footnote,
    Meeting,
    Paragraph,
    SubItem,
)


class EditError(ValueError):
    """A change that the structure of a note does not allow."""


def insert_paragraph(
    meeting: Meeting,
    paragraph: Paragraph,
    agenda_item_id: str | None = None,
    index: int | None = None,
) -> None:
    """Insert into a section (None: the opening section) at index (None: at its end)."""
    paragraphs = meeting.section(agenda_item_id).paragraphs
    paragraphs.insert(len(paragraphs) if index is None else index, paragraph)


def delete_paragraph(meeting: Meeting, paragraph_id: str) -> Paragraph:
    """Remove a paragraph with its footnotes; action items that came from it lose the link."""
    section, index = meeting.find_paragraph(paragraph_id)
    paragraph = section.paragraphs.pop(index)
    for footnote_id in paragraph.footnote_ids():
        meeting.footnotes.pop(footnote_id, None)
    for action in meeting.action_items:
        if action.paragraph_id == paragraph_id:
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


def insert_agenda_item(
    meeting: Meeting, item: AgendaItem, parent_id: str | None = None, index: int | None = None
) -> None:
    if parent_id is None:
        siblings = meeting.agenda
    else:
        parent, grandparent = meeting.find_agenda_item(parent_id)
        if grandparent is not None or item.sub_items:
            raise EditError(f"agenda items nest at most {MAX_AGENDA_DEPTH} levels deep")
        siblings = parent.sub_items
    siblings.insert(len(siblings) if index is None else index, item)


def delete_agenda_item(meeting: Meeting, agenda_item_id: str) -> list[Paragraph]:
    """Remove an agenda item, as the note does when its heading goes: its paragraphs move, in
    order, to the end of the section before it; its sub-items stay, as sub-items of the agenda
    item before it (as agenda items of their own when it was the first). Returns the
    paragraphs that moved."""
    item, parent = meeting.find_agenda_item(agenda_item_id)
    sections = list(meeting.sections())
    position = next(i for i, s in enumerate(sections) if s.id == agenda_item_id)
    kept = list(item.paragraphs)
    sections[position - 1].paragraphs.extend(kept)
    siblings = parent.sub_items if parent else meeting.agenda
    index = siblings.index(item)
    siblings.remove(item)
    if index > 0:
        siblings[index - 1].sub_items.extend(item.sub_items)
    else:
        siblings[0:0] = item.sub_items
    return kept


def move_agenda_item(
    meeting: Meeting, agenda_item_id: str, parent_id: str | None, index: int
) -> None:
    """Move an agenda item (with its paragraphs and sub-items) under a parent, at index."""
    item, old_parent = meeting.find_agenda_item(agenda_item_id)
    if parent_id == agenda_item_id:
        raise EditError("an agenda item cannot be moved under itself")
    if parent_id is not None:
        new_parent, grandparent = meeting.find_agenda_item(parent_id)
        if grandparent is not None or item.sub_items:
            raise EditError(f"agenda items nest at most {MAX_AGENDA_DEPTH} levels deep")
    (old_parent.sub_items if old_parent else meeting.agenda).remove(item)
    siblings = new_parent.sub_items if parent_id is not None else meeting.agenda
    siblings.insert(index, item)


def insert_footnote(
    meeting: Meeting,
    paragraph_id: str,
    offset: int,
    text: Inline,
    sub_item_id: str | None = None,
) -> Footnote:
    """Create a footnote whose marker stands after `offset` characters of the paragraph's
    text (or of one of its sub-items)."""
    section, index = meeting.find_paragraph(paragraph_id)
    paragraph = section.paragraphs[index]
    footnote = Footnote(text)
    if sub_item_id is None:
        paragraph.text = paragraph.text.with_marker_at(offset, footnote.id)
    else:
        holder = _find_sub_item(paragraph, sub_item_id)
        holder.text = holder.text.with_marker_at(offset, footnote.id)
    meeting.footnotes[footnote.id] = footnote
    return footnote


def delete_footnote(meeting: Meeting, footnote_id: str) -> None:
    """Remove a footnote and its marker."""
    meeting.footnotes.pop(footnote_id)
    for paragraph in meeting.paragraphs():
        if footnote_id in paragraph.text.footnote_ids():
            paragraph.text = paragraph.text.without_footnote(footnote_id)
        for sub_item, _ in paragraph.all_sub_items():
            if footnote_id in sub_item.text.footnote_ids():
                sub_item.text = sub_item.text.without_footnote(footnote_id)


def drop_orphan_footnotes(meeting: Meeting) -> list[str]:
    """Delete footnotes whose marker is gone from the text (deleting a marker deletes its
    footnote). Returns their ids."""
    referenced = set(meeting.footnote_order())
    orphans = [fid for fid in meeting.footnotes if fid not in referenced]
    for footnote_id in orphans:
        del meeting.footnotes[footnote_id]
    return orphans


def _find_sub_item(paragraph: Paragraph, sub_item_id: str) -> SubItem:
    for sub_item, _ in paragraph.all_sub_items():
        if sub_item.id == sub_item_id:
            return sub_item
    raise KeyError(f"no sub-item {sub_item_id} in paragraph {paragraph.id}")
