"""The title block: body, title, symbol, date and place, from the lines before the note."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop_app.core.dates import read_date
from desktop_app.formats.text_import.lines import Line

_SYMBOL = re.compile(r"\b([A-Z][A-Z0-9]{0,9}(?:/[A-Z0-9]+(?:\.\s?[A-Z0-9]+)*)+)(\*?)")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|janvier|f\u00e9vrier|fevrier|mars|avril|mai|juin|juillet|ao\u00fbt|aout|septembre"
    "|octobre|novembre|d\u00e9cembre|decembre"
)
_DATE = re.compile(rf"\b(\d{{1,2}}|1er|ler)\s+({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:held (?:at [^,]+? )?in|\u00e0) ([A-Z][\w\u00e8\u00e9-]+)")
_BODY = re.compile(
    r"\b(body|council|committee|comit\u00e9|comite|group|groupe|commission|conference|platform"
    r"|board|panel)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(report|rapport|compte rendu|chairperson|summary record|note)\b(?!:)", re.I)
_NOT_TITLE = re.compile(r"^(contents|sommaire|table des mati\u00e8res|distr|original)\b", re.I)
_NOT_BODY = re.compile(r"^(united nations|general assembly|distr|original)", re.IGNORECASE)


@dataclass
class TitleBlock:
    body: str = ""
    title: str = ""
    symbol: str = ""
    date: dt.date | None = None
    place: str = ""
    title_star: bool = False
    used: set[int] = field(default_factory=set)


def read_title_block(lines: list[Line], end: int) -> TitleBlock:
    block = TitleBlock()
    front = [(i, lines[i]) for i in range(end) if lines[i].text]
    _title(front, block)
    for index, line in front:
        text = line.text
        if not block.symbol and (found := _SYMBOL.search(text)) and re.search(r"\d", found[1]):
            block.symbol = re.sub(r"\.\s", ".", found.group(1))
        if not block.body and _is_body(text) and index not in block.used:
            block.body = text.strip("| ")
            block.used.add(index)
        if block.date is None and (found := _DATE.search(text)):
            day = "1" if found.group(1).lower() in ("1er", "ler") else found.group(1)
            block.date = read_date(f"{day} {found.group(2)} {found.group(3)}")
        if not block.place and (found := _PLACE.search(text)):
            block.place = found.group(1)
    return block


def _is_body(text: str) -> bool:
    return bool(
        _BODY.search(text)
        and not _NOT_BODY.match(text)
        and len(text) <= 120
        and not re.search(r"\d", text)
    )


def _title(front: list[tuple[int, Line]], block: TitleBlock) -> None:
    for position, (index, line) in enumerate(front):
        if not _TITLE.match(line.text):
            continue
        pieces = [line.text]
        block.used.add(index)
        for next_index, following in front[position + 1 :]:
            if next_index != index + 1 or not _continues(lines_text(pieces), line, following):
                break
            pieces.append(following.text)
            block.used.add(next_index)
            index, line = next_index, following
        title = " ".join(pieces)
        block.title_star = "*" in title
        block.title = title.replace("*", "").strip()
        for other_index, other in front:
            if other.text.replace("*", "") == block.title:
                block.used.add(other_index)
        return


def lines_text(pieces: list[str]) -> str:
    return " ".join(pieces)


def _continues(title: str, line: Line, following: Line) -> bool:
    if _TITLE.match(following.text) or following.text == title or ":" in following.text:
        return False
    if _NOT_TITLE.match(following.text):
        return False
    indent = len(line.raw) - len(line.raw.lstrip())
    same_indent = indent > 0 and indent == len(following.raw) - len(following.raw.lstrip())
    last_words = len(following.text.split()) <= 3 and not re.search(r"[\d.;]", following.text)
    return bool(
        title.endswith(",") or re.search(r"\b[a-z][\w-]*$", title) or same_indent or last_words
    )
