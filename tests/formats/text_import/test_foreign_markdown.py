"""Markdown from Zettlr, Obsidian or pandoc (no front matter) imports as a meeting."""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

from desktop_app.core.model import Meeting
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.text_import.foreign_markdown import front_matter, read_foreign_markdown
from tests.conftest import SAMPLE_NOTE
from tests.formats.text_import.texts import note

ZETTLR_NOTE = """\
# Chairperson's note on the meeting held on 3 May 2024

## Opening of the meeting

1. The Chair opened the meeting and welcomed the delegates of *all* regions.[^1]
2. The Group adopted its agenda:
    (a) opening of the meeting;
    (b) matters arising:
        (i) the budget;
        (ii) the calendar;
    (c) other business.

## Matters arising

### The budget

3. The secretariat presented the budget for 2025.[^budget]
4. The Group noted:
    1. the figures;
    2. the reserve.

## Other business

5. The Chair closed the meeting.

[^1]: Delegates from 40 countries attended.
[^budget]: Document WG/2024/3, *in English only*.
"""


def numbered(meeting: Meeting) -> list[tuple[int, str]]:
    """(number, text) of each numbered paragraph, markers as [note text]."""
    numbering = number_meeting(meeting)
    return [
        (numbering.paragraphs[p.id], p.text.plain_text(lambda fid: note(meeting, fid)))
        for p in meeting.paragraphs()
        if p.numbered
    ]


def sub_items(meeting: Meeting, index: int) -> list[tuple[str, str]]:
    numbering = number_meeting(meeting)
    paragraph = [p for p in meeting.paragraphs() if p.numbered][index]
    return [
        (numbering.sub_items[item.id], item.text.plain_text())
        for item, _ in paragraph.all_sub_items()
    ]


def test_a_zettlr_note_imports_with_its_numbers_headings_and_footnotes() -> None:
    result = read_foreign_markdown(ZETTLR_NOTE)
    meeting = result.meeting
    assert meeting.title == "Chairperson's note on the meeting held on 3 May 2024"
    assert meeting.date == dt.date(2024, 5, 3)
    assert [(item.title, [sub.title for sub in item.sub_items]) for item in meeting.agenda] == [
        ("Opening of the meeting", []),
        ("Matters arising", ["The budget"]),
        ("Other business", []),
    ]
    assert numbered(meeting) == [
        (1, "The Chair opened the meeting and welcomed the delegates of all regions."
            "[Delegates from 40 countries attended.]"),
        (2, "The Group adopted its agenda:"),
        (3, "The secretariat presented the budget for 2025.[Document WG/2024/3, in English only.]"),
        (4, "The Group noted:"),
        (5, "The Chair closed the meeting."),
    ]  # fmt: skip
    assert [(f.marker, f.place) for f in result.footnotes] == [
        ("1", "paragraph 1"),
        ("budget", "paragraph 3"),
    ]
    assert result.warnings == []
    opening = next(p for p in meeting.paragraphs() if p.numbered).text.to_markup()
    assert opening.startswith("The Chair opened the meeting and welcomed the delegates of *all*")


def test_lettered_lines_and_roman_ones_under_b_are_sub_items() -> None:
    meeting = read_foreign_markdown(ZETTLR_NOTE).meeting
    assert sub_items(meeting, 1) == [
        ("(a)", "opening of the meeting;"),
        ("(b)", "matters arising:"),
        ("(i)", "the budget;"),
        ("(ii)", "the calendar;"),
        ("(c)", "other business."),
    ]
    assert sub_items(meeting, 3) == [("(a)", "the figures;"), ("(b)", "the reserve.")]


def test_a_list_that_starts_at_5_after_a_heading_numbers_on_5_6() -> None:
    text = dedent("""\
        ## Opening

        1. The Chair opened the meeting.
        2. The Group adopted its agenda.
        3. The Group elected its officers.
        4. The Group heard a statement.

        ## Budget

        5. The secretariat presented the budget.
        6. The Group approved it.
        """)
    result = read_foreign_markdown(text)
    meeting = result.meeting
    assert [len(item.paragraphs) for item in meeting.agenda] == [4, 2]
    assert [number for number, _ in numbered(meeting)] == [1, 2, 3, 4, 5, 6]
    assert numbered(meeting)[4] == (5, "The secretariat presented the budget.")
    assert result.warnings == []


def test_a_note_that_starts_at_5_says_it_is_numbered_from_1() -> None:
    result = read_foreign_markdown("5. The Chair opened the meeting.\n6. The Chair closed it.\n")
    assert [text for _, text in numbered(result.meeting)] == [
        "The Chair opened the meeting.",
        "The Chair closed it.",
    ]
    assert result.warnings == [
        "paragraph 5 of the source is numbered 1 here"
        " (Rapporteur numbers a note's paragraphs from 1, in order)"
    ]


