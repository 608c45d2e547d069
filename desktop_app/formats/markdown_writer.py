"""Write a meeting as Rapporteur Markdown (docs/format.md), the interchange format."""

from __future__ import annotations

from typing import BinaryIO

from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails
from desktop_app.core.model import Meeting
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.formats import markdown_syntax as syntax
from desktop_app.formats.blocks import (
    Document,
    HeadingBlock,
    ParagraphBlock,
    build_document,
)


def write_markdown(document: Document, stream: BinaryIO) -> None:
    stream.write(document_to_markdown(document).encode("utf-8"))


def meeting_to_markdown(meeting: Meeting) -> str:
    return document_to_markdown(build_document(meeting))


def document_to_markdown(document: Document) -> str:
    blocks = [_front_matter(document.title, document.background_documents)]
    for block in document.body:
        if isinstance(block, HeadingBlock):
            blocks.append(_heading(block))
        else:
            blocks.extend(_paragraph(block, document))
    blocks.extend(
        f"[^{footnote.number}]: {_inline(footnote.text, document)}".rstrip()
        for footnote in document.footnotes
    )
    if document.action_items:
        blocks.append(_actions(document.action_items))
    return "\n\n".join(blocks) + "\n"


def _front_matter(title: MeetingDetails, background_documents: tuple[str, ...]) -> str:
    values = {
        "body": title.body,
        "title": title.title,
        "date": title.date.isoformat() if title.date else "",
        "symbol": title.symbol,
        "place": title.place,
        "language": title.language,
        "status": str(title.status),
    }
    lines = [syntax.FRONT_MATTER_FENCE]
    # The body, title and date are always written, "date:" left empty for no date.
    lines += [
        f"{key}: {_one_line(value)}".rstrip()
        for key, value in values.items()
        if value or key in syntax.REQUIRED_KEYS
    ]
    lines += [f"background: {_one_line(document)}" for document in background_documents]
    lines.append(syntax.FRONT_MATTER_FENCE)
    return "\n".join(lines)


def _heading(block: HeadingBlock) -> str:
    title = Inline.plain(block.title).markup.strip()
    if block.label:
        title = f"{_one_line(block.label)} {title}"
    else:
        title = syntax.escape_start(title, syntax.HEADING_LABEL)
    return f"{'#' * (block.level + 1)} {title}".rstrip()


def _paragraph(block: ParagraphBlock, document: Document) -> list[str]:
    text = _inline(block.text, document)
    if block.number is not None:
        lines = [f"{block.number}. {text}".rstrip()]
    elif text:
        lines = [syntax.escape_start(text, syntax.AMBIGUOUS_PARAGRAPH_START)]
    else:
        lines = [syntax.EMPTY_PARAGRAPH]
    for sub_item in block.sub_items:
        indent = " " * syntax.SUB_ITEM_INDENT * sub_item.depth
        lines.append(f"{indent}{sub_item.label} {_inline(sub_item.text, document)}".rstrip())
    return lines


def _actions(actions: tuple[NumberedActionItem, ...]) -> str:
    lines = [syntax.ACTIONS_OPEN]
    indent = " " * syntax.SUB_ITEM_INDENT
    for action in actions:
        mark = syntax.ACTION_STATUS_MARKS[str(action.status)]
        lines.append(f"- [{mark}] {_one_line(action.what)}".rstrip())
        if action.owner:
            lines.append(f"{indent}owner: {_one_line(action.owner)}")
        if action.due:
            lines.append(f"{indent}due: {_one_line(action.due)}")
        if action.paragraph_number is not None:
            lines.append(f"{indent}paragraph: {action.paragraph_number}")
    lines.append(syntax.ACTIONS_CLOSE)
    return "\n".join(lines)


def _inline(text: Inline, document: Document) -> str:
    return text.to_markup(document.footnote_label).strip()


def _one_line(text: str) -> str:
    """A value on one line: line breaks become spaces."""
    return " ".join(text.splitlines()).strip()
