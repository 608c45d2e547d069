"""The numbers of a meeting, by id: paragraph numbers, sub-item letters, footnote numbers and
the paragraph range of each section, as `outline.number_rows` computes them for the note.

Paragraphs are numbered 1…N straight across the opening section and every agenda section;
unnumbered paragraphs are skipped. Sub-items are lettered (a), (b) … (z), (aa), (bb) …,
and their own sub-items (i), (ii) …. Footnotes are numbered by first appearance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.labels import letter, roman, sub_item_label
from desktop_app.core.model import Meeting
from desktop_app.core.outline import number_rows, rows_of

__all__ = ["Numbering", "letter", "number_meeting", "roman", "sub_item_label"]


@dataclass
class Numbering:
    """Every number of a meeting, by id."""

    paragraphs: dict[str, int] = field(default_factory=dict)
    sub_items: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, int] = field(default_factory=dict)
    ranges: dict[str | None, str] = field(default_factory=dict)  # None: the opening section
    paragraph_of: dict[str, str] = field(default_factory=dict)  # a sub-item's paragraph

    def section_range(self, agenda_item_id: str | None) -> str:
        """The paragraph numbers under a heading as shown beside it, its sub-items' included:
        "3–10", "11", ""."""
        return self.ranges.get(agenda_item_id, "")

    def paragraph_number(self, place_id: str | None) -> int | None:
        """The number of the paragraph that holds a paragraph or sub-item."""
        if place_id is None:
            return None
        return self.paragraphs.get(self.paragraph_of.get(place_id, place_id))


def number_meeting(meeting: Meeting) -> Numbering:
    outline = number_rows(rows_of(meeting))
    numbering = Numbering(
        paragraphs=outline.paragraph_numbers,
        footnotes=outline.footnote_numbers,
        ranges={entry.id: entry.paragraph_range for entry in outline.agenda},
    )
    numbering.ranges[None] = outline.opening_range
    for place in outline.rows:
        if place.kind.is_sub_item and place.paragraph_id is not None:
            numbering.sub_items[place.id] = place.label
            numbering.paragraph_of[place.id] = place.paragraph_id
    return numbering
