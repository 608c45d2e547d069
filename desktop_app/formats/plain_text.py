"""The note as plain text, as a reader sees it: numbers, letters and footnotes resolved."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from desktop_app.core.dates import long_date
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting
from desktop_app.formats.blocks import Document, HeadingBlock, ParagraphBlock, build_document

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_RULE = "_" * 20


def superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


def meeting_to_plain_text(meeting: Meeting, width: int = 0) -> str:
    """The note; with `width` > 0, paragraphs are wrapped to that many columns."""
    return document_to_plain_text(build_document(meeting), width)


def document_to_plain_text(document: Document, width: int = 0) -> str:
    title = document.title
    lines = [title.body.upper(), title.symbol]
    lines += [long_date(title.date, title.language) if title.date else "", title.title.upper()]
    blocks = [_wrap("", line, width) for line in lines if line]

    def text_of(inline: Inline) -> str:
        return inline.plain_text(lambda fid: superscript(document.footnote_numbers[fid])).strip()

    for block in document.body:
        if isinstance(block, HeadingBlock):
            blocks.append(_wrap("", " ".join(filter(None, (block.label, block.title))), width))
            continue
        blocks.append(_paragraph(block, text_of, width))
    if document.footnotes:
        notes = [
            _wrap(f"{superscript(f.number)} ", text_of(f.text), width) for f in document.footnotes
        ]
        blocks.append("\n".join([FOOTNOTE_RULE, *notes]))
    return "\n\n".join(blocks) + "\n"


def _paragraph(block: ParagraphBlock, text_of: Callable[[Inline], str], width: int) -> str:
    lead = f"{block.number}. " if block.number is not None else ""
    lines = [_wrap(lead, text_of(block.text), width)]
    for sub_item in block.sub_items:
        indent = "    " * sub_item.depth
        lines.append(_wrap(f"{indent}{sub_item.label} ", text_of(sub_item.text), width))
    return "\n".join(lines)


def _wrap(lead: str, text: str, width: int) -> str:
    """`lead` then `text`, later lines hanging under the text when wrapping."""
    if width <= 0:
        return lead + text
    return (
        textwrap.fill(
            text,
            width=width,
            initial_indent=lead,
            subsequent_indent=" " * len(lead),
            break_on_hyphens=False,
        )
        or lead.rstrip()
    )
