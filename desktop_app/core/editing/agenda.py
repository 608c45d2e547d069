"""Agenda items: adding, renaming, moving and deleting a heading with its section."""

from __future__ import annotations

from desktop_app.core.editing.errors import EditError
from desktop_app.core.model import AgendaItem, Meeting, Paragraph

NEW_ITEM_TITLE = "New agenda item"
TOO_DEEP = "Agenda items go two levels deep."


def _children(meeting: Meeting, parent_id: str | None, item: AgendaItem | None) -> list[AgendaItem]:
    """The items under a parent (the agenda itself when None), where `item` may go."""
    if parent_id is None:
        return meeting.agenda
    parent, grandparent = meeting.find_agenda_item(parent_id)
    if grandparent is not None or (item is not None and item.sub_items):
        raise EditError(TOO_DEEP)
    return parent.sub_items


def insert_agenda_item(
    meeting: Meeting, item: AgendaItem, parent_id: str | None = None, index: int | None = None
) -> None:
    siblings = _children(meeting, parent_id, item)
    siblings.insert(len(siblings) if index is None else index, item)


def add_agenda_item(
    meeting: Meeting, parent_id: str | None, after_id: str | None, title: str = NEW_ITEM_TITLE
) -> AgendaItem:
    """A new, empty agenda item under a parent (None: in the agenda itself): right after
    `after_id` and its section when that is one of the parent's items, else last."""
    siblings = _children(meeting, parent_id, None)
    ids = [sibling.id for sibling in siblings]
    index = ids.index(after_id) + 1 if after_id in ids else len(siblings)
    item = AgendaItem(title)
    siblings.insert(index, item)
    return item


def rename_agenda_item(meeting: Meeting, agenda_item_id: str, title: str) -> bool:
    """Give an agenda item a new title, its spaces tidied; an empty title changes nothing.
    Returns whether the title changed."""
    item, _ = meeting.find_agenda_item(agenda_item_id)
    title = " ".join(title.split())
    if not title or title == item.title:
        return False
    item.title = title
    return True


def move_agenda_item(
    meeting: Meeting, agenda_item_id: str, parent_id: str | None, index: int
) -> None:
    """Move an agenda item (with its paragraphs and sub-items) under a parent, at index
    among the parent's items once it has been taken out."""
    item, old_parent = meeting.find_agenda_item(agenda_item_id)
    if parent_id == agenda_item_id:
        raise EditError("An agenda item cannot be moved under itself.")
    siblings = _children(meeting, parent_id, item)
    (old_parent.sub_items if old_parent else meeting.agenda).remove(item)
    siblings.insert(max(0, min(index, len(siblings))), item)


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


def deletion_outcome(meeting: Meeting, agenda_item_id: str) -> str:
    """What deleting an agenda item keeps, and where it goes, in words: as
    `delete_agenda_item` does it."""
    item, _ = meeting.find_agenda_item(agenda_item_id)
    sections = list(meeting.sections())
    position = next(i for i, s in enumerate(sections) if s.id == agenda_item_id)
    before = sections[position - 1].agenda_item
    place = "the paragraphs before the first agenda item" if before is None else _quoted(before)
    count = len(item.paragraphs)
    if count:
        own = f"Its {_counted(count, 'paragraph')} will be kept, at the end of {place}."
    else:
        own = "It has no paragraphs."
    if not item.sub_items:
        return own
    if not count:
        own = "It has no paragraphs of its own."
    paragraphs = sum(len(sub_item.paragraphs) for sub_item in item.sub_items)
    one = len(item.sub_items) == 1
    theirs = f", with {'its' if one else 'their'} {_counted(paragraphs, 'paragraph')},"
    what = f"Its {_counted(len(item.sub_items), 'sub-item')}{theirs if paragraphs else ''}"
    index = meeting.agenda.index(item)
    if index == 0:
        becomes = "an agenda item" if one else "agenda items"
    else:
        becomes = f"{'a sub-item' if one else 'sub-items'} of {_quoted(meeting.agenda[index - 1])}"
    return f"{own}\n{what} will become {becomes}."


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _quoted(item: AgendaItem) -> str:
    """As the agenda shows it: “(b) Budget”."""
    title = item.title or "Untitled"
    return f"“{item.label} {title}”" if item.label else f"“{title}”"
