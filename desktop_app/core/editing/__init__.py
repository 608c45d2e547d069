"""What each edit of a note's structure does to a meeting: the one definition of it.

Every function changes the meeting in place and keeps every reference attached (footnote
markers, action items, sections). The window's editor carries these edits out on its
document; numbers are never touched, only recomputed from the new order.
"""

from desktop_app.core.editing.agenda import (
    NEW_ITEM_TITLE,
    add_agenda_item,
    delete_agenda_item,
    deletion_outcome,
    insert_agenda_item,
    move_agenda_item,
    rename_agenda_item,
)
from desktop_app.core.editing.errors import EditError
from desktop_app.core.editing.footnotes import (
    delete_footnote,
    drop_orphan_footnotes,
    insert_footnote,
)
from desktop_app.core.editing.levels import change_level, levels_after
from desktop_app.core.editing.paragraphs import (
    delete_paragraph,
    ensure_a_paragraph,
    insert_paragraph,
    kind_above,
    kind_after,
    move_paragraph,
    move_paragraph_step,
    split_at,
)

__all__ = [
    "NEW_ITEM_TITLE",
    "EditError",
    "add_agenda_item",
    "change_level",
    "delete_agenda_item",
    "delete_footnote",
    "delete_paragraph",
    "deletion_outcome",
    "drop_orphan_footnotes",
    "ensure_a_paragraph",
    "insert_agenda_item",
    "insert_footnote",
    "insert_paragraph",
    "kind_above",
    "kind_after",
    "levels_after",
    "move_agenda_item",
    "move_paragraph",
    "move_paragraph_step",
    "rename_agenda_item",
    "split_at",
]
