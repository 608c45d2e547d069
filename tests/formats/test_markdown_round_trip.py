"""Markdown is the interchange format: import → export gives back the same file, and a note
written out and read back is the same note."""

import datetime as dt
import random

import pytest

from desktop_app.core.editing import drop_orphan_footnotes
from desktop_app.core.inline import FootnoteMarker, Inline
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.support.notes import AWKWARD_TEXTS, generated_meeting


def structure(meeting: Meeting) -> dict:
    """Everything a reader sees in a meeting, with ids replaced by what they point at."""
    numbering = number_meeting(meeting)

    def label(footnote_id: str) -> str:
        return str(numbering.footnotes[footnote_id])

    sections = [
        (
            section.agenda_item.label if section.agenda_item else None,
            section.agenda_item.title if section.agenda_item else None,
            section.depth,
            [
                (
                    numbering.paragraphs.get(p.id),
                    p.text.to_markup(label),
                    [
                        (numbering.sub_items[s.id], d, s.text.to_markup(label))
                        for s, d in p.all_sub_items()
                    ],
                )
                for p in section.paragraphs
            ],
        )
        for section in meeting.sections()
    ]
    footnotes = sorted(
        (numbering.footnotes[f.id], f.text.markup) for f in meeting.footnotes.values()
    )
    actions = [
        (a.what, a.owner, a.due, a.status, numbering.paragraphs.get(a.paragraph_id or ""))
        for a in meeting.action_items
    ]
    details = (
        meeting.body,
        meeting.title,
        meeting.date,
        meeting.symbol,
        meeting.place,
        meeting.language,
        meeting.status,
        meeting.background_documents,
    )
    return {"details": details, "sections": sections, "footnotes": footnotes, "actions": actions}


def test_the_sample_note_comes_back_byte_for_byte(sample_text):
    meeting = read_markdown(sample_text)
    assert meeting_to_markdown(meeting) == sample_text


def test_the_sample_note_reads_as_the_real_note_is_numbered(sample_text):
    meeting = read_markdown(sample_text)
    numbering = number_meeting(meeting)
    assert sorted(numbering.paragraphs.values()) == list(range(1, 30))
    assert [item.title for item in meeting.agenda] == [
        "Update by the Senior Policy Adviser to the Director General on the global compact "
        "on migration and exchange of views",
        "IOM's future role",
    ]
    assert numbering.section_range(meeting.agenda[0].id) == "3–10"
    assert numbering.section_range(meeting.agenda[1].id) == "11–29"
    paragraph_26 = meeting.agenda[1].paragraphs[15]
    assert numbering.paragraphs[paragraph_26.id] == 26
    assert [numbering.sub_items[s.id] for s, _ in paragraph_26.all_sub_items()] == [
        "(a)",
        "(b)",
        "(c)",
    ]
    paragraph_4 = meeting.agenda[0].paragraphs[1]
    [footnote_id] = paragraph_4.footnote_ids()
    assert numbering.footnotes == {footnote_id: 1}
    assert meeting.footnotes[footnote_id].text.plain_text().startswith("Originally planned")
    assert len(meeting.open_action_items()) == 5


@pytest.mark.parametrize(
    ("paragraphs", "footnotes"), [(1, 0), (1, 1), (2, 3), (15, 4), (300, 30), (2000, 200)]
)
def test_generated_notes_round_trip(paragraphs, footnotes):
    original = generated_meeting(paragraphs, footnotes, seed=paragraphs)
    text = meeting_to_markdown(original)
    again = read_markdown(text)
    assert structure(again) == structure(original)
    assert meeting_to_markdown(again) == text


def test_awkward_texts_survive_in_every_position():
    meeting = generated_meeting(len(AWKWARD_TEXTS) * 3, 5, seed=7)
    paragraphs = list(meeting.paragraphs())
    for index, awkward in enumerate(AWKWARD_TEXTS):
        paragraphs[index * 3].text = Inline.plain(awkward)
        paragraphs[index * 3].numbered = index % 2 == 0
        paragraphs[index * 3 + 1].text = Inline.plain(awkward)
        paragraphs[index * 3 + 1].numbered = index % 2 == 1
    meeting.agenda[0].title = "1. A heading that looks labelled *with stars*"
    meeting.agenda[0].label = ""
    drop_orphan_footnotes(meeting)
    again = read_markdown(meeting_to_markdown(meeting))
    assert structure(again) == structure(meeting)
    assert [p.text.plain_text() for p in again.paragraphs()][:2] == [AWKWARD_TEXTS[0]] * 2


def test_ids_are_fresh_on_every_import(sample_text):
    first, second = read_markdown(sample_text), read_markdown(sample_text)
    assert first.id != second.id
    assert {p.id for p in first.paragraphs()}.isdisjoint(p.id for p in second.paragraphs())


# Empty things: whatever the app can hold comes back, in the syntax docs/format.md gives.

EMPTY_VALUES_NOTE = """---
body:
title:
date:
language: en
status: draft
---

\\

    (a)

1.

    (a)

        (i)

##

## (a)

### 2.1. Sub-item with a label

### \\(b) A title that only looks labelled

2. Text.[^1]

## Last item, with no paragraphs

[^1]:

::: actions
- [ ]
:::
"""


