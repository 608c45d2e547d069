"""Find and Replace in the note, its footnotes included: every match in reading order (a
footnote's words where its marker stands), the match at the cursor, the next and the one
before, and replacements that keep the formatting of the words they replace.

A replacement changes text only: a heading keeps its id, a footnote marker its id and place
(a footnote's words are replaced in the text its marker carries), and each Replace, like a
whole Replace all, is one step of the note's undo.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from desktop_app.core.find_words import replace_in, replacement_text, words_pattern
from desktop_app.core.inline import Inline
from desktop_app.ui.editor.footnote_marker import (
    MARKER_CHARACTER,
    is_marker,
    marker_format,
    marker_id,
    marker_text,
    markers_in,
)

Key = tuple[int, int, int]


@dataclass(frozen=True)
class Match:
    """Words found in the note's text (`start`…`end` are positions in the note), or in a
    footnote's text (`start`…`end` in that text, `marker` where its marker stands)."""

    start: int
    end: int
    footnote_id: str = ""
    marker: int = -1

    @property
    def key(self) -> Key:
        """Its place in reading order: a footnote's words come where its marker stands."""
        if self.footnote_id:
            return (self.marker, 1, self.start)
        return (self.start, 0, 0)


@dataclass(frozen=True)
class Found:
    """The match to show, which one it is (from 1) and how many there are."""

    match: Match | None
    number: int = 0
    count: int = 0


def find_all(note: QTextDocument, words: str, match_case: bool = False) -> list[Match]:
    """Every match of the words in the note and its footnotes, in reading order."""
    pattern = words_pattern(words, match_case)
    if pattern is None:
        return []
    found: list[Match] = []
    block = note.begin()
    while block.isValid():
        text = block.text()
        base = block.position()
        found += [Match(base + m.start(), base + m.end()) for m in pattern.finditer(text)]
        if MARKER_CHARACTER in text:
            found += _in_footnotes(block, pattern)
        block = block.next()
    return sorted(found, key=lambda match: match.key)


def _in_footnotes(block: QTextBlock, pattern: re.Pattern[str]) -> list[Match]:
    return [
        Match(m.start(), m.end(), footnote_id, position)
        for position, footnote_id, text in _footnotes_of(block)
        for m in pattern.finditer(text.plain_text())
    ]


def _footnotes_of(block: QTextBlock) -> Iterator[tuple[int, str, Inline]]:
    """(marker position, footnote id, footnote text) of each marker in the block."""
    for position, fmt in markers_in(block):
        yield position, marker_id(fmt), marker_text(fmt)


class NoteFinder:
    """Finds and replaces in one note; knows which match it showed last, so that the next
    search goes on from there while the cursor has not moved away from it."""

    def __init__(self, note: QTextDocument) -> None:
        self.note = note
        self.shown: Match | None = None

    def find(self, words: str, direction: int, cursor: QTextCursor, match_case: bool) -> Found:
        """The match at the cursor as the words are typed (direction 0), the next (1) or
        the previous (-1), going round the note."""
        found = find_all(self.note, words, match_case)
        here = self._key_at(cursor, direction)
        return self._pick(found, here, direction)

    def cursor_for(self, match: Match) -> QTextCursor:
        """Where the editor's cursor goes to show a match: the words selected in the note,
        or just after the marker of the footnote they are in."""
        cursor = QTextCursor(self.note)
        if match.footnote_id:
            cursor.setPosition(match.marker + 1)
        else:
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def replace(self, words: str, replacement: str, cursor: QTextCursor, match_case: bool) -> Found:
        """Replace the match shown at the cursor and find the next; where none is shown,
        only find the next (the words are seen before they are replaced)."""
        current = self.shown if self._is_at(cursor, self.shown) else None
        pattern = words_pattern(words, match_case)
        if current is None or pattern is None or not self._still_matches(current, pattern):
            return self.find(words, 1 if current else 0, cursor, match_case)
        text = replacement_text(replacement)
        edit = QTextCursor(self.note)
        edit.beginEditBlock()
        self._replace(edit, current, text)
        edit.endEditBlock()
        after = (current.marker, 1, current.start + len(text))
        if not current.footnote_id:
            after = (current.start + len(text), -1, 0)
        return self._pick(find_all(self.note, words, match_case), after, 0)

    def replace_all(self, words: str, replacement: str, match_case: bool) -> int:
        """Replace every match, as one step of undo; how many were replaced."""
        found = find_all(self.note, words, match_case)
        if not found:
            return 0
        text = replacement_text(replacement)
        edit = QTextCursor(self.note)
        edit.beginEditBlock()
        for match in reversed(found):  # from the end: the positions before stay true
            self._replace(edit, match, text)
        edit.endEditBlock()
        self.shown = None
        return len(found)

    def forget(self) -> None:
        """Another meeting in the note: the match shown is gone."""
        self.shown = None

    # Inside

    def _pick(self, found: list[Match], here: Key, direction: int) -> Found:
        if not found:
            self.shown = None
            return Found(None)
        keys = [match.key for match in found]
        if direction < 0:
            index = (bisect.bisect_left(keys, here) - 1) % len(found)  # round to the last
        else:  # as typed, the match shown itself may do; the next is after it
            index = (bisect.bisect_right if direction else bisect.bisect_left)(keys, here)
            index = index if index < len(found) else 0
        self.shown = found[index]
        return Found(found[index], index + 1, len(found))

    def _key_at(self, cursor: QTextCursor, direction: int) -> Key:
        """Where a search starts: the match shown, while the cursor is still on it; else
        the cursor (its selection's end for the next match, its start otherwise)."""
        if self._is_at(cursor, self.shown):
            assert self.shown is not None
            return self.shown.key
        position = cursor.selectionEnd() if direction > 0 else cursor.selectionStart()
        return (position, -1, 0)

    def _is_at(self, cursor: QTextCursor, match: Match | None) -> bool:
        if match is None:
            return False
        if not match.footnote_id:
            return (cursor.selectionStart(), cursor.selectionEnd()) == (match.start, match.end)
        return not cursor.hasSelection() and cursor.position() == match.marker + 1

    def _still_matches(self, match: Match, pattern: re.Pattern[str]) -> bool:
        if match.footnote_id:
            text = self._footnote_at(match)
            return text is not None and bool(
                pattern.fullmatch(text.plain_text(), match.start, match.end)
            )
        cursor = self.cursor_for(match)
        return bool(pattern.fullmatch(cursor.selectedText()))

    def _footnote_at(self, match: Match) -> Inline | None:
        cursor = QTextCursor(self.note)
        cursor.setPosition(match.marker + 1)
        fmt = cursor.charFormat()
        if not is_marker(fmt) or marker_id(fmt) != match.footnote_id:
            return None
        return marker_text(fmt)

    def _replace(self, edit: QTextCursor, match: Match, text: str) -> None:
        """Within the caller's edit block: the words replaced, formatted as the first one."""
        if match.footnote_id:
            footnote = self._footnote_at(match)
            if footnote is None:
                return
            changed = replace_in(footnote, match.start, match.end, text)
            edit.setPosition(match.marker)
            edit.setPosition(match.marker + 1, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(marker_format(match.footnote_id, changed))
            return
        edit.setPosition(match.start + 1)
        fmt = edit.charFormat()  # of the first character replaced
        edit.setPosition(match.start)
        edit.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(text, fmt)
