"""A Word file numbered by Word's own lists imports with the numbers Word shows."""

from __future__ import annotations

from pathlib import Path

from desktop_app.formats.importing import read_import
from tests.formats.importing.word_files import (
    add_lists,
    add_note_reference,
    add_notes,
    new_document,
    number,
    save,
)


def texts(paragraphs: list) -> list[tuple[bool, str]]:
    return [(p.numbered, p.text.plain_text()) for p in paragraphs]


def word_numbered_file(path: Path) -> Path:
    document = new_document()
    add_lists(document, (10, None), (11, None), (12, 1))
    document.add_paragraph("Report of the Committee on Tests", style="Title")
    document.add_paragraph("TC/2024/1")
    document.add_paragraph("Geneva, 3 May 2024")
    document.add_heading("Opening of the session", level=1)
    number(document.add_paragraph("The Chair opened the session."), 10)
    second = number(document.add_paragraph("The Committee adopted its agenda."), 10)
    add_note_reference(second, 1)
    number(document.add_paragraph("The Committee requested the secretariat:"), 10)
    number(document.add_paragraph("To prepare a paper;"), 10, level=1)
    number(document.add_paragraph("To report back, covering:"), 10, level=1)
    number(document.add_paragraph("the costs;"), 10, level=2)
    number(document.add_paragraph("the timing."), 10, level=2)
    # A paragraph of a numbered style, its numbering switched off on the paragraph (numId 0).
    number(document.add_paragraph("A line quoted from the agenda.", style="List Number"), 0)
    document.add_heading("Other matters", level=1)
    fourth = number(document.add_paragraph("No other matters were raised."), 11)  # goes on: 4
    add_note_reference(fourth, 2, kind="endnote")
    number(document.add_paragraph("The Chair closed the session."), 11)
    document.add_heading("Annex", level=1)
    number(document.add_paragraph("A list that starts again at 1."), 12)
    add_notes(document, {1: "As circulated in document TC/2024/1/Add.1."})
    add_notes(document, {2: "An endnote at the end of the document."}, kind="endnote")
    return save(document, path / "word-lists.docx")


def test_word_list_numbers_sub_items_and_notes_come_in(tmp_path: Path) -> None:
    note = read_import(word_numbered_file(tmp_path))
    meeting = note.meeting
    assert note.format == "docx"
    assert (meeting.title, meeting.symbol, meeting.place) == (
        "Report of the Committee on Tests",
        "TC/2024/1",
        "Geneva",
    )
    assert [item.title for item in meeting.agenda] == [
        "Opening of the session",
        "Other matters",
        "Annex",
    ]
    opening, other, annex = (item.paragraphs for item in meeting.agenda)
    assert texts(opening) == [
        (True, "The Chair opened the session."),
        (True, "The Committee adopted its agenda."),
        (True, "The Committee requested the secretariat:"),
        (False, "A line quoted from the agenda."),
    ]
    third = opening[2]
    assert [s.text.plain_text() for s in third.sub_items] == [
        "To prepare a paper;",
        "To report back, covering:",
    ]
    assert [s.text.plain_text() for s in third.sub_items[1].sub_items] == [
        "the costs;",
        "the timing.",
    ]
    assert texts(other) == [
        (True, "No other matters were raised."),
        (True, "The Chair closed the session."),
    ]
    assert note.paragraphs == 5  # 1-3, then 4 and 5 in the second list of the same numbering
    # The restarted list is not renumbered into the note: kept, unnumbered, its "1." shown.
    assert texts(annex) == [(False, "1. A list that starts again at 1.")]
    assert any("numbered 1 where 6 was expected" in w for w in note.warnings)
    assert note.footnotes == 2
    notes = {meeting.footnotes[i].text.plain_text() for i in meeting.footnote_order()}
    assert notes == {
        "As circulated in document TC/2024/1/Add.1.",
        "An endnote at the end of the document.",
    }
    (marker,) = opening[1].text.footnote_ids()
    assert meeting.footnotes[marker].text.plain_text().startswith("As circulated")
