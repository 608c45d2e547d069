"""The numbering engine: numbers, letters and footnote numbers, computed from order.

Paragraphs are numbered 1…N straight across the opening section and every agenda section;
unnumbered paragraphs are skipped. Sub-items are lettered (a), (b) … (z), (aa), (bb) …,
and their own sub-items (i), (ii) …. Footnotes are numbered by first appearance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from desktop_app.core.model import Meeting

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def letter(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa", 27 → "bb" … as in UN documents."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


def roman(index: int) -> str:
    """0 → "i", 3 → "iv" …"""
    number = index + 1
    out = []
    for value, digits in _ROMAN:
        count, number = divmod(number, value)
        out.append(digits * count)
    return "".join(out)


@cache  # called for every sub-item of the note at every change of its structure
def sub_item_label(index: int, depth: int) -> str:
    """The label of the index-th sub-item at depth 1 "(a)" or depth 2 "(i)"."""
    return f"({letter(index) if depth == 1 else roman(index)})"


@dataclass
class Numbering:
    """Every number of a meeting, by id."""

    paragraphs: dict[str, int] = field(default_factory=dict)
    sub_items: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, int] = field(default_factory=dict)
    sections: dict[str | None, tuple[int, int] | None] = field(default_factory=dict)

    def section_range(self, agenda_item_id: str | None) -> str:
        """The paragraph numbers of a section as shown beside its heading: "3–10", "11", ""."""
        span = self.sections.get(agenda_item_id)
        if span is None:
            return ""
        first, last = span
        return str(first) if first == last else f"{first}–{last}"


def number_meeting(meeting: Meeting) -> Numbering:
    numbering = Numbering()
    next_number = 1
    for section in meeting.sections():
        first = next_number
        for paragraph in section.paragraphs:
            if paragraph.numbered:
                numbering.paragraphs[paragraph.id] = next_number
                next_number += 1
            for index, sub_item in enumerate(paragraph.sub_items):
                numbering.sub_items[sub_item.id] = sub_item_label(index, 1)
                for inner_index, inner in enumerate(sub_item.sub_items):
                    numbering.sub_items[inner.id] = sub_item_label(inner_index, 2)
            for footnote_id in paragraph.footnote_ids():
                numbering.footnotes.setdefault(footnote_id, len(numbering.footnotes) + 1)
        numbering.sections[section.id] = (first, next_number - 1) if next_number > first else None
    return numbering
