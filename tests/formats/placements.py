"""Generated notes with footnotes where a writer is most likely to get them wrong: at the end
of the text just before a heading, at the very start of the paragraph just after one, in
sub-items at both depths, and several in one paragraph. Every format's tests export these
notes and check each placement in what they read back."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from desktop_app.core.inline import FootnoteMarker, Inline
from desktop_app.core.model import AgendaItem, Footnote, Meeting, Paragraph, SubItem
from desktop_app.formats.blocks import Document, HeadingBlock, ParagraphBlock
from tests.support.notes import corpus_sentences, generated_meeting

BEFORE_HEADING = "before a heading"
AFTER_HEADING = "after a heading"
IN_SUB_ITEM = "in a sub-item"
SEVERAL = "several in one paragraph"
PLACEMENTS = (BEFORE_HEADING, AFTER_HEADING, IN_SUB_ITEM, SEVERAL)
# One paragraph has no text before a heading: it stands after one, with a sub-item.
EXPECTED = {1: {AFTER_HEADING, IN_SUB_ITEM, SEVERAL}}
SIZES = (1, 300, 2000)


def expected_placements(paragraphs: int) -> set[str]:
    return EXPECTED.get(paragraphs, set(PLACEMENTS))


def awkward_meeting(paragraphs: int, footnotes: int, *, seed: int) -> Meeting:
    """generated_meeting(paragraphs, footnotes) with a footnote in each awkward place on top.
    Every footnote's text starts "Footnote k:", k counting on from the generated ones."""
    meeting = generated_meeting(paragraphs, footnotes, seed=seed)
    counter = itertools.count(len(meeting.footnotes) + 1)
    sentences = corpus_sentences()

    def note(holder: Paragraph | SubItem, where: str, at_end: bool = False, offset: int = 0):
        k = next(counter)
        footnote = Footnote(Inline.plain(f"Footnote {k}: {where}. {sentences[k % 500]}"))
        meeting.footnotes[footnote.id] = footnote
        if at_end:
            offset = len(holder.text.plain_text().rstrip())
        holder.text = holder.text.with_marker_at(offset, footnote.id)

    if paragraphs == 1:
        # The one paragraph stands under a heading, with a sub-item.
        (paragraph,) = meeting.opening
        meeting.opening = []
        meeting.agenda = [AgendaItem(title="The only item", label="1.", paragraphs=[paragraph])]
        if not paragraph.sub_items:
            paragraph.sub_items = [SubItem(Inline.plain(sentences[seed % 100]))]

    sections = [s for s in meeting.sections() if s.agenda_item is not None and s.paragraphs]
    chosen = [s for s in sections if s.depth == 1][:2] + [s for s in sections if s.depth == 2][:1]
    chosen_ids = {s.id for s in chosen}
    previous: Paragraph | None = None
    for section in meeting.sections():
        if section.id in chosen_ids:
            if previous is not None:
                last = previous.sub_items[-1] if previous.sub_items else previous
                while last is not previous and last.sub_items:
                    last = last.sub_items[-1]
                note(last, BEFORE_HEADING, at_end=True)
            note(section.paragraphs[0], AFTER_HEADING)
        if section.paragraphs:
            previous = section.paragraphs[-1]

    with_sub_items = [p for p in meeting.paragraphs() if p.sub_items]
    nested = [s for p in with_sub_items for s in p.sub_items if s.sub_items]
    for sub_item in [with_sub_items[0].sub_items[0], *(s.sub_items[0] for s in nested[:1])]:
        note(sub_item, IN_SUB_ITEM, offset=_word_end(sub_item.text, 2))

    several = next(iter(meeting.paragraphs())) if paragraphs == 1 else _plain_paragraph(meeting)
    for words in (3, 5, 9):
        note(several, SEVERAL, offset=_word_end(several.text, words))
    return meeting


def _plain_paragraph(meeting: Meeting) -> Paragraph:
    """A numbered paragraph of some length, no footnote in it yet, away from the headings."""
    return next(
        p
        for index, p in enumerate(meeting.paragraphs())
        if index > 20 and p.numbered and not p.text.footnote_ids() and len(p.text.spans) == 1
    )


def _word_end(text: Inline, words: int) -> int:
    """The offset just after the `words`-th word (or the text's end)."""
    plain = text.plain_text()
    ends = [i for i in range(1, len(plain) + 1) if plain[i - 1] != " " and plain[i : i + 1] == " "]
    return ends[min(words, len(ends)) - 1] if ends else len(plain.rstrip())


@dataclass(frozen=True)
class Placed:
    """A text of the block model holding footnote markers in an awkward place."""

    placement: str
    block: int  # its paragraph's index in document.body
    sub_item: int | None  # its index among the paragraph's sub-items; None: the paragraph
    numbers: tuple[int, ...]  # the footnote numbers called from that text, in order

    def text(self, document: Document) -> Inline:
        block = document.body[self.block]
        assert isinstance(block, ParagraphBlock)
        return block.text if self.sub_item is None else block.sub_items[self.sub_item].text


def find_placements(document: Document) -> dict[str, list[Placed]]:
    """Where the block model has footnotes in each awkward place."""
    found: dict[str, list[Placed]] = {name: [] for name in PLACEMENTS}
    body = document.body

    def numbers(text: Inline) -> tuple[int, ...]:
        return tuple(document.footnote_numbers[fid] for fid in text.footnote_ids())

    for index, block in enumerate(body):
        if not isinstance(block, ParagraphBlock):
            continue
        texts = [(None, block.text)] + [(n, s.text) for n, s in enumerate(block.sub_items)]
        for sub_item, text in texts:
            if sub_item is not None and text.footnote_ids():
                found[IN_SUB_ITEM].append(Placed(IN_SUB_ITEM, index, sub_item, numbers(text)))
        if len(block.text.footnote_ids()) > 1:
            found[SEVERAL].append(Placed(SEVERAL, index, None, numbers(block.text)))
        first = block.text.spans[0] if block.text.spans else None
        if index and isinstance(body[index - 1], HeadingBlock) and _is_marker(first):
            found[AFTER_HEADING].append(Placed(AFTER_HEADING, index, None, numbers(block.text)))
        last_sub_item, last_text = texts[-1]
        last = last_text.spans[-1] if last_text.spans else None
        if index + 1 < len(body) and isinstance(body[index + 1], HeadingBlock) and _is_marker(last):
            found[BEFORE_HEADING].append(
                Placed(BEFORE_HEADING, index, last_sub_item, numbers(last_text))
            )
    return found


def _is_marker(span: object) -> bool:
    return isinstance(span, FootnoteMarker)


def starts_with_marker(placed: Placed) -> bool:
    return placed.placement == AFTER_HEADING


def ends_with_marker(placed: Placed) -> bool:
    return placed.placement == BEFORE_HEADING
