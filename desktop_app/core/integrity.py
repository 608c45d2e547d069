"""Checks that a meeting's references hold: the invariants every part relies on."""

from __future__ import annotations

from collections import Counter

from desktop_app.core.model import Meeting, Paragraph, SubItem


def problems(meeting: Meeting) -> list[str]:
    """Plain descriptions of every broken reference; an empty list when all is well."""
    found: list[str] = []
    uses = Counter(fid for p in meeting.paragraphs() for fid in p.footnote_ids())
    for footnote_id, count in uses.items():
        if footnote_id not in meeting.footnotes:
            found.append(f"a footnote marker points at a missing footnote ({footnote_id})")
        elif count > 1:
            found.append(f"footnote {footnote_id} is referenced {count} times, not once")
    for footnote_id in meeting.footnotes:
        if footnote_id not in uses:
            found.append(f"footnote {footnote_id} is not referenced from the text")
    paragraph_ids = {p.id for p in meeting.paragraphs()}
    paragraph_ids |= {s.id for p in meeting.paragraphs() for s in _sub_items(p)}
    for action in meeting.action_items:
        if action.paragraph_id is not None and action.paragraph_id not in paragraph_ids:
            found.append(f"action item {action.id} comes from a missing paragraph")
        if action.continues_id == action.id:
            found.append(f"action item {action.id} continues itself")
    for item, _ in meeting.agenda_items():
        for inner_item in item.sub_items:
            if inner_item.sub_items:
                found.append(f"agenda item {inner_item.id} is nested more than two levels deep")
    for paragraph in meeting.paragraphs():
        for sub_item in paragraph.sub_items:
            for inner in sub_item.sub_items:
                if inner.sub_items:
                    found.append(f"paragraph {paragraph.id} has sub-items three levels deep")
    return found


def _sub_items(paragraph: Paragraph) -> list[SubItem]:
    return [sub_item for sub_item, _ in paragraph.all_sub_items()]
