"""Where a search's words stand in a text, to highlight them in the note: accents and letter
case aside as the search has them ("migracion" finds "migración"), a phrase's words with
any spaces or punctuation between them, and a word being typed (a prefix) to its end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.core.search_query import Term
from desktop_app.store.search import folded


def word_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each word or phrase of `words` found in `text`, in order, apart."""
    plain, origin = _folded_with_origin(text)
    patterns = [_pattern(word) for word in words]
    pattern = "|".join(p for p in sorted(patterns, key=len, reverse=True) if p)
    if not pattern:
        return []
    spans: list[tuple[int, int]] = []
    for match in re.finditer(pattern, plain):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
    return spans


def _pattern(word: str) -> str:
    parts = [re.escape(part) for part in re.findall(r"\w+", folded(word))]
    if not parts:
        return ""
    # Chinese, Arabic…: found as substrings, the characters after them no part of them.
    return r"\W+".join(parts) + ("" if Term(word).by_substring else r"\w*")


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the one of `text` it comes from."""
    characters: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        for piece in folded(character):
            characters.append(piece)
            origin.append(index)
    return "".join(characters), origin
