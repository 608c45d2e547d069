"""Markdown is the interchange format: import → export gives back the same file, and a note
written out and read back is the same note."""

import pytest

from desktop_app.core.editing import drop_orphan_footnotes
from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting
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
