"""Agenda items as the agenda tree changes them: each heading and its section move, appear
or go as one undo step of the note."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from desktop_app.core.ids import new_id
from desktop_app.ui.editor.block_kinds import KIND_PROPERTY, BlockKind, text_format
from desktop_app.ui.editor.note_document import NoteDocument
from desktop_app.ui.views import AgendaEntry

NEW_ITEM_TITLE = "New agenda item"


def section_end(note: NoteDocument, heading: int, with_sub_items: bool = True) -> int:
    """The last block of the section a heading starts (with its sub-items' sections)."""
    blocks = note.structure().blocks
    level_one = blocks[heading].kind is BlockKind.HEADING
    last = heading
    for number in range(heading + 1, len(blocks)):
        kind = blocks[number].kind
        if kind is BlockKind.HEADING or (kind.is_heading and not (level_one and with_sub_items)):
            break
        last = number
    return last


def add_agenda_item(
    note: NoteDocument, parent_id: str | None, after_id: str | None, title: str = NEW_ITEM_TITLE
) -> str:
    """A new heading: after the section of `after_id`, or at the end of its parent's
    section (of the note, for a top-level item). Returns its id."""
    structure = note.structure()
    anchor = after_id or parent_id
    if anchor and anchor in structure.block_numbers:
        before = section_end(note, structure.block_numbers[anchor]) + 1
    else:
        before = len(structure.blocks)
    kind = BlockKind.SUB_HEADING if parent_id else BlockKind.HEADING
    item_id = new_id()
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    previous = note.findBlockByNumber(before - 1)
    cursor.setPosition(previous.position() + previous.length() - 1)
    cursor.insertBlock(note.new_block_format(kind, item_id), text_format(kind, note.defaultFont()))
    cursor.insertText(title)
    cursor.endEditBlock()
    return item_id


def rename_agenda_item(note: NoteDocument, item_id: str, title: str) -> None:
    block = note.block_of(item_id)
    title = " ".join(title.split())
    if not block.isValid() or not title or block.text() == title:
        return
    cursor = QTextCursor(block)
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(title, text_format(BlockKind.HEADING, note.defaultFont()))
    cursor.endEditBlock()


def deletion_outcome(note: NoteDocument, item_id: str) -> str:
    """What deleting an agenda item keeps, and where it goes, in words: as
    `delete_agenda_item` does it. Empty if there is no such item."""
    structure = note.structure()
    agenda = structure.agenda
    position = next((n for n, entry in enumerate(agenda) if entry.id == item_id), None)
    if position is None:
        return ""
    entry = agenda[position]
    number = structure.block_numbers[item_id]
    before = structure.section_at(number - 1)
    if before is None:
        place = "the paragraphs before the first agenda item"
    else:
        place = _quoted(next(e for e in agenda if e.id == before))
    count = entry.paragraph_count
    if count:
        own = f"Its {_counted(count, 'paragraph')} will be kept, at the end of {place}."
    else:
        own = "It has no paragraphs."
    sub_items = []
    if entry.level == 1:
        for following in agenda[position + 1 :]:
            if following.level == 1:
                break
            sub_items.append(following)
    if not sub_items:
        return own
    if not count:
        own = "It has no paragraphs of its own."
    paragraphs = sum(sub_item.paragraph_count for sub_item in sub_items)
    one = len(sub_items) == 1
    theirs = f", with {'its' if one else 'their'} {_counted(paragraphs, 'paragraph')},"
    what = f"Its {_counted(len(sub_items), 'sub-item')}{theirs if paragraphs else ''}"
    parent = next((e for e in reversed(agenda[:position]) if e.level == 1), None)
    if parent is None:
        becomes = "an agenda item" if one else "agenda items"
    else:
        becomes = f"{'a sub-item' if one else 'sub-items'} of {_quoted(parent)}"
    return f"{own}\n{what} will become {becomes}."


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _quoted(entry: AgendaEntry) -> str:
    """As the agenda shows it: “(b) Budget”."""
    title = entry.title or "Untitled"
    return f"“{entry.label} {title}”" if entry.label else f"“{title}”"


def delete_agenda_item(note: NoteDocument, item_id: str) -> None:
    """Remove a heading: its paragraphs join the section before it, and its sub-items the
    agenda item before it (with none before, they become agenda items). `deletion_outcome`
    says so in words."""
    structure = note.structure()
    number = structure.block_numbers.get(item_id)
    if number is None:
        return
    orphans = []
    if structure.agenda[0].id == item_id:  # no agenda item before it to take its sub-items
        blocks = structure.blocks
        end = section_end(note, number)
        orphans = [n for n in range(number + 1, end + 1) if blocks[n].kind.is_heading]
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    for orphan in orphans:
        _make_level_one(note, cursor, note.findBlockByNumber(orphan))
    note.take_blocks(cursor, number, number)
    cursor.endEditBlock()


def _make_level_one(note: NoteDocument, cursor: QTextCursor, block: QTextBlock) -> None:
    note.set_block_kind(cursor, block, BlockKind.HEADING)
    heading_format = text_format(BlockKind.HEADING, note.defaultFont())
    cursor.setPosition(block.position())
    cursor.setBlockCharFormat(heading_format)
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(heading_format)


def move_agenda_item(note: NoteDocument, item_id: str, parent_id: str | None, index: int) -> bool:
    """Move an agenda item, its paragraphs and sub-items, to position `index` among the
    children of `parent_id` (among the top-level items when None)."""
    structure = note.structure()
    number = structure.block_numbers.get(item_id)
    if number is None or item_id == parent_id:
        return False
    level_one = structure.blocks[number].kind is BlockKind.HEADING
    end = section_end(note, number)
    has_sub_items = any(
        structure.blocks[n].kind is BlockKind.SUB_HEADING for n in range(number + 1, end + 1)
    )
    if parent_id is not None and level_one and has_sub_items:
        return False
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    contents = note.take_blocks(cursor, number, end)
    kind = BlockKind.SUB_HEADING if parent_id else BlockKind.HEADING
    heading = contents[0]
    heading.format.setProperty(KIND_PROPERTY, int(kind))
    heading.fragments = [
        (text, text_format(kind, note.defaultFont())) for text, _ in heading.fragments
    ]
    note.put_blocks(cursor, _target(note, parent_id, index), contents)
    cursor.endEditBlock()
    return True


def _target(note: NoteDocument, parent_id: str | None, index: int) -> int:
    """The block number a moved section starts at, counted once it has been taken out."""
    structure = note.structure()
    if parent_id is None:
        siblings = [n for n, b in enumerate(structure.blocks) if b.kind is BlockKind.HEADING]
        if index < len(siblings):
            return siblings[index]
        return len(structure.blocks)
    parent = structure.block_numbers[parent_id]
    end = section_end(note, parent)
    children = [
        n for n in range(parent + 1, end + 1) if structure.blocks[n].kind is BlockKind.SUB_HEADING
    ]
    return children[index] if index < len(children) else end + 1
