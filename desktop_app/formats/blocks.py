"""The one block model: a meeting turned once into ordered blocks, every number resolved.

Writers only lay blocks out; none of them numbers anything itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.inline import Inline
from desktop_app.core.model import ActionStatus, Meeting, MeetingStatus
from desktop_app.core.numbering import number_meeting


@dataclass(frozen=True)
class TitleBlock:
    body: str
    title: str
    date: dt.date | None
    symbol: str
    place: str
    language: str
    status: MeetingStatus
    background_documents: tuple[str, ...]


@dataclass(frozen=True)
class HeadingBlock:
    agenda_item_id: str
    level: int  # 1 for an agenda item, 2 for a sub-item
    label: str
    title: str
    paragraph_range: str  # "3–10", as shown beside the heading; "" when it has none


@dataclass(frozen=True)
class SubItemBlock:
    sub_item_id: str
    label: str  # "(a)" or "(i)"
    depth: int  # 1 or 2
    text: Inline


@dataclass(frozen=True)
class ParagraphBlock:
    paragraph_id: str
    number: int | None  # None: an unnumbered paragraph
    text: Inline
    sub_items: tuple[SubItemBlock, ...]


@dataclass(frozen=True)
class FootnoteBlock:
    footnote_id: str
    number: int
    text: Inline


@dataclass(frozen=True)
class ActionItemBlock:
    action_item_id: str
    what: str
    owner: str
    due: str
    status: ActionStatus
    paragraph_number: int | None


BodyBlock = HeadingBlock | ParagraphBlock


@dataclass(frozen=True)
class Document:
    title: TitleBlock
    body: tuple[BodyBlock, ...]
    footnotes: tuple[FootnoteBlock, ...]  # in number order
    action_items: tuple[ActionItemBlock, ...]
    footnote_numbers: dict[str, int]

    def footnote_label(self, footnote_id: str) -> str:
        """A marker's number as text, for writers that print it."""
        return str(self.footnote_numbers[footnote_id])


def build_document(meeting: Meeting) -> Document:
    numbering = number_meeting(meeting)
    body: list[BodyBlock] = []
    for section in meeting.sections():
        if section.agenda_item is not None:
            item = section.agenda_item
            body.append(
                HeadingBlock(
                    item.id, section.depth, item.label, item.title, numbering.section_range(item.id)
                )
            )
        for paragraph in section.paragraphs:
            sub_items = tuple(
                SubItemBlock(s.id, numbering.sub_items[s.id], depth, s.text)
                for s, depth in paragraph.all_sub_items()
            )
            number = numbering.paragraphs.get(paragraph.id)
            body.append(ParagraphBlock(paragraph.id, number, paragraph.text, sub_items))
    footnotes = tuple(
        FootnoteBlock(fid, number, meeting.footnotes[fid].text)
        for fid, number in numbering.footnotes.items()
        if fid in meeting.footnotes
    )
    actions = tuple(
        ActionItemBlock(
            a.id,
            a.what,
            a.owner,
            a.due,
            a.status,
            numbering.paragraph_number(a.paragraph_id),
        )
        for a in meeting.action_items
    )
    title = TitleBlock(
        meeting.body,
        meeting.title,
        meeting.date,
        meeting.symbol,
        meeting.place,
        meeting.language,
        meeting.status,
        tuple(meeting.background_documents),
    )
    return Document(title, tuple(body), footnotes, actions, dict(numbering.footnotes))
