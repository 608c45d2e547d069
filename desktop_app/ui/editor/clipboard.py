"""What a copy puts on the clipboard and what a paste takes from it.

A paste keeps only text, emphasis and paragraph breaks: rich text from another program is
read through a document that loads no resources, and nothing else of it survives. Within
Rapporteur, a copy also carries each block's kind and its footnotes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from desktop_app.core.ids import new_id
from desktop_app.core.inline import Inline, InlineSyntaxError
from desktop_app.ui.editor.block_kinds import BlockKind, block_kind, text_format
from desktop_app.ui.editor.inline_text import insert_inline, read_inline
from desktop_app.ui.editor.note_document import NoteDocument

NOTE_MIME_TYPE = "application/x-rapporteur-note"
MAX_PASTE_CHARACTERS = 1_000_000


class PasteTooLarge(ValueError):
    def __init__(self, characters: int) -> None:
        super().__init__(
            f"The text to paste is too long ({characters:,} characters); paste it in parts, "
            "or import it as a file."
        )


@dataclass
class PastedBlock:
    text: Inline
    kind: BlockKind = BlockKind.PARAGRAPH
    footnotes: dict[str, Inline] = field(default_factory=dict)


class _InertDocument(QTextDocument):
    """Reads pasted HTML; loads no image, style sheet or file it refers to."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return QByteArray()  # nothing (returning None upsets PySide's reference counts)


def blocks_from_mime(mime: QMimeData) -> list[PastedBlock]:
    """The blocks a paste of `mime` inserts; raises PasteTooLarge for a huge paste."""
    if mime.hasFormat(NOTE_MIME_TYPE):
        blocks = _from_note(bytes(mime.data(NOTE_MIME_TYPE).data()))
        if blocks is not None:
            return blocks
    if mime.hasHtml():
        html = mime.html()
        _check_size(len(html))
        return _from_html(html)
    text = mime.text() if mime.hasText() else ""
    _check_size(len(text))
    return _from_plain_text(text)


def note_mime(blocks: list[PastedBlock]) -> QByteArray:
    payload = [
        {
            "kind": int(block.kind),
            "text": block.text.markup,
            "footnotes": {fid: text.markup for fid, text in block.footnotes.items()},
        }
        for block in blocks
    ]
    return QByteArray(json.dumps(payload).encode("utf-8"))


def _check_size(characters: int) -> None:
    if characters > MAX_PASTE_CHARACTERS:
        raise PasteTooLarge(characters)


def _from_note(data: bytes) -> list[PastedBlock] | None:
    try:
        payload = json.loads(data.decode("utf-8"))
        return [
            PastedBlock(
                Inline.from_markup(item["text"]),
                BlockKind(item["kind"]),
                {fid: Inline.from_markup(t) for fid, t in item["footnotes"].items()},
            )
            for item in payload
        ]
    except (ValueError, KeyError, TypeError, InlineSyntaxError):
        return None


def _from_html(html: str) -> list[PastedBlock]:
    document = _InertDocument()
    document.setHtml(html)
    blocks = []
    block = document.begin()
    while block.isValid():
        text, _ = read_inline(block)
        if block.blockFormat().headingLevel():  # a heading's weight is its style, not stress
            text = Inline.plain(text.plain_text())
        if text.plain_text().strip():
            blocks.append(PastedBlock(_strip(text)))
        block = block.next()
    return blocks


def _from_plain_text(text: str) -> list[PastedBlock]:
    """Paragraphs separated by blank lines (lines within one are joined), or, where there
    is no blank line, one paragraph per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t]*\n", text):
        parts = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text)]
    else:
        parts = [" ".join(line.split()) for line in text.split("\n")]
    return [PastedBlock(Inline.plain(part)) for part in parts if part]


def _strip(text: Inline) -> Inline:
    """Collapse the runs of white space HTML leaves in a paragraph."""
    markup = re.sub(r"[ \u00a0]{2,}", " ", text.markup).strip()
    try:
        return Inline.from_markup(markup)
    except InlineSyntaxError:
        return text


def selected_blocks(note: NoteDocument, cursor: QTextCursor) -> list[PastedBlock]:
    """The selection as blocks, with their kinds and footnotes, for a paste within the note."""
    if not cursor.hasSelection():
        return []
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    rows = note.structure().rows
    out = []
    block = note.findBlock(start)
    while block.isValid() and block.position() <= end:
        text, footnotes = read_inline(block, start, end)
        kind = rows[block.blockNumber()].kind
        if kind.is_heading:  # a heading's weight is its type, not stress (as in _from_html)
            text, footnotes = Inline.plain(text.plain_text()), {}
        out.append(PastedBlock(text, kind, footnotes))
        block = block.next()
    return out


def insert_blocks(note: NoteDocument, cursor: QTextCursor, blocks: list[PastedBlock]) -> None:
    """A paste at the cursor, as one undo step: the first block joins the one at the cursor,
    the others follow as blocks of their own (never a heading, nor a heading's text kept)."""
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    here = block_kind(cursor.block())
    for index, pasted in enumerate(blocks):
        if index:
            kind = pasted.kind if not here.is_heading else BlockKind.PARAGRAPH
            kind = BlockKind.PARAGRAPH if kind.is_heading else kind
            cursor.insertBlock(
                note.new_block_format(kind, new_id()), text_format(kind, note.defaultFont())
            )
            here = kind
        base = text_format(here, note.defaultFont())
        if here.is_heading:
            cursor.insertText(pasted.text.plain_text(), base)
        else:
            insert_inline(cursor, pasted.text, pasted.footnotes, base)
    cursor.endEditBlock()