def test_pandoc_numbered_lines_and_lettered_lines_are_paragraphs_and_sub_items() -> None:
    text = dedent("""\
        Working Group on Testing

        # Opening of the session

        1\\. The session was opened on 3 May 2024 by the Chair.[^1]

        2\\. The Group adopted its agenda, as follows:

        a.  Opening;
        b.  Other business.

        # Closure

        3\\. The Chair closed the session. The session ended in
        2024\\. The report was adopted.

        [^1]: Held in Geneva.
        """)
    result = read_foreign_markdown(text)
    meeting = result.meeting
    assert meeting.body == "Working Group on Testing"
    assert [item.title for item in meeting.agenda] == ["Opening of the session", "Closure"]
    assert numbered(meeting) == [
        (1, "The session was opened on 3 May 2024 by the Chair.[Held in Geneva.]"),
        (2, "The Group adopted its agenda, as follows:"),
        (3, "The Chair closed the session. The session ended in 2024. The report was adopted."),
    ]
    assert sub_items(meeting, 1) == [("(a)", "Opening;"), ("(b)", "Other business.")]
    assert [p.numbered for p in meeting.opening] == []


def test_a_restart_at_1_is_kept_apart_unnumbered_and_said() -> None:
    text = "1. The Group met.\n2. It closed.\n\n## Annex\n\n1. A list of documents.\n"
    result = read_foreign_markdown(text)
    annex = result.meeting.agenda[-1]
    assert [p.numbered for p in annex.paragraphs] == [False]
    assert annex.paragraphs[0].text.plain_text() == "A list of documents."
    assert any("restarts at 1 after paragraph 2" in warning for warning in result.warnings)


def test_a_footnote_nothing_refers_to_is_kept_and_said() -> None:
    result = read_foreign_markdown("1. The Group met.\n\n[^1]: A stray note.\n")
    assert not result.footnotes
    texts = [p.text.plain_text() for p in result.meeting.paragraphs()]
    assert texts == ["The Group met.", "1 A stray note."]
    assert result.warnings == ["footnote 1's text has no marker: kept as a paragraph"]


def test_an_obsidian_note_in_french_with_tab_indents() -> None:
    text = (
        "# Compte rendu de la séance\n\n1. La séance est ouverte.\n2. Le Comité adopte:\n"
        "\t- les conclusions;\n\t- le rapport.\n"
    )
    result = read_foreign_markdown(text)
    meeting = result.meeting
    assert meeting.language == "fr"
    assert sub_items(meeting, 1) == [("(a)", "les conclusions;"), ("(b)", "le rapport.")]


def test_a_zettlr_or_obsidian_front_matter_gives_title_and_date_and_is_no_text() -> None:
    text = dedent("""\
        ---
        title: "Working Group on Testing: third meeting"
        date: 2024-05-03
        tags: [meetings, working-group]
        ---

        ## Opening

        1. The Chair opened the meeting, as agreed in [[Second meeting|the last one]].
        2. The Group noted the ==revised== agenda of [[Agenda 2024]].
        """)
    result = read_foreign_markdown(text)
    meeting = result.meeting
    assert meeting.title == "Working Group on Testing: third meeting"
    assert meeting.date == dt.date(2024, 5, 3)
    assert [item.title for item in meeting.agenda] == ["Opening"]
    assert [text for _, text in numbered(meeting)] == [
        "The Chair opened the meeting, as agreed in the last one.",
        "The Group noted the revised agenda of Agenda 2024.",
    ]
    assert meeting.opening == []


def test_chapter_labels_and_agenda_item_lines_of_headings() -> None:
    text = dedent("""\
        # I. Opening of the session

        (Agenda item 1)

        1. The session was opened.

        # II. Organizational matters

        ## A. Adoption of the agenda

        (Agenda sub-item 2(a))

        2. The agenda was adopted.
        """)
    agenda = read_foreign_markdown(text).meeting.agenda
    assert [(item.label, item.title) for item in agenda] == [
        ("I.", "Opening of the session (Agenda item 1)"),
        ("II.", "Organizational matters"),
    ]
    assert [(sub.label, sub.title) for sub in agenda[1].sub_items] == [
        ("A.", "Adoption of the agenda (Agenda sub-item 2(a))")
    ]


def shape(meeting: Meeting) -> list[tuple[bool, str, list[str]]]:
    return [
        (
            p.numbered,
            p.text.to_markup(lambda fid: note(meeting, fid)),
            [item.text.to_markup() for item, _ in p.all_sub_items()],
        )
        for p in meeting.paragraphs()
    ]


def test_the_sample_note_less_its_front_matter_reads_as_its_exact_reader_reads_it() -> None:
    text = SAMPLE_NOTE.read_text(encoding="utf-8")
    exact = read_markdown(text)
    _, body = front_matter(text)
    result = read_foreign_markdown(body.split("::: actions")[0])
    assert shape(result.meeting) == shape(exact)
    assert [item.title for item, _ in result.meeting.agenda_items()] == [
        item.title for item, _ in exact.agenda_items()
    ]
    assert result.warnings == []


def test_a_pandoc_fenced_div_keeps_its_text_and_loses_its_fences() -> None:
    text = "1. The Group met.\n\n::: {.note}\n2. It closed.\n:::\n"
    assert [t for _, t in numbered(read_foreign_markdown(text).meeting)] == [
        "The Group met.",
        "It closed.",
    ]
