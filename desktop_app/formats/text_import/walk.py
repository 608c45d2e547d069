"""The walk through the note's lines: each line a heading, a paragraph, a sub-item or text."""

from __future__ import annotations

import re

from desktop_app.formats.text_import.lines import Line
from desktop_app.formats.text_import.structure import (
    AGENDA,
    ANNEX,
    CHAPTER,
    PARAGRAPH,
    PART,
    ROMANS,
    SUB_ITEM,
    SUB_NUMBER,
    TAB_NUMBER,
    HeadingDraft,
    Outline,
    ParagraphDraft,
    SubItemDraft,
    Text,
    is_title_line,
    roman,
)

_LOOKAHEAD = 400
_SENTENCE_END = re.compile(r"[\d.;:,]$|\d")  # a line of a sentence, not of a heading
_CONNECTORS = {"of", "and", "for", "the", "on", "to", "in", "with", "a", "an", "by", "at", "from"}


class Walk:
    def __init__(self, lines: list[Line], numbered: bool = True) -> None:
        self.lines = lines
        self.outline = Outline()
        self.expected = 1
        self.top: HeadingDraft | None = None
        self.heading: HeadingDraft | None = None  # where paragraphs go
        self.last_heading: HeadingDraft | None = None  # just read, may continue
        self.paragraph: ParagraphDraft | None = None
        self.target: Text | None = None
        self.quoted = 0  # next number of a list quoted inside a paragraph, 0 when none
        self.annex = not numbered  # unnumbered from here on: blocks are paragraphs
        self.last_roman = 0
        self.last_letter = "@"
        self.blank = True
        self.sub_numbered: set[int] = set()
        self.in_annex = False

    def run(self) -> Outline:
        for index, line in enumerate(self.lines):
            if line.blank:
                self.blank = True
                self.last_heading = None
                continue
            self.line(index, line)
            self.blank = False
        return self.outline

    def line(self, index: int, line: Line) -> None:
        text = line.text
        number_match = PARAGRAPH.match(text) or (
            TAB_NUMBER.match(line.raw) if self.quoted else None
        )
        if number_match:
            groups = [g for g in number_match.groups()[:-1] if g]
            if self.numbered(index, int(groups[0]), number_match.groups()[-1] or "", text):
                return
        if (found := SUB_NUMBER.match(text)) and int(found[1]) == self.expected - 1:
            self.sub_number(text)
            return
        if (found := SUB_ITEM.match(text)) and self.sub_item(index, found[1], found[2] or ""):
            return
        if AGENDA.match(text) and self.last_heading is not None:
            self.last_heading.pieces.append(text)
            self.last_heading = None  # "(Agenda item 2)" ends its heading
            return
        if self.heading_line(index, text):
            return
        if self.last_heading is not None and not self.blank and self.heading_goes_on(text):
            self.last_heading.pieces.append(text)
            return
        self.text(text)

    # paragraphs

    def numbered(self, index: int, number: int, rest: str, text: str) -> bool:
        if self.annex:
            self.new_paragraph(None, text)
            return True
        if self.quoted and number == self.quoted:
            self.quoted += 1
            self.new_paragraph(None, text, keep_heading=True)
            return True
        if number == self.expected and self.heads_its_number(index, number, rest):
            self.add_heading(2, f"{number}.", rest)
            return True
        if number == self.expected:
            if self.quoted:
                self.quoted = 0
            self.expected += 1
            self.new_paragraph(number, rest)
            return True
        self.quoted = 0
        if (
            number < self.expected
            and rest
            and len(rest) <= 80
            and not rest.endswith((".", ";", ":", ","))
        ):
            self.add_heading(2, f"{number}.", rest)
            return True
        if number == 1 and self.expected > 1:
            if self.quotes_a_list(index):
                self.outline.warnings.append(
                    f"paragraph {self.expected - 1} quotes a numbered list: its items are kept"
                    " as unnumbered paragraphs after it"
                )
                self.quoted = 2
                self.new_paragraph(None, text, keep_heading=True)
                return True
            self.outline.warnings.append(
                f"the numbering restarts at 1 after paragraph {self.expected - 1} (an annex?):"
                " what follows is kept as unnumbered paragraphs"
            )
            self.annex = True
            self.new_paragraph(None, text)
            return True
        return False

    def heads_its_number(self, index: int, number: int, rest: str) -> bool:
        """ "1. Proceedings" just above "1. The SBSTA considered …": a numbered sub-heading."""
        if not rest or len(rest) > 80 or rest.endswith((".", ";", ":", ",")):
            return False
        following = next((line for line in self.lines[index + 1 : index + 4] if line.text), None)
        found = PARAGRAPH.match(following.text) if following else None
        return bool(found and int(found.group(1) or found.group(2)) == number)

    def sub_number(self, text: str) -> None:
        """ "140.1 Ratify …" under paragraph 140: an unnumbered paragraph keeping its number."""
        number = self.expected - 1
        if number not in self.sub_numbered:
            self.sub_numbered.add(number)
            self.outline.warnings.append(
                f"paragraph {number}'s items {number}.1, {number}.2 … are kept as unnumbered"
                " paragraphs after it, their numbers in their text"
            )
        self.new_paragraph(None, text, keep_heading=True)

    def quotes_a_list(self, start: int) -> bool:
        """Whether a "1." inside a paragraph opens a list that the paragraph numbers outlast."""
        following = 2
        for line in self.lines[start + 1 : start + _LOOKAHEAD]:
            found = PARAGRAPH.match(line.text) or TAB_NUMBER.match(line.raw)
            if not found:
                continue
            number = int(next(g for g in found.groups()[:-1] if g))
            if number == following:
                following += 1
            else:
                return number == self.expected
        return False

    def new_paragraph(self, number: int | None, text: str, keep_heading: bool = False) -> None:
        paragraph = ParagraphDraft([text] if text else [], number)
        if self.heading is None:
            self.outline.opening.append(paragraph)
        else:
            self.heading.paragraphs.append(paragraph)
        self.paragraph = self.target = paragraph
        self.last_heading = None
        self.last_letter = "@"

    def text(self, text: str) -> None:
        starts_new = self.blank and (self.annex or self.paragraph is None) and not text[0].islower()
        if self.target is None or starts_new:
            self.new_paragraph(None, text)
        else:
            self.target.pieces.append(text)

    # sub-items

    def sub_item(self, index: int, label: str, text: str) -> bool:
        if self.paragraph is None:
            self.new_paragraph(None, "")
        assert self.paragraph is not None
        subs = self.paragraph.sub_items
        next_letter = chr(ord(self.last_letter) + 1)
        inner = subs[-1].sub_items if subs else None
        next_roman = ROMANS[len(inner)] if inner is not None and len(inner) < len(ROMANS) else "i"
        is_roman = (
            subs
            and label == next_roman
            and (label != next_letter or self.next_sub_label(index) == "ii")
        )
        if is_roman and inner is not None:
            item = SubItemDraft([text] if text else [], f"({label})")
            inner.append(item)
        elif len(label) == 1 or label not in ROMANS:
            item = SubItemDraft([text] if text else [], f"({label})")
            subs.append(item)
            self.last_letter = label[-1]
        else:
            return False
        self.target = item
        self.last_heading = None
        return True

    def next_sub_label(self, start: int) -> str:
        for line in self.lines[start + 1 : start + 30]:
            if found := SUB_ITEM.match(line.text):
                return found[1]
        return ""

    # headings

    def heading_line(self, index: int, text: str) -> bool:
        if found := PART.match(text):
            self.add_heading(1, f"{found[1]} {found[2]}", found[3] or "")
            return True
        if found := ANNEX.match(text):
            self.in_annex = False
            self.add_heading(1, "", text)
            self.in_annex = True  # its parts and chapters are its sub-headings
            return True
        found = CHAPTER.match(text)
        if found and len(text) <= 400 and not text.endswith((".", ";", ",")):
            return self.chapter(found[1], found[2])
        continues = self.last_heading is not None and not self.blank and self.heading_goes_on(text)
        if (
            is_title_line(text)
            and not continues
            and self.before_structure(index)
            and self.after_end()
        ):
            self.add_heading(
                2 if self.top and (self.top.label or not self.top.paragraphs) else 1, "", text
            )
            return True
        return False

    def heading_goes_on(self, text: str) -> bool:
        """Whether a line carries on the heading just read: a lower-case start, or a title
        line after a chapter's title, a wrapped line ("… for") or an annex's label."""
        assert self.last_heading is not None
        if text[0].islower():
            return True
        if not is_title_line(text):
            return False
        label = self.last_heading.label
        if label:
            return not label[0].isdigit()  # "2. Conclusions" is whole on its line
        words = " ".join(self.last_heading.pieces).split()
        if words and (words[-1].endswith("-") or words[-1] in _CONNECTORS):
            return True
        return bool(ANNEX.match(" ".join(words)))

    def chapter(self, label: str, title: str) -> bool:
        letter_next = chr(ord(self.last_letter_heading()) + 1)
        is_roman = all(c in "IVXLC" for c in label)
        if is_roman and roman(label) == self.last_roman + 1 and label != letter_next:
            self.last_roman = roman(label)
            self.add_heading(1, f"{label}.", title)
            return True
        if len(label) == 1 and (label == letter_next or label == "A"):
            self.add_heading(2, f"{label}.", title)
            return True
        if is_roman:
            self.last_roman = roman(label)
            self.add_heading(1, f"{label}.", title)
            return True
        return False

    def last_letter_heading(self) -> str:
        if self.top and self.top.sub_items:
            letters = [
                h.label for h in self.top.sub_items if len(h.label) == 2 and h.label[0].isupper()
            ]
            return letters[-1][0] if letters else "@"
        return "@"

    def before_structure(self, index: int, depth: int = 0) -> bool:
        """Whether a paragraph, an agenda line or a chapter (or a title line before one) follows."""
        for offset, line in enumerate(self.lines[index + 1 : index + 6], index + 1):
            if not line.text:
                continue
            found = PARAGRAPH.match(line.text)
            if found:
                return int(found.group(1) or found.group(2)) in (self.expected, 1) or self.annex
            if AGENDA.match(line.text) or CHAPTER.match(line.text):
                return True
            text = line.text
            goes_on = is_title_line(text) or (
                text[0].islower() and len(text) <= 80 and not _SENTENCE_END.search(text)
            )  # "migration and exchange of views" under "… the global compact on"
            return depth < 2 and goes_on and self.before_structure(offset, depth + 1)
        return False

    def after_end(self) -> bool:
        if self.blank or self.target is None:
            return True
        last = self.target.pieces[-1] if self.target.pieces else ""
        return last.endswith((".", ";", "!", "?")) or self.last_heading is not None

    def add_heading(self, level: int, label: str, title: str) -> None:
        if self.in_annex and self.top is not None:
            level = 2  # "Part I" under "Annex I"
        heading = HeadingDraft([title] if title else [], level, label)
        if level == 1 or self.top is None:
            self.outline.headings.append(heading)
            self.top = heading
        else:
            self.top.sub_items.append(heading)
        self.heading = self.last_heading = heading
        self.paragraph = None
        self.target = None
        self.last_letter = "@"
