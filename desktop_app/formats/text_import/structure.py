"""Headings, numbered paragraphs and sub-items, found by a walk that expects the next number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.formats.text_import.lines import Line

PARAGRAPH = re.compile(r"^(?:-\s+)?(?:(\d{1,4})\.|\((\d{1,4})\))(?:\s+(.*))?$")
TAB_NUMBER = re.compile(r"^\s*(\d{1,3})\t(.*)$")
SUB_NUMBER = re.compile(r"^(\d{1,4})\.(\d{1,3})\.?\s+\S")
SUB_ITEM = re.compile(r"^(?:-\s+)?\(([a-z]{1,5})\)(?:\s+(.*))?$")
CHAPTER = re.compile(r"^([IVXLC]+|[A-Z])(?:\.|\s+[\u2013\u2014-])\s+(\S.*)$")
PART = re.compile(r"^(Part|PART|Partie)\s+(\S+)(?:\s+[\u2013\u2014-]\s+(.*))?$")
ANNEX = re.compile(r"^(Annex|ANNEX|Annexe|ANNEXE)(\s+[IVXLC\d]+)?$")
AGENDA = re.compile(r"^\((Agenda .*|.*de l'ordre du jour.*)\)$")
ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split()  # noqa: SIM905
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_END = (".", ";", ":", ",")


def roman(label: str) -> int:
    total = 0
    for index, char in enumerate(label):
        value = _ROMAN_VALUES[char]
        later = _ROMAN_VALUES[label[index + 1]] if index + 1 < len(label) else 0
        total += -value if value < later else value
    return total


@dataclass
class Text:
    pieces: list[str] = field(default_factory=list)


@dataclass
class SubItemDraft(Text):
    label: str = ""
    sub_items: list[SubItemDraft] = field(default_factory=list)


@dataclass
class ParagraphDraft(Text):
    number: int | None = None
    sub_items: list[SubItemDraft] = field(default_factory=list)


@dataclass
class HeadingDraft(Text):
    level: int = 1
    label: str = ""
    paragraphs: list[ParagraphDraft] = field(default_factory=list)
    sub_items: list[HeadingDraft] = field(default_factory=list)


@dataclass
class Outline:
    opening: list[ParagraphDraft] = field(default_factory=list)
    headings: list[HeadingDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def is_title_line(text: str) -> bool:
    """A line that reads as a heading with no number: short, capitalised, no sentence end."""
    return (
        0 < len(text) <= 150
        and text[0].isupper()
        and not text.endswith(_END)
        and ":" not in text
        and not PARAGRAPH.match(text)
    )


def first_paragraph(lines: list[Line]) -> int:
    for index, line in enumerate(lines):
        found = PARAGRAPH.match(line.text)
        if found and int(found.group(1) or found.group(2)) == 1:
            return index
    return len(lines)


def heading_start(lines: list[Line], first: int, used: set[int]) -> int:
    """Where the headings just above paragraph 1 begin (what comes before is the front)."""
    start = first
    index = first - 1
    while index >= 0:
        text = lines[index].text
        if index in used:
            break
        if not text:
            index -= 1
            continue
        chapter = CHAPTER.match(text) or PART.match(text)
        if not (chapter or AGENDA.match(text) or is_title_line(text)):
            break
        start = index
        if chapter and (chapter.group(1)[0] in "IP"):
            break
        index -= 1
    return start
