"""Two versions of a note compared paragraph by paragraph, by their stable ids: each paragraph
is unchanged, changed (its words compared), moved, added or removed; each heading added,
removed or renamed. A paragraph's sub-items and the footnotes it calls are part of it.

Numbers are those `numbering` computes for each version ("paragraph 12, formerly 11").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.numbering import Numbering, number_meeting

FOOTNOTE_MARK = "*"  # where a footnote is called, in the text compared
_TOKENS = re.compile(r"\n|[^\S\n]*\S+")
_LINE_BREAK = "\n"


class Change(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MOVED = "moved"
    ADDED = "added"
    REMOVED = "removed"


class PieceKind(StrEnum):
    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class Piece:
    """A run of the text compared: in both versions, only in the current one, or only in the
    former one. Pieces after the first of a line start with the space before them."""

    kind: PieceKind
    text: str


@dataclass(frozen=True)
class ParagraphChange:
    kind: Change
    paragraph_id: str
    number: int | None  # in the current note (None: removed, or unnumbered)
    former_number: int | None  # in the former one (None: added, or unnumbered)
    moved: bool  # its place among the others changed (a changed paragraph can be moved too)
    pieces: tuple[Piece, ...]
    words_changed: int

    def place(self) -> str:
        """Where it is, as the user reads it: "paragraph 12, formerly 11"."""
        if self.kind is Change.REMOVED:
            former = self.former_number
            return f"formerly paragraph {former}" if former else "an unnumbered paragraph"
        if self.number is None:
            return "an unnumbered paragraph" + (
                f", formerly paragraph {self.former_number}" if self.former_number else ""
            )
        if self.former_number is not None and self.former_number != self.number:
            return f"paragraph {self.number}, formerly {self.former_number}"
        return f"paragraph {self.number}"

    def text(self, kinds: Iterable[PieceKind] = (PieceKind.SAME, PieceKind.INSERTED)) -> str:
        """The text of the pieces of these kinds (by default: the current text)."""
        wanted = set(kinds)
        return "".join(piece.text for piece in self.pieces if piece.kind in wanted)


@dataclass(frozen=True)
class HeadingChange:
    kind: Change  # added, removed or changed (renamed)
    agenda_item_id: str
    title: str  # as it is now ("" when removed)
    former_title: str  # as it was ("" when added)
    pieces: tuple[Piece, ...]
    words_changed: int


@dataclass(frozen=True)
class NoteDiff:
    paragraphs: tuple[ParagraphChange, ...]  # current order; a removed one where it stood
    headings: tuple[HeadingChange, ...]
    words_changed: int

    def changes(self) -> list[ParagraphChange]:
        """The paragraphs that are not unchanged."""
        return [p for p in self.paragraphs if p.kind is not Change.UNCHANGED]


def compare(former: Meeting, current: Meeting) -> NoteDiff:
    """What changed in the note from `former` to `current`."""
    before, after = _Version(former), _Version(current)
    moved = _moved(before, after)
    changes: dict[str, ParagraphChange] = {}
    for pid in after.order:
        changes[pid] = _paragraph_change(before, after, pid, pid in moved)
    removed = [pid for pid in before.order if pid not in after.texts]
    for pid in removed:
        pieces, words = word_diff(before.texts[pid], "")
        number = before.numbering.paragraphs.get(pid)
        changes[pid] = ParagraphChange(Change.REMOVED, pid, None, number, False, pieces, words)
    ordered = tuple(changes[pid] for pid in _in_reading_order(before.order, after.order))
    headings = _headings(former, current)
    words = sum(c.words_changed for c in ordered) + sum(h.words_changed for h in headings)
    return NoteDiff(ordered, headings, words)


def word_diff(former: str, current: str) -> tuple[tuple[Piece, ...], int]:
    """The words of two texts compared; and how many words changed (a word replaced by
    another counts once, a word added or deleted once)."""
    old, new = _TOKENS.findall(former), _TOKENS.findall(current)
    words = [token.strip() for token in old], [token.strip() for token in new]
    matcher = difflib.SequenceMatcher(None, *words, autojunk=False)
    pieces: list[Piece] = []
    changed = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        deleted = [t for t in old[i1:i2] if t != _LINE_BREAK]
        inserted = [t for t in new[j1:j2] if t != _LINE_BREAK]
        if tag == "equal":
            _add(pieces, PieceKind.SAME, new[j1:j2])
            continue
        changed += max(len(deleted), len(inserted)) if tag == "replace" else len(deleted + inserted)
        _add(pieces, PieceKind.DELETED, old[i1:i2])
        _add(pieces, PieceKind.INSERTED, new[j1:j2])
    return tuple(pieces), changed


def paragraph_text(paragraph: Paragraph, meeting: Meeting, numbering: Numbering) -> str:
    """What is compared of a paragraph: its text, each sub-item on a line of its own after
    its letter, then each footnote it calls, on a line after the footnote mark."""
    lines = [paragraph.text.plain_text(lambda _: FOOTNOTE_MARK)]
    for sub_item, _ in paragraph.all_sub_items():
        label = numbering.sub_items.get(sub_item.id, "")
        lines.append(f"{label} {sub_item.text.plain_text(lambda _: FOOTNOTE_MARK)}".strip())
    for footnote_id in paragraph.footnote_ids():
        footnote = meeting.footnotes.get(footnote_id)
        if footnote is not None:
            lines.append(f"{FOOTNOTE_MARK} {footnote.text.plain_text()}")
    return _LINE_BREAK.join(lines)


class _Version:
    """One version of the note: its paragraphs in order, their texts and sections."""

    def __init__(self, meeting: Meeting) -> None:
        self.numbering = number_meeting(meeting)
        self.order: list[str] = []
        self.texts: dict[str, str] = {}
        self.sections: dict[str, str | None] = {}
        for section in meeting.sections():
            for paragraph in section.paragraphs:
                self.order.append(paragraph.id)
                self.texts[paragraph.id] = paragraph_text(paragraph, meeting, self.numbering)
                self.sections[paragraph.id] = section.id


def _moved(before: _Version, after: _Version) -> set[str]:
    """Paragraphs of both versions whose place among the others changed: those out of the
    longest run of the same order, and those now under another heading."""
    common_before = [pid for pid in before.order if pid in after.texts]
    common_after = [pid for pid in after.order if pid in before.texts]
    matcher = difflib.SequenceMatcher(None, common_before, common_after, autojunk=False)
    in_order = {
        pid
        for block in matcher.get_matching_blocks()
        for pid in common_after[block.b : block.b + block.size]
    }
    return {
        pid
        for pid in common_after
        if pid not in in_order or before.sections[pid] != after.sections[pid]
    }


def _paragraph_change(before: _Version, after: _Version, pid: str, moved: bool) -> ParagraphChange:
    number = after.numbering.paragraphs.get(pid)
    if pid not in before.texts:
        pieces, words = word_diff("", after.texts[pid])
        return ParagraphChange(Change.ADDED, pid, number, None, False, pieces, words)
    former = before.numbering.paragraphs.get(pid)
    if before.texts[pid] == after.texts[pid]:
        pieces = (Piece(PieceKind.SAME, after.texts[pid]),)
        kind = Change.MOVED if moved else Change.UNCHANGED
        return ParagraphChange(kind, pid, number, former, moved, pieces, 0)
    pieces, words = word_diff(before.texts[pid], after.texts[pid])
    return ParagraphChange(Change.CHANGED, pid, number, former, moved, pieces, words)


def _in_reading_order(former: Sequence[str], current: Sequence[str]) -> list[str]:
    """The current paragraphs in order, each removed one after the paragraph it followed."""
    present = set(current)
    after_anchor: dict[str | None, list[str]] = {}
    anchor: str | None = None
    for pid in former:
        if pid in present:
            anchor = pid
        else:
            after_anchor.setdefault(anchor, []).append(pid)
    ordered = list(after_anchor.get(None, []))
    for pid in current:
        ordered.append(pid)
        ordered += after_anchor.get(pid, [])
    return ordered


def _headings(former: Meeting, current: Meeting) -> tuple[HeadingChange, ...]:
    before = {item.id: _heading_text(item.label, item.title) for item, _ in former.agenda_items()}
    after = {item.id: _heading_text(item.label, item.title) for item, _ in current.agenda_items()}
    changes: list[HeadingChange] = []
    for item_id, title in after.items():
        old = before.get(item_id)
        if old is None:
            pieces, words = word_diff("", title)
            changes.append(HeadingChange(Change.ADDED, item_id, title, "", pieces, words))
        elif old != title:
            pieces, words = word_diff(old, title)
            changes.append(HeadingChange(Change.CHANGED, item_id, title, old, pieces, words))
    for item_id, old in before.items():
        if item_id not in after:
            pieces, words = word_diff(old, "")
            changes.append(HeadingChange(Change.REMOVED, item_id, "", old, pieces, words))
    return tuple(changes)


def _heading_text(label: str, title: str) -> str:
    return f"{label} {title}".strip()


def _add(pieces: list[Piece], kind: PieceKind, tokens: Sequence[str]) -> None:
    """Append the tokens as text of `kind`, joined to the last piece when it is of that kind;
    the first token of the whole text, and of a line, loses the space before it."""
    if not tokens:
        return
    text = "".join(tokens)
    at_line_start = not pieces or pieces[-1].text.endswith(_LINE_BREAK)
    if at_line_start:
        text = text.lstrip(" \t")
    text = re.sub(r"[^\S\n]+\n", _LINE_BREAK, text)
    text = re.sub(r"\n[^\S\n]+", _LINE_BREAK, text)
    if pieces and pieces[-1].kind is kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    else:
        pieces.append(Piece(kind, text))
