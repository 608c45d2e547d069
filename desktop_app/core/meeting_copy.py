"""A copy of a meeting (Duplicate, in the library): the same note with ids of its own
everywhere, its footnote markers and action items pointing at the copy's own footnotes and
paragraphs, a draft with no document symbol (a symbol names one issued document)."""

from __future__ import annotations

import copy
import dataclasses

from desktop_app.core.ids import new_id
from desktop_app.core.inline import FootnoteMarker, Inline
from desktop_app.core.model import Meeting, MeetingStatus, Paragraph, SubItem

COPY_SUFFIX = " (copy)"


def copy_of_meeting(meeting: Meeting) -> Meeting:
    """The copy, titled "… (copy)"; the original is left as it is. Its action items continue
    nothing: marking one done closes it in the copy only."""
    duplicate = copy.deepcopy(meeting)
    duplicate.id = new_id()
    duplicate.title = (meeting.title or "Untitled meeting") + COPY_SUFFIX
    duplicate.symbol = ""
    duplicate.status = MeetingStatus.DRAFT
    footnote_ids = {old: new_id() for old in meeting.footnotes}
    duplicate.footnotes = {
        footnote_ids[old]: dataclasses.replace(footnote, id=footnote_ids[old])
        for old, footnote in duplicate.footnotes.items()
    }
    paragraph_ids: dict[str, str] = {}
    for item, _parent in duplicate.agenda_items():
        item.id = new_id()
    for paragraph in duplicate.paragraphs():
        _renew_paragraph(paragraph, paragraph_ids, footnote_ids)
    for action in duplicate.action_items:
        action.id = new_id()
        action.continues_id = None
        if action.paragraph_id is not None:
            action.paragraph_id = paragraph_ids.get(action.paragraph_id)
    return duplicate


def _renew_paragraph(
    paragraph: Paragraph, paragraph_ids: dict[str, str], footnote_ids: dict[str, str]
) -> None:
    """New ids for a paragraph and its sub-items (the old ids noted, for the action items
    that point at them), its markers pointing at the copy's footnotes."""
    paragraph_ids[paragraph.id] = paragraph.id = new_id()
    paragraph.text = _with_footnotes(paragraph.text, footnote_ids)
    for sub_item, _depth in paragraph.all_sub_items():
        _renew_sub_item(sub_item, paragraph_ids, footnote_ids)


def _renew_sub_item(
    sub_item: SubItem, paragraph_ids: dict[str, str], footnote_ids: dict[str, str]
) -> None:
    paragraph_ids[sub_item.id] = sub_item.id = new_id()
    sub_item.text = _with_footnotes(sub_item.text, footnote_ids)


def _with_footnotes(text: Inline, footnote_ids: dict[str, str]) -> Inline:
    return Inline(
        FootnoteMarker(footnote_ids.get(span.footnote_id, span.footnote_id))
        if isinstance(span, FootnoteMarker)
        else span
        for span in text.spans
    )
