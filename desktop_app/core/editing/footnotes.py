"""Footnotes: a marker in a paragraph or sub-item, and its text."""

from __future__ import annotations

from desktop_app.core.inline import FootnoteMarker, Inline
from desktop_app.core.model import Footnote, Meeting, Paragraph, SubItem


def insert_footnote(
    meeting: Meeting,
    paragraph_id: str,
    position: int,
    text: Inline,
    sub_item_id: str | None = None,
    footnote_id: str | None = None,
) -> Footnote:
    """Create a footnote whose marker stands at `position` of the paragraph's text (or of
    one of its sub-items), counted as the note shows it: each marker is one character."""
    section, index = meeting.find_paragraph(paragraph_id)
    paragraph = section.paragraphs[index]
    footnote = Footnote(text) if footnote_id is None else Footnote(text, footnote_id)
    holder: Paragraph | SubItem = paragraph
    if sub_item_id is not None:
        holder = find_sub_item(paragraph, sub_item_id)
    head, tail = holder.text.split(position)
    holder.text = head + Inline([FootnoteMarker(footnote.id)]) + tail
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


def find_sub_item(paragraph: Paragraph, sub_item_id: str) -> SubItem:
    for sub_item, _ in paragraph.all_sub_items():
        if sub_item.id == sub_item_id:
            return sub_item
    raise KeyError(f"no sub-item {sub_item_id} in paragraph {paragraph.id}")
