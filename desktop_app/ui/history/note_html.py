"""What the history window shows of a snapshot, as HTML for a read-only QTextBrowser: the
note as the snapshot holds it, numbered as it numbers it, and that note compared with the
current one paragraph by paragraph, words added underlined and words removed struck through.
Every text of the note is escaped: a note saying "<b>" shows "<b>"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from desktop_app.core.inline import Inline, Run
from desktop_app.core.model import Meeting
from desktop_app.core.note_diff import Change, HeadingChange, NoteDiff, ParagraphChange, PieceKind
from desktop_app.formats.blocks import HeadingBlock, build_document
from desktop_app.formats.plain_text import superscript


@dataclass(frozen=True)
class Colours:
    """The colours of the changes, readable on the window's background."""

    added: str
    removed: str
    quiet: str  # what is said about a paragraph, beside its text
    added_behind: str  # behind the words changed within a paragraph, to find them at a glance
    removed_behind: str


LIGHT = Colours("#1b6e20", "#b3261e", "#5f6368", added_behind="#e6f4ea", removed_behind="#fce8e6")
DARK = Colours("#81c995", "#f28b82", "#9aa0a6", added_behind="#1e3a26", removed_behind="#4a1f1c")


def note_html(meeting: Meeting) -> str:
    """The note: its title, its headings, its paragraphs with their numbers and sub-items
    with their letters, its footnotes at the end."""
    document = build_document(meeting)
    numbers = document.footnote_numbers

    def text(inline: Inline) -> str:
        return _inline_html(inline, lambda fid: superscript(numbers.get(fid, 0)))

    title = document.title
    parts = [f"<p><b>{escape(line)}</b></p>" for line in (title.symbol, title.title) if line]
    for block in document.body:
        if isinstance(block, HeadingBlock):
            heading = " ".join(filter(None, (block.label, block.title)))
            parts.append(f"<h{block.level + 2}>{escape(heading)}</h{block.level + 2}>")
            continue
        lead = f"{block.number}.&nbsp;" if block.number is not None else ""
        parts.append(f"<p>{lead}{text(block.text)}</p>")
        for sub_item in block.sub_items:
            label, margin = escape(sub_item.label), 24 * sub_item.depth
            parts.append(f'<p style="margin-left:{margin}px">{label} {text(sub_item.text)}</p>')
    if document.footnotes:
        parts.append("<hr/>")
        parts += [f"<p>{superscript(f.number)} {text(f.text)}</p>" for f in document.footnotes]
    return "\n".join(parts)


def diff_html(diff: NoteDiff, colours: Colours = LIGHT) -> str:
    """The changes from a snapshot to the current note, in the order of the current note:
    each paragraph changed, moved, added or removed, where it is and where it was."""
    changes = diff.changes()
    if not changes and not diff.headings:
        return "<p>The current note is the same as this snapshot.</p>"
    count = len(changes)
    parts = [
        f"<p>{_count(diff.words_changed, 'word')} changed since this snapshot, in "
        f"{_count(count, 'paragraph')}{_headings_count(diff)}. "
        f'<span style="color:{colours.added}; text-decoration:underline">Added words are '
        f'underlined</span>, <span style="color:{colours.removed}; '
        f'text-decoration:line-through">removed ones struck through</span>.</p>'
    ]
    parts += [_heading_html(heading, colours) for heading in diff.headings]
    parts += [_paragraph_html(change, colours) for change in changes]
    return "\n".join(parts)


def what_happened(change: ParagraphChange) -> str:
    """ "changed", "moved", "changed and moved", "added" or "removed", with its words."""
    if change.kind is Change.MOVED:
        return "moved"
    kind = "changed and moved" if change.kind is Change.CHANGED and change.moved else change.kind
    return f"{kind}, {_count(change.words_changed, 'word')}"


def _paragraph_html(change: ParagraphChange, colours: Colours) -> str:
    place = change.place()
    heading = (
        f"<b>{escape(place[:1].upper() + place[1:])}</b>"
        f' <span style="color:{colours.quiet}">— {escape(what_happened(change))}</span>'
    )
    return f"<p>{heading}<br/>{_pieces_html(change, colours)}</p>"


def _heading_html(change: HeadingChange, colours: Colours) -> str:
    kind = "renamed" if change.kind is Change.CHANGED else str(change.kind)
    heading = f'<b>Heading</b> <span style="color:{colours.quiet}">— {kind}</span>'
    return f"<p>{heading}<br/>{_pieces_html(change, colours)}</p>"


def _pieces_html(change: ParagraphChange | HeadingChange, colours: Colours) -> str:
    within = change.kind is Change.CHANGED  # else the whole paragraph was added or removed
    out = []
    for piece in change.pieces:
        text = escape(piece.text).replace("\n", "<br/>")
        if piece.kind is PieceKind.INSERTED:
            style = f"color:{colours.added}; text-decoration:underline"
            style += f"; background-color:{colours.added_behind}" if within else ""
        elif piece.kind is PieceKind.DELETED:
            style = f"color:{colours.removed}; text-decoration:line-through"
            style += f"; background-color:{colours.removed_behind}" if within else ""
        else:
            out.append(text)
            continue
        words = text.lstrip(" ")  # the space before the words is not theirs to mark
        out.append(f'{text[: len(text) - len(words)]}<span style="{style}">{words}</span>')
    return "".join(out)


def _inline_html(inline: Inline, marker: Callable[[str], str]) -> str:
    out = []
    for span in inline.spans:
        if not isinstance(span, Run):
            out.append(marker(span.footnote_id))
            continue
        text = escape(span.text)
        if span.strong:
            text = f"<b>{text}</b>"
        if span.emphasis:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _headings_count(diff: NoteDiff) -> str:
    return f" and {_count(len(diff.headings), 'heading')}" if diff.headings else ""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
