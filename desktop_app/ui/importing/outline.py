"""What the import preview says of a recognised note, in the user's words: its counts, its
headings with their paragraph ranges, and the opening words of its first paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.model import AgendaItem, Meeting, Paragraph
from desktop_app.core.numbering import Numbering, number_meeting
from desktop_app.formats.importing import ImportedNote

FORMAT_NAMES = {
    "rapporteur markdown": "Rapporteur Markdown",
    "markdown": "Markdown",
    "text": "plain text",
    "pdf": "PDF (its text)",
    "docx": "Word (DOCX)",
}
OPENING_WORDS = 90  # characters of each first paragraph shown


@dataclass
class Heading:
    """One line of the outline: "I. Organization of the session", its paragraphs "1–6"."""

    title: str
    numbers: str  # the numbered paragraphs under it, its sub-headings' included: "1–6", ""
    unnumbered: int = 0  # its own unnumbered paragraphs
    sub_headings: list[Heading] = field(default_factory=list)

    @property
    def paragraphs(self) -> str:
        """The paragraphs column: "1–6", "140–141, 254 unnumbered", "1 unnumbered", "none"."""
        shown = [self.numbers] if self.numbers else []
        if self.unnumbered:
            shown.append(f"{self.unnumbered:,} unnumbered")
        return ", ".join(shown) or "none"

    @property
    def text(self) -> str:
        """The whole line: "I. Organization of the session — paragraphs 1–6"."""
        shown = [f"paragraph{'s' if '–' in self.numbers else ''} {self.numbers}"]
        shown = shown if self.numbers else []
        if self.unnumbered:
            shown.append(_count(self.unnumbered, "unnumbered paragraph"))
        return f"{self.title} — {' and '.join(shown) or 'no paragraphs'}"


def format_name(note: ImportedNote) -> str:
    return FORMAT_NAMES.get(note.format, note.format)


def sub_item_count(meeting: Meeting) -> int:
    return sum(len(list(p.all_sub_items())) for p in meeting.paragraphs())


def counts(note: ImportedNote) -> str:
    """ "141 numbered paragraphs, 8 headings, 3 sub-items, 4 footnotes"."""
    unnumbered = sum(1 for p in note.meeting.paragraphs() if not p.numbered)
    parts = [
        _count(note.paragraphs, "numbered paragraph"),
        _count(note.headings, "heading"),
        _count(sub_item_count(note.meeting), "sub-item"),
        _count(note.footnotes, "footnote"),
    ]
    if unnumbered:
        parts.append(_count(unnumbered, "unnumbered paragraph"))
    return ", ".join(parts)


def outline(meeting: Meeting) -> list[Heading]:
    """The headings as recognised, each with the paragraphs under it; the paragraphs before
    the first heading come first."""
    numbering = number_meeting(meeting)
    shown: list[Heading] = []
    if meeting.opening:
        numbers = numbering.section_range(None)
        shown.append(Heading("Before the first heading", numbers, _unnumbered(meeting.opening)))
    for item in meeting.agenda:
        heading = _heading(item, numbering)
        heading.sub_headings = [_heading(s, numbering) for s in item.sub_items]
        shown.append(heading)
    return shown


def first_paragraphs(meeting: Meeting, how_many: int = 6) -> list[str]:
    """ "1. The Working Group on the Universal Periodic Review, established …": the numbered
    paragraphs' numbers and opening words, to see that the numbering is right."""
    numbers = number_meeting(meeting).paragraphs
    shown = []
    for paragraph in meeting.paragraphs():
        number = numbers.get(paragraph.id)
        if number is None:
            continue
        text = " ".join(paragraph.text.plain_text().split())
        if len(text) > OPENING_WORDS:
            text = text[:OPENING_WORDS].rsplit(" ", 1)[0] + " …"
        shown.append(f"{number}. {text}")
        if len(shown) == how_many:
            break
    return shown


def _heading(item: AgendaItem, numbering: Numbering) -> Heading:
    title = " ".join(f"{item.label} {item.title}".split()) or "(a heading with no title)"
    return Heading(title, numbering.section_range(item.id), _unnumbered(item.paragraphs))


def _unnumbered(paragraphs: list[Paragraph]) -> int:
    return sum(1 for p in paragraphs if not p.numbered)


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}{'' if number == 1 else 's'}"
