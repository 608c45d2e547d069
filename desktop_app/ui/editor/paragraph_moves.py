"""Changes to the note's structure made from the keyboard: moving a paragraph with its
sub-items, changing a block's level, and lifting a selection out for the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.clipboard import PastedBlock
from desktop_app.ui.editor.inline_text import read_inline
from desktop_app.ui.editor.note_document import NoteDocument

TWO_LEVELS = "Sub-items go two levels deep: (a), then (i)."


def paragraph_span(note: NoteDocument, number: int) -> tuple[int, int]:
    """The first and last block of the paragraph holding block `number`, sub-items and all."""
    blocks = note.structure().blocks
    first = number
    while first > 0 and blocks[first].kind.is_sub_item:
        first -= 1
    last = number
    while last + 1 < len(blocks) and blocks[last + 1].kind.is_sub_item:
        last += 1
    return first, last


def move_paragraph(note: NoteDocument, number: int, step: int) -> int | None:
    """Move the paragraph holding block `number` past the paragraph (or heading) before or
    after it; returns the block's new number, or None if it cannot move."""
    blocks = note.structure().blocks
    if blocks[number].kind.is_heading:
        return None
    first, last = paragraph_span(note, number)
    if step < 0:
        if first == 0:
            return None
        before = first - 1
        target = before if blocks[before].kind.is_heading else paragraph_span(note, before)[0]
    else:
        if last + 1 >= len(blocks):
            return None
        after = last + 1
        end = after if blocks[after].kind.is_heading else paragraph_span(note, after)[1]
        target = end - (last - first + 1) + 1
    cursor = QTextCursor(note)
    cursor.beginEditBlock()
    contents = note.take_blocks(cursor, first, last)
    note.put_blocks(cursor, target, contents)
    cursor.endEditBlock()
    return target + number - first


def change_level(note: NoteDocument, cursor: QTextCursor, deeper: bool) -> str | None:
    """Tab / Shift+Tab on the blocks of the selection; a message when it cannot be done."""
    blocks = note.structure().blocks
    start = note.findBlock(cursor.selectionStart()).blockNumber()
    end = note.findBlock(cursor.selectionEnd()).blockNumber()
    kinds = [info.kind for info in blocks]
    for number in range(start, end + 1):
        problem = (_deeper if deeper else _shallower)(kinds, number)
        if problem:
            return problem
    changes = [(n, kinds[n]) for n in range(len(blocks)) if kinds[n] != blocks[n].kind]
    if not changes:
        return None
    edit = QTextCursor(note)
    edit.beginEditBlock()
    for number, kind in changes:
        note.set_block_kind(edit, note.findBlockByNumber(number), kind)
    edit.endEditBlock()
    return None


def _deeper(kinds: list[BlockKind], n: int) -> str | None:
    kind = kinds[n]
    above = kinds[n - 1] if n > 0 else None
    if kind.is_paragraph:
        if above is None or above.is_heading:
            return "A sub-item needs a paragraph above it in its section."
        children = _sub_items_after(kinds, n)
        if any(kinds[c] is BlockKind.SUB_SUB_ITEM for c in children):
            return TWO_LEVELS
        for child in children:
            kinds[child] = BlockKind.SUB_SUB_ITEM
        kinds[n] = BlockKind.SUB_ITEM
    elif kind is BlockKind.SUB_ITEM:
        if above is None or not above.is_sub_item:
            return "The first sub-item of a paragraph cannot go deeper: (i) needs an (a) above it."
        if any(kinds[c] is BlockKind.SUB_SUB_ITEM for c in _sub_items_after(kinds, n)):
            return TWO_LEVELS
        kinds[n] = BlockKind.SUB_SUB_ITEM
    elif kind is BlockKind.SUB_SUB_ITEM:
        return TWO_LEVELS
    elif kind is BlockKind.HEADING:
        if BlockKind.HEADING not in kinds[:n]:
            return "The first agenda item cannot be a sub-item."
        if _sub_headings_after(kinds, n):
            return "Agenda items go two levels deep."
        kinds[n] = BlockKind.SUB_HEADING
    else:
        return "Agenda items go two levels deep."
    return None


def _shallower(kinds: list[BlockKind], n: int) -> str | None:
    promoted = {
        BlockKind.SUB_SUB_ITEM: BlockKind.SUB_ITEM,
        BlockKind.SUB_ITEM: BlockKind.PARAGRAPH,
        BlockKind.SUB_HEADING: BlockKind.HEADING,
    }
    kinds[n] = promoted.get(kinds[n], kinds[n])
    return None


def _sub_items_after(kinds: list[BlockKind], n: int) -> list[int]:
    """The sub-item blocks that follow block n directly."""
    found = []
    for index in range(n + 1, len(kinds)):
        if not kinds[index].is_sub_item:
            break
        found.append(index)
    return found


def _sub_headings_after(kinds: list[BlockKind], n: int) -> list[int]:
    """The sub-headings of the agenda item whose heading is block n."""
    found = []
    for index in range(n + 1, len(kinds)):
        if kinds[index] is BlockKind.HEADING:
            break
        if kinds[index] is BlockKind.SUB_HEADING:
            found.append(index)
    return found


def selected_blocks(note: NoteDocument, cursor: QTextCursor) -> list[PastedBlock]:
    """The selection as blocks, with their kinds and footnotes, for a paste within the note."""
    if not cursor.hasSelection():
        return []
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    blocks = note.structure().blocks
    out = []
    block = note.findBlock(start)
    while block.isValid() and block.position() <= end:
        text, footnotes = read_inline(block, start, end)
        out.append(PastedBlock(text, blocks[block.blockNumber()].kind, footnotes))
        block = block.next()
    return out
