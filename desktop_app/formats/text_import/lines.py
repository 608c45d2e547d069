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
_NOTE_LINE = re.compile(r"^\d{1,3}\s+\S")  # a footnote's text, however often its form repeats
_SYMBOL_ONLY = re.compile(
    r"^[A-Z][A-Z0-9]{0,9}(?:/[A-Z0-9.\-]+)+$"
)  # "A/HRC/59/15" as running head
_DIGITS = re.compile(r"\d+")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
# Words that begin compounds in the genre: "capacity-|building", "non-|governmental".
_KEEPS_HYPHEN = {
    "self", "non", "well", "so", "capacity", "decision", "follow", "long", "short", "medium",
    "high", "multi", "cross", "gender", "country", "small", "large", "sub", "mid",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REPEATED = 3
_FRONT_LINES, _FRONT_CHARACTERS = 100, 20_000  # where a title block's symbol may stand
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
    front = "\n".join(raw_lines[:_FRONT_LINES])[:_FRONT_CHARACTERS]
    offset = 0
    page = 0
    for raw in raw_lines:
        start, offset = offset, offset + len(raw) + 1
        raw = raw.rstrip()
        if "\f" in raw:
            page += 1
            raw = raw.replace("\f", "")
        text = " ".join(raw.split()).removeprefix("# ")
        if _SYMBOL_ONLY.match(text) and start <= front.find(text) < offset:
            pass  # the symbol's first appearance is the title block's, the others running heads
        elif text and _is_furniture(text, keys):
            page += 1
            continue
        lines.append(Line(text, raw, page))
    return lines


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _is_furniture(text: str, keys: Counter[str]) -> bool:
    if _PAGE.match(text):
        return True
    if _SYMBOL_ONLY.match(text) and keys[_key(text)] >= 2:
        return True
    return (
        len(text) <= _SHORT
        and keys[_key(text)] >= _REPEATED
        and not _STRUCTURE.match(text)
        and not _NOTE_LINE.match(text)
    )


def vocabulary(text: str) -> set[str]:
    """The words of the text, less the halves of words broken at a line's end."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip().endswith(("-", "\u00ad")) and index + 1 < len(lines):
            lines[index] = " ".join(line.split()[:-1])
            lines[index + 1] = " ".join(lines[index + 1].split()[1:])
    return set(_WORD.findall("\n".join(lines).casefold()))


def join_pieces(pieces: list[str], words: set[str]) -> str:
    """Wrapped lines as one text; a hyphen at a line's end kept where the word has one."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        last = out[-1] if out else ""
        if not out:
            out.append(piece)
        elif last.endswith("\u00ad"):
            out[-1] = last[:-1] + piece
        elif _HYPHEN_END.search(last[-2:]) and piece[:1].islower():
            out[-1] = _hyphenated(last, piece, words)
        elif _HYPHEN_END.search(last[-2:]) and piece[:1].isupper():
            out[-1] = last + piece  # "Secretary-|General"
        else:
            out.append(piece)
    return " ".join(out).replace("\u00ad", "")


def _hyphenated(out: str, piece: str, words: set[str]) -> str:
    """ "capacity-|building" keeps its hyphen, "dis-|cussion" joins, as the text's words say."""
    head = re.search(r"([^\W\d_]+)-$", out)
    tail = re.match(r"[^\W\d_]+", piece)
    if not (head and tail):
        return out + piece
    first, second = head.group(1).casefold(), tail.group(0).casefold()
    if f"{first}-{second}" in words:
        return out + piece
    if first + second in words:
        return out[:-1] + piece
    if first in _KEEPS_HYPHEN:
        return out + piece
    if _is_word(first, words) and _is_word(second, words):
        return out + piece
    return out[:-1] + piece


def _is_word(part: str, words: set[str]) -> bool:
    return part in words and len(part) > 3
