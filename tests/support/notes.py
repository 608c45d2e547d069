"""Generated notes for tests and benchmarks: real sentences from the corpus of meeting reports,
with the awkward characters and structures a real note can hold."""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import cache
from pathlib import Path

from desktop_app.core.inline import Inline, Run, Span
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    Paragraph,
    SubItem,
)

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"

# Texts a careless format would misread: markup characters, line-start lookalikes, HTML.
AWKWARD_TEXTS = (
    "5 * 3 = 15, and a literal \\ backslash with `ticks` and [brackets]",
    "2017. A year that starts an unnumbered paragraph",
    "# not a heading",
    "(a) not a sub-item, at the start of a paragraph",
    "[^x] not a footnote, and ::: not a fence",
    "- [ ] not an action item",
    "<script>alert(1)</script> and <img src=x onerror=alert(1)> typed as text",
    "Le Comité a pris note du rapport présenté par l'État partie, « avec intérêt ».",
    "snake_case_name and __dunder__ and a trailing asterisk*",
)


@cache
def corpus_sentences() -> tuple[str, ...]:
    sentences: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if 40 <= len(sentence) <= 400 and not sentence[0].isdigit():
                sentences.append(sentence)
    return tuple(sentences)


def generated_meeting(
    paragraphs: int, footnotes: int = 0, *, seed: int = 1, awkward: bool = True
) -> Meeting:
    """A meeting of `paragraphs` paragraphs (a few unnumbered, some with sub-items) under
    agenda items and sub-items, with `footnotes` footnotes in paragraphs and sub-items."""
    rng = random.Random(seed)
    sentences = corpus_sentences()

    def text(count: int = 3) -> str:
        return " ".join(rng.choice(sentences) for _ in range(rng.randint(1, count)))

    meeting = Meeting(
        body="Working Group on Generated Notes",
        title=f"Chairperson's note on a meeting of {paragraphs} paragraphs",
        date=dt.date(2020, 1, 1) + dt.timedelta(days=seed),
        symbol=f"WG/GEN/{paragraphs}/{seed}",
        place="Genève",
        language="en",
        background_documents=["Background paper (WG/GEN/1)"],
    )
    all_paragraphs: list[Paragraph] = []
    section: list[Paragraph] = meeting.opening
    for index in range(paragraphs):
        if index and index % 12 == 0:
            item = AgendaItem(title=text(1)[:80].rstrip(".; "), label=rng.choice(["", "(a)", "2."]))
            if index % 36 == 0 and meeting.agenda:
                meeting.agenda[-1].sub_items.append(item)
            else:
                meeting.agenda.append(item)
            section = item.paragraphs
        body = text()
        numbered = index % 15 != 14
        if awkward and (index % 10 == 3 or not numbered):
            body = f"{rng.choice(AWKWARD_TEXTS)} {body}"
        paragraph = Paragraph(_formatted(body, rng), numbered=numbered)
        if index % 9 == 4:
            paragraph.sub_items = [SubItem(Inline.plain(text(1))) for _ in range(3)]
            if index % 18 == 4:
                paragraph.sub_items[1].sub_items = [SubItem(Inline.plain(text(1)))]
        section.append(paragraph)
        all_paragraphs.append(paragraph)
    _add_footnotes(meeting, all_paragraphs, footnotes, rng)
    for index, paragraph in enumerate(all_paragraphs):
        if index % 20 == 7:
            meeting.action_items.append(
                ActionItem(
                    what=text(1)[:120].strip(),
                    owner=rng.choice(["Secretariat", "Administration", "Chairperson"]),
                    due=rng.choice(["", "next meeting", "2021-03-31"]),
                    status=rng.choice(list(ActionStatus)),
                    paragraph_id=paragraph.id if paragraph.numbered else None,
                )
            )
    return meeting


def _formatted(body: str, rng: random.Random) -> Inline:
    """Plain text with, now and then, a word in emphasis or strong."""
    words = body.split(" ")
    if len(words) < 6 or rng.random() < 0.7:
        return Inline.plain(body)
    at = rng.randrange(1, len(words) - 2)
    style = rng.choice([(True, False), (False, True), (True, True)])
    return Inline(
        [
            Run(" ".join(words[:at]) + " "),
            Run(words[at], *style),
            Run(" " + " ".join(words[at + 1 :])),
        ]
    )


def _add_footnotes(
    meeting: Meeting, paragraphs: list[Paragraph], count: int, rng: random.Random
) -> None:
    """Spread footnotes over paragraphs and sub-items; some paragraphs get several."""
    if not paragraphs:
        return
    for number in range(count):
        paragraph = paragraphs[(number * 7919) % len(paragraphs)]
        footnote = Footnote(
            Inline.plain(f"Footnote {number + 1}: " + rng.choice(corpus_sentences()))
        )
        meeting.footnotes[footnote.id] = footnote
        holder: Paragraph | SubItem = paragraph
        if paragraph.sub_items and number % 2:
            holder = paragraph.sub_items[number % len(paragraph.sub_items)]
        holder.text = _with_marker_at_word_end(holder.text, footnote.id, rng)


def _with_marker_at_word_end(text: Inline, footnote_id: str, rng: random.Random) -> Inline:
    ends = [m.end() for m in re.finditer(r"\w[.,;]?(?=\s|$)", text.plain_text())]
    return text.with_marker_at(rng.choice(ends or [0]), footnote_id)


def spans_of(meeting: Meeting) -> list[Span]:
    return [span for p in meeting.paragraphs() for t in p.texts() for span in t.spans]
