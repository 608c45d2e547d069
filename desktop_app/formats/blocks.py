"""The one block model: a meeting turned once into ordered blocks, every number resolved.

Writers only lay blocks out; none of them numbers anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails, details_of
from desktop_app.core.model import Meeting
from desktop_app.core.numbered import NumberedActionItem, NumberedFootnote, numbered_footnotes
from desktop_app.core.numbering import number_meeting


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


BodyBlock = HeadingBlock | ParagraphBlock


@dataclass(frozen=True)
class Document:
    title: MeetingDetails  # the title block
    body: tuple[BodyBlock, ...]
    footnotes: tuple[NumberedFootnote, ...]  # in number order
    action_items: tuple[NumberedActionItem, ...]
    footnote_numbers: dict[str, int]
    background_documents: tuple[str, ...] = ()

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
    texts = {fid: footnote.text for fid, footnote in meeting.footnotes.items()}
    footnotes = tuple(numbered_footnotes(numbering.footnotes, texts))
    actions = tuple(
        NumberedActionItem.of(a, numbering.paragraph_number(a.paragraph_id))
        for a in meeting.action_items
    )
    return Document(
        details_of(meeting),
        tuple(body),
        footnotes,
        actions,
        dict(numbering.footnotes),
        tuple(meeting.background_documents),
    )