def test_empty_values_are_written_as_documented_and_read_back():
    meeting = read_markdown(EMPTY_VALUES_NOTE)
    assert (meeting.body, meeting.title, meeting.date) == ("", "", None)
    empty, numbered = meeting.opening
    assert (empty.numbered, empty.text.markup, len(empty.sub_items)) == (False, "", 1)
    assert empty.sub_items[0].text.markup == ""
    assert (numbered.numbered, numbered.text.markup) == (True, "")
    assert [s.text.markup for s, _ in numbered.all_sub_items()] == ["", ""]
    headings = [
        (item.label, item.title, len(item.paragraphs)) for item, _ in meeting.agenda_items()
    ]
    assert headings == [
        ("", "", 0),
        ("(a)", "", 0),
        ("2.1.", "Sub-item with a label", 0),
        ("", "(b) A title that only looks labelled", 1),
        ("", "Last item, with no paragraphs", 0),
    ]
    [footnote] = meeting.footnotes.values()
    assert footnote.text.markup == ""
    [action] = meeting.action_items
    assert (action.what, action.owner, action.due, action.paragraph_id) == ("", "", "", None)

    assert meeting_to_markdown(meeting) == EMPTY_VALUES_NOTE


def test_agenda_items_with_no_paragraphs_yet_are_kept_where_they_stand():
    text = (
        "---\nbody: B\ntitle: T\ndate: 2017-08-28\n---\n\n"
        "## First\n\n## Second\n\n### Second, part one\n\n1. Text.\n\n### Second, part two\n\n"
        "## Third\n"
    )
    meeting = read_markdown(text)
    outline = [
        (item.title, [sub.title for sub in item.sub_items], len(item.paragraphs))
        for item in meeting.agenda
    ]
    assert outline == [
        ("First", [], 0),
        ("Second", ["Second, part one", "Second, part two"], 0),
        ("Third", [], 0),
    ]
    assert [len(sub.paragraphs) for sub in meeting.agenda[1].sub_items] == [1, 0]


def edge_case_meeting(seed: int) -> Meeting:
    """A meeting with empty values, titles, labels, paragraphs, sub-items, footnotes and
    action items wherever the app can hold them, mixed with ordinary ones."""
    rng = random.Random(seed)
    sentences = [*AWKWARD_TEXTS, "The Chairperson opened the meeting.", "(a)", "1.", "\\"]

    def maybe_text() -> str:
        return rng.choice(["", "", *sentences])

    def paragraph() -> Paragraph:
        made = Paragraph(Inline.plain(maybe_text()), numbered=rng.random() < 0.5)
        for _ in range(rng.choice([0, 0, 1, 2])):
            sub_item = SubItem(Inline.plain(maybe_text()))
            sub_item.sub_items = [
                SubItem(Inline.plain(maybe_text())) for _ in range(rng.choice([0, 1, 2]))
            ]
            made.sub_items.append(sub_item)
        return made

    def agenda_item() -> AgendaItem:
        label = rng.choice(["", "", "(a)", "1.", "2.1.", "IV.", "B."])
        title = rng.choice(["", "Budget", "(c)", "3. Looks labelled", "IV."])
        return AgendaItem(title, label, [paragraph() for _ in range(rng.choice([0, 0, 1, 3]))])

    meeting = Meeting(
        body=rng.choice(["", "Working Group on Edge Cases"]),
        title=rng.choice(["", "Chairperson's note"]),
        date=rng.choice([None, dt.date(2017, 8, 28)]),
        symbol=rng.choice(["", "WG/EDGE/1"]),
        place=rng.choice(["", "Genève"]),
        status=rng.choice(list(MeetingStatus)),
        background_documents=rng.choice([[], ["Paper A"], ["Paper A", "Paper B"]]),
        opening=[paragraph() for _ in range(rng.choice([0, 1, 3]))],
    )
    for _ in range(rng.choice([0, 1, 3])):
        item = agenda_item()
        item.sub_items = [agenda_item() for _ in range(rng.choice([0, 0, 1, 2]))]
        meeting.agenda.append(item)
    texts = [t for p in meeting.paragraphs() for t in (p, *(s for s, _ in p.all_sub_items()))]
    for holder in rng.sample(texts, min(len(texts), rng.choice([0, 1, 3]))):
        footnote = Footnote(Inline.plain(maybe_text()))
        meeting.footnotes[footnote.id] = footnote
        holder.text = Inline([*holder.text.spans, FootnoteMarker(footnote.id)])
    numbered = [p for p in meeting.paragraphs() if p.numbered]
    for _ in range(rng.choice([0, 1, 2])):
        meeting.action_items.append(
            ActionItem(
                what=maybe_text(),
                owner=rng.choice(["", "Secretariat"]),
                due=rng.choice(["", "next meeting"]),
                status=rng.choice(list(ActionStatus)),
                paragraph_id=rng.choice([None, *(p.id for p in numbered)]),
            )
        )
    return meeting


@pytest.mark.parametrize("seed", range(200))
def test_edge_case_meetings_round_trip_exactly(seed):
    original = edge_case_meeting(seed)
    text = meeting_to_markdown(original)
    again = read_markdown(text)
    assert structure(again) == structure(original), text
    assert meeting_to_markdown(again) == text


def test_the_edge_cases_hold_every_empty_thing():
    """The generated meetings do reach the cases they are for."""
    meetings = [edge_case_meeting(seed) for seed in range(200)]
    paragraphs = [p for m in meetings for p in m.paragraphs()]
    items = [item for m in meetings for item, _ in m.agenda_items()]
    assert any(m.date is None and not m.title and not m.body for m in meetings)
    assert any(not p.numbered and not p.text and p.sub_items for p in paragraphs)
    assert any(not p.numbered and not p.text and not p.sub_items for p in paragraphs)
    assert any(item.label and not item.title for item in items)
    assert any(not item.label and not item.title for item in items)
    assert any(not item.paragraphs for item in items)
    assert any(not f.text for m in meetings for f in m.footnotes.values())
    assert any(not a.what for m in meetings for a in m.action_items)
