"""The meeting as data: meeting, agenda item, paragraph, sub-item, footnote, action item.

Numbers are never stored here: paragraph numbers, sub-item letters and footnote numbers are
computed from order by `numbering`. Every entity has a stable id, and references (footnote
markers, action item → paragraph) point at ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core.ids import new_id
from desktop_app.core.inline import Inline


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass
class Footnote:
    text: Inline = field(default_factory=Inline)
    id: str = field(default_factory=new_id)


@dataclass
class SubItem:
    """A lettered sub-item (a), (b) … of a paragraph; its own sub-items are (i), (ii) …"""

    text: Inline = field(default_factory=Inline)
    sub_items: list[SubItem] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Paragraph:
    text: Inline = field(default_factory=Inline)
    numbered: bool = True
    sub_items: list[SubItem] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def all_sub_items(self) -> Iterator[tuple[SubItem, int]]:
        """Every sub-item in reading order with its depth (1 or 2)."""
        for sub_item in self.sub_items:
            yield sub_item, 1
            for inner in sub_item.sub_items:
                yield inner, 2

    def texts(self) -> Iterator[Inline]:
        """The paragraph's text, then each sub-item's, in reading order."""
        yield self.text
        for sub_item, _ in self.all_sub_items():
            yield sub_item.text

    def footnote_ids(self) -> list[str]:
        return [fid for text in self.texts() for fid in text.footnote_ids()]


@dataclass
class AgendaItem:
    """A heading of the note; its section is its paragraphs, then its sub-items' sections."""

    title: str = ""
    label: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sub_items: list[AgendaItem] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class ActionItem:
    """A request the meeting made: what, by whom, by when, and where it was said."""

    what: str = ""
    owner: str = ""
    due: str = ""
    status: ActionStatus = ActionStatus.OPEN
    paragraph_id: str | None = None  # where it was said: a paragraph, or one of its sub-items
    continues_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Section:
    """A run of paragraphs under one heading, or the opening section (agenda_item None)."""

    agenda_item: AgendaItem | None
    paragraphs: list[Paragraph]
    depth: int  # 0 for the opening section, 1 for an agenda item, 2 for a sub-item

    @property
    def id(self) -> str | None:
        return self.agenda_item.id if self.agenda_item else None


@dataclass
class Meeting:
    body: str = ""
    title: str = ""
    date: dt.date | None = None
    symbol: str = ""
    place: str = ""
    language: str = "en"
    status: MeetingStatus = MeetingStatus.DRAFT
    background_documents: list[str] = field(default_factory=list)
    opening: list[Paragraph] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    action_items: list[ActionItem] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def agenda_items(self) -> Iterator[tuple[AgendaItem, AgendaItem | None]]:
        """Every agenda item in document order, with its parent (None at the top level)."""
        for item in self.agenda:
            yield item, None
            for sub_item in item.sub_items:
                yield sub_item, item

    def sections(self) -> Iterator[Section]:
        """The note's sections in document order, the opening section first."""
        yield Section(None, self.opening, 0)
        for item, parent in self.agenda_items():
            yield Section(item, item.paragraphs, 2 if parent else 1)

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in document order."""
        for section in self.sections():
            yield from section.paragraphs

    def section(self, agenda_item_id: str | None) -> Section:
        for section in self.sections():
            if section.id == agenda_item_id:
                return section
        raise KeyError(f"no agenda item {agenda_item_id}")

    def find_paragraph(self, paragraph_id: str) -> tuple[Section, int]:
        """The section that holds a paragraph, and the paragraph's index in it."""
        for section in self.sections():
            for index, paragraph in enumerate(section.paragraphs):
                if paragraph.id == paragraph_id:
                    return section, index
        raise KeyError(f"no paragraph {paragraph_id}")

    def find_agenda_item(self, agenda_item_id: str) -> tuple[AgendaItem, AgendaItem | None]:
        for item, parent in self.agenda_items():
            if item.id == agenda_item_id:
                return item, parent
        raise KeyError(f"no agenda item {agenda_item_id}")

    def footnote_order(self) -> list[str]:
        """Footnote ids by first appearance in the text."""
        seen: dict[str, None] = {}
        for paragraph in self.paragraphs():
            for footnote_id in paragraph.footnote_ids():
                seen.setdefault(footnote_id, None)
        return list(seen)

    def open_action_items(self) -> list[ActionItem]:
        return [a for a in self.action_items if a.status is ActionStatus.OPEN]
