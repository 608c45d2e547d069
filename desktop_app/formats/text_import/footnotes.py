"""Footnotes: their texts (at a page's foot, after a rule, a `*` line) and their markers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.formats.text_import.lines import Line

_NOTE_START = re.compile(r"^(\d{1,3}|[a-z])\s+([^\d\s].*)$")  # "1 994 500" is a figure
_LETTER_NOTE = re.compile(r"^\s*([a-z])(?:\s{2,}|\t)([A-Z].*)$")  # a table's note "a  Text"
_STAR_NOTE = re.compile(r"^\*\s+(\S.*)$")
_RULE = re.compile(r"^[-_\u2013\u2014]{1,}$")
_STRUCTURE = re.compile(r"^(?:-\s+)?(?:\(?\d+[.)]|\([a-z]+\)|[IVXLC]+\.\s|[A-Z]\.\s|\(Agenda)")
SUPERSCRIPTS = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789"
)


@dataclass
class NoteText:
    marker: str  # "1", "*", "a"
    pieces: list[str] = field(default_factory=list)


def take_note_texts(lines: list[Line]) -> tuple[list[Line], list[NoteText]]:
    """The lines less the footnote texts, and those texts in order."""
    notes: list[NoteText] = []
    taken: set[int] = set()
    _star_notes(lines, notes, taken)
    _page_foot_notes(lines, notes, taken)
    _notes_after_rule(lines, notes, taken)
    _letter_notes(lines, notes, taken)
    return [line for i, line in enumerate(lines) if i not in taken], notes


def _star_notes(lines: list[Line], notes: list[NoteText], taken: set[int]) -> None:
    for index, line in enumerate(lines):
        found = _STAR_NOTE.match(line.text)
        if found and found.group(1)[:1].isupper():
            note = NoteText("*", [found.group(1)])
            taken.add(index)
            for after in range(index + 1, len(lines)):
                following = lines[after]
                if following.blank or following.page != line.page:
                    break
                if _NOTE_START.match(following.text) or _STAR_NOTE.match(following.text):
                    break
                note.pieces.append(lines[after].text)
                taken.add(after)
            notes.append(note)


def _page_foot_notes(lines: list[Line], notes: list[NoteText], taken: set[int]) -> None:
    """Numbered notes in the last lines of a page, numbered on from the notes before."""
    expected = 1
    index = 0
    while index < len(lines):
        found = _NOTE_START.match(lines[index].text)
        if found and found.group(1) == str(expected) and index not in taken:
            end = _foot_end(lines, index, expected)
            if end is not None:
                expected = _take_foot(lines, index, end, notes, taken, expected)
                index = end
                continue
        index += 1


def _foot_end(lines: list[Line], start: int, number: int) -> int | None:
    """Where the page of a note at `start` ends, if nothing but notes runs to it."""
    page = lines[start].page
    index = start + 1
    while index < len(lines) and lines[index].page == page:
        line = lines[index]
        if line.text and _STRUCTURE.match(line.text):
            return None
        index += 1
    return index if index < len(lines) or start > 0 else None


def _take_foot(
    lines: list[Line], start: int, end: int, notes: list[NoteText], taken: set[int], number: int
) -> int:
    for index in range(start, end):
        text = lines[index].text
        if not text:
            continue
        found = _NOTE_START.match(text)
        if found and found.group(1) == str(number):
            notes.append(NoteText(str(number), [found.group(2)]))
            number += 1
        elif notes:
            notes[-1].pieces.append(text)
        taken.add(index)
    return number


def _notes_after_rule(lines: list[Line], notes: list[NoteText], taken: set[int]) -> None:
    """A lone rule, then blocks of text till the next numbered line: the notes, in order."""
    number = len([n for n in notes if n.marker.isdigit()]) + 1
    for index, line in enumerate(lines):
        if not _RULE.match(line.text) or index in taken:
            continue
        taken.add(index)
        note: NoteText | None = None
        for after in range(index + 1, len(lines)):
            text = lines[after].text
            if after in taken or not text:
                note = None
                continue
            if _STRUCTURE.match(text):
                break
            taken.add(after)
            found = _NOTE_START.match(text)
            if found and (found.group(1) == str(number) or found.group(1).isalpha()):
                note = NoteText(found.group(1), [found.group(2)])
                number += found.group(1).isdigit()
                notes.append(note)
            elif note is None:
                note = NoteText(str(number), [text])
                number += 1
                notes.append(note)
            else:
                note.pieces.append(text)


def _letter_notes(lines: list[Line], notes: list[NoteText], taken: set[int]) -> None:
    """Table notes a, b … on lines of their own, the letter set apart by two spaces or a tab."""
    expected = "a"
    for index, line in enumerate(lines):
        found = _LETTER_NOTE.match(line.raw)
        if index in taken or not found or found.group(1) != expected:
            continue
        if any(note.marker == expected for note in notes):
            continue
        notes.append(NoteText(expected, [found.group(2).strip()]))
        taken.add(index)
        expected = chr(ord(expected) + 1)
