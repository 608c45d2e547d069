"""The words of Find and Replace: where they stand in a text, and a text with some of them
replaced, its formatting kept."""

from __future__ import annotations

import re

from desktop_app.core.inline import Inline, Run, Span

# A paragraph break or a footnote marker is no word: nobody can type one to find it.
_UNSEARCHABLE = re.compile("[\u2029\ufffc\n\r]")


def words_pattern(words: str, match_case: bool = False) -> re.Pattern[str] | None:
    """The words as a literal pattern (any letter case unless `match_case`); None when there
    is nothing to find."""
    if not words or _UNSEARCHABLE.search(words):
        return None
    return re.compile(re.escape(words), 0 if match_case else re.IGNORECASE)


def replacement_text(typed: str) -> str:
    """What replaces the words: one line of text, with no footnote marker in it."""
    return _UNSEARCHABLE.sub(" ", typed)


def replace_in(text: Inline, start: int, end: int, replacement: str) -> Inline:
    """The text with the characters `start`…`end` of its plain text replaced. The
    replacement takes the formatting of the first character replaced; footnote markers
    stay where they stand."""
    style = _style_at(text, start)
    out: list[Span] = []
    offset = 0
    placed = False
    for span in text.spans:
        if not isinstance(span, Run):
            out.append(span)
            continue
        for character in span.text:
            if offset == start:
                out.append(Run(replacement, *style))
                placed = True
            if not start <= offset < end:
                out.append(Run(character, *span.style))
            offset += 1
    if not placed:
        out.append(Run(replacement, *style))
    return Inline(out)


def _style_at(text: Inline, offset: int) -> tuple[bool, bool]:
    """The formatting of the character at `offset` (of the last one when it is the end)."""
    position = 0
    last = (False, False)
    for span in text.spans:
        if isinstance(span, Run):
            if position <= offset < position + len(span.text):
                return span.style
            position += len(span.text)
            last = span.style
    return last
