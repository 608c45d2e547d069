"""Lines as the recogniser sees them: page furniture dropped, spaces and hyphens mended."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_PAGE = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,3}\s*-?|\d+\s*/\s*\d+|\*\d{5,}\*"
    r"|(?:\d+\s+)?GE\.\d\d-\d+.*|\[\.\.\.\])$",
    re.IGNORECASE,
)
_STRUCTURE = re.compile(r"^(?:-\s+)?(?:\(?\d+[.)]|\([a-z]+\)|[IVXLC]+\.|[A-Z]\.|\(Agenda)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REPEATED = 3
_SHORT = 40


@dataclass
class Line:
    text: str  # whitespace collapsed, no indent
    raw: str  # as in the source, tabs and indent kept, trailing spaces gone
    page: int

    @property
    def blank(self) -> bool:
        return not self.text


def prepare(raw_lines: list[str]) -> list[Line]:
    """The lines of the text, furniture (running heads, page numbers) left out."""
    keys = Counter(_key(line) for line in raw_lines if 0 < len(line.strip()) <= _SHORT)
    lines: list[Line] = []
    page = 0
    for raw in raw_lines:
        raw = raw.rstrip()
        if "\f" in raw:
            page += 1
            raw = raw.replace("\f", "")
        text = _SPACES.sub(" ", raw).strip().removeprefix("# ").strip()
        if text and _is_furniture(text, keys):
            page += 1
            continue
        lines.append(Line(text, raw, page))
    return lines


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", _SPACES.sub(" ", line).strip())


def _is_furniture(text: str, keys: Counter[str]) -> bool:
    if _PAGE.match(text):
        return True
    return len(text) <= _SHORT and keys[_key(text)] >= _REPEATED and not _STRUCTURE.match(text)


def vocabulary(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def join_pieces(pieces: list[str], words: set[str]) -> str:
    """Wrapped lines as one text; a hyphen at a line's end kept where the word has one."""
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif out.endswith("\u00ad"):
            out = out[:-1] + piece
        elif re.search(r"[^\W\d_]-$", out) and piece[:1].islower():
            out = _hyphenated(out, piece, words)
        else:
            out = f"{out} {piece}"
    return out.replace("\u00ad", "")


def _hyphenated(out: str, piece: str, words: set[str]) -> str:
    head = re.search(r"([^\W\d_]+)-$", out)
    tail = re.match(r"[^\W\d_]+", piece)
    if head and tail:
        joined = (head.group(1) + tail.group(0)).casefold()
        hyphened = f"{head.group(1)}-{tail.group(0)}".casefold()
        if joined in words and hyphened not in words:
            return out[:-1] + piece
        if hyphened not in words and not _is_word(head.group(1), words):
            return out[:-1] + piece
    return out + piece


def _is_word(part: str, words: set[str]) -> bool:
    return part.casefold() in words and len(part) > 3
