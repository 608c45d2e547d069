"""Word files as meetings: a DOCX Rapporteur exported comes back as the same meeting, and a
Word file typed by hand (numbers as text, headings by their form) reads as its note."""

from __future__ import annotations

from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Pt

from desktop_app.core.model import Meeting
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.importing import read_import
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import SAMPLE_NOTE
from tests.formats.importing.word_files import new_document, save
from tests.support.notes import generated_meeting

ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)


def outline(meeting: Meeting) -> list[tuple[object, ...]]:
    """What a reader sees of a note: headings with their labels and levels, then each
    paragraph numbered or not, its text and its sub-items' (formatting and footnotes' texts
    in place of their markers)."""

    def markup(text: object) -> str:
        return text.to_markup(lambda f: "[" + meeting.footnotes[f].text.markup + "]")  # type: ignore[attr-defined]

    shape: list[tuple[object, ...]] = []
    for section in meeting.sections():
        item = section.agenda_item
        shape.append(
            ("heading", item.label if item else None, item.title if item else None, section.depth)
        )
        for paragraph in section.paragraphs:
            subs = [(markup(s.text), depth) for s, depth in paragraph.all_sub_items()]
            shape.append((paragraph.numbered, markup(paragraph.text), subs))
    return shape


def round_trip(meeting: Meeting, path: Path) -> Meeting:
    export_meeting(meeting, ExportFormat.DOCX, path)
    note = read_import(path)
    assert note.format == "docx"
    assert note.warnings == []
    return note.meeting


def test_the_sample_exported_to_word_imports_back_as_the_same_meeting(tmp_path: Path) -> None:
    sample = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    back = round_trip(sample, tmp_path / "sample.docx")
    assert outline(back) == outline(sample)
    for field in ("body", "title", "symbol", "date", "place", "language"):
        assert getattr(back, field) == getattr(sample, field), field
    assert len(back.footnotes) == 1


def test_a_generated_note_with_formatting_labels_and_deep_sub_items_comes_back(
    tmp_path: Path,
) -> None:
    meeting = generated_meeting(120, 15, seed=3)
    back = round_trip(meeting, tmp_path / "generated.docx")
    assert outline(back) == outline(meeting)
    assert (back.place, back.date, back.symbol) == (meeting.place, meeting.date, meeting.symbol)
    assert len(back.footnotes) == 15


def test_a_word_file_typed_by_hand_reads_by_its_form(tmp_path: Path) -> None:
    document = new_document()
    header = document.sections[0].header
    header.paragraphs[0].text = "CTE/2019/4"
    for line in ("Committee on Tests", "Summary of the meeting held on 4 March 2019"):
        document.add_paragraph(line)
    bold = document.add_paragraph().add_run("Opening of the meeting")
    bold.bold = True
    document.add_paragraph("1.\tThe Chair opened the meeting.")
    paragraph = document.add_paragraph("2.\tThe Committee heard ")
    paragraph.add_run("three").italic = True
    paragraph.add_run(" statements:")
    document.add_paragraph("(a)\tOne on costs;")
    document.add_paragraph("(b)\tOne on dates.")
    document.add_paragraph("I.\tOther matters")
    document.add_paragraph("3.\tThe agenda read:")
    document.add_paragraph("1.\tOpening of the meeting.")  # a list quoted, not paragraph 1
    document.add_paragraph("2.\tOther matters.")
    document.add_paragraph("Closing of the meeting")  # a heading by its form: no bold, no style
    document.add_paragraph("4.\tNothing else was raised.").runs[0].font.size = Pt(11)
    note = read_import(save(document, tmp_path / "typed.docx"))
    meeting = note.meeting
    assert (meeting.symbol, meeting.body, meeting.date.isoformat()) == (
        "CTE/2019/4",
        "Committee on Tests",
        "2019-03-04",
    )
    # Under a chapter "I.", a heading with no label is one of its sub-headings.
    assert [
        (item.label, item.title, parent and parent.label) for item, parent in meeting.agenda_items()
    ] == [
        ("", "Opening of the meeting", None),
        ("I.", "Other matters", None),
        ("", "Closing of the meeting", "I."),
    ]
    first, other = meeting.agenda
    (closing,) = other.sub_items
    assert [p.text.markup for p in first.paragraphs] == [
        "The Chair opened the meeting.",
        "The Committee heard *three* statements:",
    ]
    assert [s.text.plain_text() for s in first.paragraphs[1].sub_items] == [
        "One on costs;",
        "One on dates.",
    ]
    assert [(p.numbered, p.text.plain_text()) for p in other.paragraphs] == [
        (True, "The agenda read:"),
        (False, "1. Opening of the meeting."),
        (False, "2. Other matters."),
    ]
    assert [(p.numbered, p.text.plain_text()) for p in closing.paragraphs] == [
        (True, "Nothing else was raised."),
    ]
    assert note.paragraphs == 4
    assert note.warnings == [
        "paragraphs numbered 1 to 2 where 4 was expected (a quoted list, an annex?) are kept as "
        "2 unnumbered paragraphs"
    ]


def test_links_to_outside_files_are_never_followed_and_the_text_comes_in(tmp_path: Path) -> None:
    document = new_document()
    document.add_paragraph("1.\tThe only paragraph.")
    document.part.relate_to(
        "http://203.0.113.9/logo.png", RELATIONSHIP_TYPE.IMAGE, is_external=True
    )
    document.part._settings_part.relate_to(
        "file://server/share/template.dotx", ATTACHED_TEMPLATE, is_external=True
    )
    note = read_import(save(document, tmp_path / "linked.docx"))
    assert [p.text.plain_text() for p in note.meeting.paragraphs()] == ["The only paragraph."]
    assert note.warnings == [
        "2 links to files outside the document (a template, pictures) were not followed"
    ]
