"""The note as one QTextDocument: headings, paragraphs and sub-items as blocks.

The document is where the note lives while it is edited, so Qt's undo covers every change,
structure included. It builds itself from a meeting, reads a meeting back, and tracks which
blocks changed since the last save; `structure_edits` carries out on it the structural
edits that `core.editing` defines.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, QSizeF, QTimer, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop_app.core.ids import new_id
from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import apply_details, details_of
from desktop_app.core.model import Footnote, Meeting, Paragraph, SubItem
from desktop_app.core.outline import EMPTY, OutlineRow, build, rows_of
from desktop_app.ui.editor.block_kinds import (
    ID_PROPERTY,
    NUMBER_COLUMNS,
    BlockKind,
    block_format,
    block_id,
    block_kind,
    block_label,
    kind_of,
    text_format,
)
from desktop_app.ui.editor.footnote_marker import (
    FOOTNOTE_OBJECT,
    MARKER_CHARACTER,
    FootnoteMarkerHandler,
    marker_format,
    marker_id,
    marker_text,
    markers_in,
)
from desktop_app.ui.editor.inline_text import insert_inline, read_inline
from desktop_app.ui.editor.structure import (
    BlockRow,
    NoteStructure,
    block_row,
    may_repeat_an_id,
    read_block,
    read_blocks,
    structure_of,
)
from desktop_app.ui.editor.unique_ids import give_fresh_ids


class NoteDocument(QTextDocument):
    """The note being edited. `structure_changed` follows any change of numbering, agenda
    or footnotes, once the event loop is free again; `footnote_texts_changed` a change in a
    block that holds a footnote marker (a footnote's text may be in it), once too."""

    structure_changed = Signal()
    footnote_texts_changed = Signal()  # a block with a footnote marker changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMargin(16)
        self._indent_unit: float | None = None
        self._text_formats: dict[BlockKind, QTextCharFormat] = {}
        self._marker_handler = FootnoteMarkerHandler(self.footnote_number, self)
        self.documentLayout().registerHandler(FOOTNOTE_OBJECT, self._marker_handler)
        self._structure: NoteStructure | None = None
        # What the structure reads of each block, kept in step with every change, so that a
        # change of structure reads again only the blocks it touched.
        self._rows: list[BlockRow] | None = None
        self._inline_cache: dict[str, tuple[Inline, dict[str, Inline]]] = {}
        self._in_history = False
        self.changed_ids: set[str] = set()  # blocks edited since the last save
        self.structure_changed_since_save = False
        self._after_change = QTimer(self, singleShot=True, interval=0)
        self._after_change.timeout.connect(self._settle)
        self._footnotes_changed = QTimer(self, singleShot=True, interval=0)
        self._footnotes_changed.timeout.connect(self.footnote_texts_changed)
        self.contentsChange.connect(self._on_contents_change)

    # Building and reading

    @property
    def indent_unit(self) -> float:
        """The room for a paragraph number; sub-items indent by as much again."""
        if self._indent_unit is None:
            self._indent_unit = (
                QFontMetricsF(self.defaultFont()).averageCharWidth() * NUMBER_COLUMNS * 1.6
            )
        return self._indent_unit

    def load(self, meeting: Meeting) -> None:
        """Show `meeting`; the undo history starts afresh."""
        self._indent_unit = None  # the font may have changed since the last note
        self._text_formats.clear()
        self.setUndoRedoEnabled(False)
        self.blockSignals(True)
        page = self.pageSize()
        # No layout while the note is built: Qt lays it out again afterwards, lazily, from
        # the top down to what is on the screen, not the whole note at once.
        self.setPageSize(QSizeF(0, 0))
        try:
            self.clear()
            self._inline_cache.clear()
            cursor = QTextCursor(self)
            cursor.beginEditBlock()  # one layout pass at the end, not one per insertion
            footnotes = {fid: footnote.text for fid, footnote in meeting.footnotes.items()}
            first, rows = True, []
            for row in rows_of(meeting):
                self._insert_block(cursor, row.kind, row.id, row.label, first)
                first = False
                rows.append(block_row(row))
                if row.kind.is_heading:
                    cursor.insertText(row.title, self.text_format(row.kind))
                else:
                    insert_inline(cursor, row.text, footnotes, self.text_format(row.kind))
                    self._inline_cache[row.id] = (row.text, _footnotes_of(row.text, footnotes))
            if first:
                rows.append(BlockRow(BlockKind.PARAGRAPH, new_id(), ()))
                self._insert_block(cursor, BlockKind.PARAGRAPH, rows[0].id, "", True)
            cursor.endEditBlock()
        finally:
            self.blockSignals(False)
            self.setUndoRedoEnabled(True)
            self.setPageSize(page)
        self._structure = None
        self._rows = rows  # its signals were blocked: what was built is known, not followed
        self.changed_ids.clear()
        self.structure_changed_since_save = False
        self.setModified(False)
        self.structure_changed.emit()

    def structure(self) -> NoteStructure:
        if self._structure is None:
            if self._rows is None or len(self._rows) != self.blockCount():
                self._rows = read_blocks(self)
            self._structure = structure_of(self._rows)
        return self._structure

    def footnote_number(self, footnote_id: str) -> int | None:
        return self.structure().footnote_numbers.get(footnote_id)

    def to_meeting(self, template: Meeting) -> Meeting:
        """The note as a meeting: `template`'s id, details and action items, this text."""
        meeting = Meeting(
            background_documents=template.background_documents,
            action_items=template.action_items,
            id=template.id,
        )
        apply_details(meeting, details_of(template))
        structure = self.structure()
        rows = []
        for number, place in enumerate(structure.rows):
            if place.kind.is_heading:
                rows.append(
                    OutlineRow(place.stored_kind, place.id, EMPTY, place.title, place.agenda_label)
                )
                continue
            text, footnotes = self._inline_at(number, place.id)
            for footnote_id, footnote_text in footnotes.items():
                meeting.footnotes[footnote_id] = Footnote(footnote_text, footnote_id)
            rows.append(OutlineRow(place.stored_kind, place.id, text))
        meeting.opening, meeting.agenda = build(rows, structure)
        return meeting

    def paragraph(self, paragraph_id: str) -> tuple[Paragraph, dict[str, Inline]] | None:
        """One paragraph with its sub-items, as it stands, and its footnotes' texts."""
        structure = self.structure()
        number = structure.positions.get(paragraph_id)
        if number is None or not structure.rows[number].kind.is_paragraph:
            return None
        block = self.findBlockByNumber(number)
        text, footnotes = self.inline_of(block)
        kind = structure.rows[number].kind
        paragraph = Paragraph(text, kind is BlockKind.PARAGRAPH, id=paragraph_id)
        block = block.next()
        while block.isValid() and structure.rows[block.blockNumber()].kind.is_sub_item:
            info = structure.rows[block.blockNumber()]
            sub_text, sub_footnotes = self.inline_of(block)
            footnotes.update(sub_footnotes)
            sub_item = SubItem(sub_text, id=info.id)
            if info.kind is BlockKind.SUB_ITEM or not paragraph.sub_items:
                paragraph.sub_items.append(sub_item)
            else:
                paragraph.sub_items[-1].sub_items.append(sub_item)
            block = block.next()
        return paragraph, footnotes

    def inline_of(self, block: QTextBlock) -> tuple[Inline, dict[str, Inline]]:
        """A block's text and its footnotes' texts, read once per change of the block."""
        return self._inline_at(block.blockNumber(), block_id(block))

    def _inline_at(self, number: int, entity_id: str) -> tuple[Inline, dict[str, Inline]]:
        cached = self._inline_cache.get(entity_id)
        if cached is None:
            cached = read_inline(self.findBlockByNumber(number))
            self._inline_cache[entity_id] = cached
        return cached[0], dict(cached[1])

    def block_of(self, entity_id: str) -> QTextBlock:
        number = self.structure().positions.get(entity_id)
        return self.findBlockByNumber(number) if number is not None else QTextBlock()

    def mark_saved(self) -> None:
        self.changed_ids.clear()
        self.structure_changed_since_save = False

    # Undo and redo, with ids left alone while the history is replayed

    def undo_step(self) -> None:
        with self._replaying():
            self.undo()

    def redo_step(self) -> None:
        with self._replaying():
            self.redo()

    @contextlib.contextmanager
    def _replaying(self) -> Iterator[None]:
        self._in_history = True
        try:
            yield
        finally:
            self._in_history = False

    # Blocks

    def text_format(self, kind: BlockKind) -> QTextCharFormat:
        """The character format of new text in a block of this kind (never changed in place:
        one per kind, as many blocks ask for it)."""
        if kind not in self._text_formats:
            self._text_formats[kind] = text_format(kind, self.defaultFont())
        return self._text_formats[kind]

    def new_block_format(
        self, kind: BlockKind, entity_id: str, label: str = ""
    ) -> QTextBlockFormat:
        return block_format(kind, entity_id, self.indent_unit, label)

    def _insert_block(
        self, cursor: QTextCursor, kind: BlockKind, entity_id: str, label: str, first: bool
    ) -> None:
        fmt = self.new_block_format(kind, entity_id, label)
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(self.text_format(kind))
        else:
            cursor.insertBlock(fmt, self.text_format(kind))

    def set_block_kind(self, cursor: QTextCursor, block: QTextBlock, kind: BlockKind) -> None:
        """Change a block's kind, keeping its id (part of the caller's edit block); a heading's
        title, or a heading's text become a paragraph's, takes the type of its new kind."""
        was_heading = block_kind(block).is_heading  # read before its format is replaced
        cursor.setPosition(block.position())
        cursor.setBlockFormat(self.new_block_format(kind, block_id(block), block_label(block)))
        if kind.is_heading or was_heading:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(self.text_format(kind))

    # Footnotes

    def marker_position(self, footnote_id: str) -> int | None:
        """Where a footnote's marker stands (its character position), if it is in the note."""
        block = self.begin()
        while block.isValid():
            if MARKER_CHARACTER in block.text():
                for position, fmt in markers_in(block):
                    if marker_id(fmt) == footnote_id:
                        return position
            block = block.next()
        return None

    def footnote_texts(self) -> dict[str, Inline]:
        """Every footnote in the note, by id, in number order."""
        texts: dict[str, Inline] = {}
        for number, info in enumerate(self.structure().rows):
            if info.markers:
                texts.update(self._inline_at(number, info.id)[1])
        numbers = self.structure().footnote_numbers
        return dict(sorted(texts.items(), key=lambda item: numbers.get(item[0], 0)))

    def insert_footnote(self, cursor: QTextCursor, text: Inline | None = None) -> str:
        """Insert a new footnote's marker at the cursor; returns the footnote's id."""
        footnote_id = new_id()
        cursor.insertText(MARKER_CHARACTER, marker_format(footnote_id, text or Inline()))
        return footnote_id

    def set_footnote_text(self, footnote_id: str, text: Inline) -> bool:
        """Change a footnote's text, as one undo step; False if its marker is gone."""
        position = self.marker_position(footnote_id)
        if position is None:
            return False
        cursor = QTextCursor(self)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        if marker_text(cursor.charFormat()) == text:
            return True
        cursor.setCharFormat(marker_format(footnote_id, text))
        return True

    # Keeping ids unique and the structure current

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Follow a change (at every keystroke): mark the blocks it touched as edited, and
        read the structure again only when it may have changed."""
        block = self.findBlock(position)
        end = self.findBlock(position + added)
        last = end.blockNumber() if end.isValid() else self.blockCount() - 1
        first = number = block.blockNumber()
        structure = self._structure
        stale = structure is None or self.blockCount() != len(structure.rows)
        markers = False
        while block.isValid():
            fmt = block.blockFormat()
            entity_id = fmt.stringProperty(ID_PROPERTY)
            self.changed_ids.add(entity_id)
            self._inline_cache.pop(entity_id, None)
            text = block.text()
            count = text.count(MARKER_CHARACTER) if MARKER_CHARACTER in text else 0
            markers = markers or count > 0
            if not stale:
                info = structure.rows[number]  # type: ignore[union-attr]
                stale = (
                    entity_id != info.id
                    or kind_of(fmt) != info.stored_kind
                    or info.kind.is_heading  # its title is in the agenda
                    or count != info.markers
                )
            if number >= last:
                break
            block, number = block.next(), number + 1
        if markers:  # a footnote's text may have changed in its marker
            self._footnotes_changed.start()
        if stale:
            self._replace_rows(first, last)
            self._structure = None
            self.structure_changed_since_save = True
            self._after_change.start()

    def _replace_rows(self, first: int, last: int) -> None:
        """Read again the rows of the blocks a change of structure touched (`first` to `last`)
        and put them in place of those it replaced; when the two cannot be matched, every
        block is read next time. (Typing inside a paragraph leaves its row as it was.)"""
        rows = self._rows
        if rows is None or first < 0 or last < first:
            self._rows = None
            return
        fresh = [read_block(self.findBlockByNumber(n)) for n in range(first, last + 1)]
        replaced = len(fresh) - (self.blockCount() - len(rows))  # blocks the change took out
        if replaced < 0 or first + replaced > len(rows):
            self._rows = None
            return
        rows[first : first + replaced] = fresh
        if len(rows) != self.blockCount():
            self._rows = None

    def _settle(self) -> None:
        structure = self.structure()
        if not self._in_history and may_repeat_an_id(structure):
            self.ensure_unique_ids()
            self.structure()
        self.structure_changed.emit()

    def settle_ids(self) -> None:
        """Give every block and marker an id of its own now, not once the event loop is free:
        for an edit that reads the note as a meeting straight after a keystroke."""
        if may_repeat_an_id(self.structure()):
            self.ensure_unique_ids()

    def ensure_unique_ids(self) -> None:
        """Give a fresh id to a block or footnote marker whose id another already has (Enter
        in the middle of a paragraph, a pasted marker), within the edit just made."""
        if give_fresh_ids(self):
            self._structure = None  # a new marker id is not a change of text, but of numbers
            self._rows = None
            self.structure_changed_since_save = True


def _footnotes_of(text: Inline, footnotes: dict[str, Inline]) -> dict[str, Inline]:
    return {fid: footnotes.get(fid, Inline()) for fid in text.footnote_ids()}
