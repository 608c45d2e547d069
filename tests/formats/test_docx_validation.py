"""Every DOCX Rapporteur exports passes openxml-audit in strict mode, the checks of Microsoft's
Open XML SDK: a note that Word, or any strict reader, opens without offering to repair it."""

from __future__ import annotations

import io
import re
import zipfile
from functools import partial
from pathlib import Path

import pytest
from lxml import etree

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import AgendaItem, Footnote, Meeting, MeetingStatus, Paragraph, SubItem
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import CORPUS, SAMPLE_NOTE
from tests.formats.docx_validation import assert_valid_docx, docx_findings

RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
FONT_TABLE, THEME = "word/fontTable.xml", "word/theme/theme1.xml"
# A paragraph of a report as printed: "12." or "(12)" first; its lettered sub-items "(a)".
NUMBERED = re.compile(r"\(?(\d{1,3})[.)]\s+(\S.*)")
LETTERED = re.compile(r"\(([a-z])\)\s+(\S.*)")


def sample_meeting() -> Meeting:
    """The real note of 28 August 2017, the seed note of tests/data."""
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def french_draft() -> Meeting:
    meeting = sample_meeting()
    meeting.language, meeting.place, meeting.status = "fr", "Genève", MeetingStatus.DRAFT
    return meeting


def corpus_meeting(path: Path) -> Meeting:
    """A report of the corpus as a note: its numbered paragraphs, each with the lines that
    follow it, and the lettered lines after a paragraph as its sub-items."""
    lines = path.read_text(encoding="utf-8").splitlines()
    title = next(line for line in lines if line.startswith("TITLE: ")).removeprefix("TITLE: ")
    meeting = Meeting(
        body=title.split(" — ")[0],
        title=title,
        language="fr" if "-fr-" in path.name else "en",
        status=MeetingStatus.FINAL,
    )
    holder: Paragraph | SubItem | None = None
    for line in (line.strip() for line in lines[lines.index("") + 1 :]):
        if match := NUMBERED.fullmatch(line):
            holder = Paragraph(Inline.plain(match.group(2)))
            meeting.opening.append(holder)
        elif (match := LETTERED.fullmatch(line)) and meeting.opening:
            holder = SubItem(Inline.plain(match.group(2)))
            meeting.opening[-1].sub_items.append(holder)
        elif line and holder is not None:
            holder.text += Inline.plain(f" {line}")
        else:
            holder = None
    return meeting


def shapes_meeting() -> Meeting:
    """Every shape of a note in a few lines: unnumbered paragraphs, labelled headings at both
    levels, sub-items at both depths, emphasis and strong, footnotes in the text, in sub-items
    at both depths and with emphasis of their own."""
    notes = [Footnote(Inline([Run("See "), Run("the annex", emphasis=True), Run(".")]))]
    notes += [Footnote(Inline.plain(f"Footnote in a sub-item at depth {d}.")) for d in (1, 2)]
    meeting = Meeting(title="Shapes", body="Working Group", language="en")
    meeting.footnotes = {note.id: note for note in notes}
    meeting.opening.append(Paragraph(Inline.plain("Introduction, without a number"), False))
    inner = SubItem(Inline([Run("an inner point"), FootnoteMarker(notes[2].id)]))
    sub_item = SubItem(Inline([Run("one", strong=True), FootnoteMarker(notes[1].id)]), [inner])
    text = Inline([Run("Numbered, "), Run("stressed", True), Run(" and "), Run("both", True, True)])
    item = AgendaItem(title="Budget", label="A.")
    item.paragraphs.append(
        Paragraph(text + Inline([FootnoteMarker(notes[0].id)]), sub_items=[sub_item])
    )
    item.paragraphs.append(Paragraph(Inline.plain("A closing line."), False))
    item.sub_items.append(AgendaItem(title="Details", label="1.", paragraphs=[Paragraph()]))
    meeting.agenda.append(item)
    return meeting


MEETINGS = {
    "seed note": sample_meeting,
    "seed note in French, a draft": french_draft,
    "every shape": shapes_meeting,
    **{path.stem: partial(corpus_meeting, path) for path in sorted(CORPUS.glob("*.txt"))},
}


@pytest.mark.parametrize("meeting", MEETINGS.values(), ids=MEETINGS.keys())
def test_the_exported_note_passes_strict_validation(meeting, tmp_path):
    note = meeting()
    assert sum(1 for _ in note.paragraphs()) > 2  # a real note, not an empty one
    assert_valid_docx(export_meeting(note, ExportFormat.DOCX, tmp_path / "note.docx"))


def parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as package:
        return {name: etree.fromstring(package.read(name)) for name in package.namelist()}


def test_the_font_table_and_theme_are_related_from_the_document_and_name_the_notes_font(
    tmp_path,
):
    xml = parts(export_meeting(sample_meeting(), ExportFormat.DOCX, tmp_path / "note.docx"))
    related = {
        r.get("Type").removeprefix(f"{RELATIONSHIPS}/"): r.get("Target")
        for r in xml["word/_rels/document.xml.rels"].iter(f"{PACKAGE}Relationship")
    }
    assert related["fontTable"] == "fontTable.xml"
    assert related["theme"] == "theme/theme1.xml"
    types = {
        o.get("PartName"): o.get("ContentType")
        for o in xml["[Content_Types].xml"].iter(f"{CONTENT_TYPES}Override")
    }
    wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    assert types[f"/{FONT_TABLE}"] == f"{wordprocessing}.fontTable+xml"
    assert types[f"/{THEME}"] == "application/vnd.openxmlformats-officedocument.theme+xml"

    # The note is set in Times New Roman; the font table describes it as a serif, so a reader
    # without it falls back to a serif of the same widths, and the theme's fonts are the same.
    styles = xml["word/styles.xml"]
    font = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts").get(f"{W}ascii")
    described = {f.get(f"{W}name"): f for f in xml[FONT_TABLE].iter(f"{W}font")}
    assert list(described) == [font] == ["Times New Roman"]
    assert described[font].find(f"{W}family").get(f"{W}val") == "roman"
    scheme = xml[THEME].find(f"{A}themeElements/{A}fontScheme")
    assert {latin.get("typeface") for latin in scheme.iter(f"{A}latin")} == {font}


def without_font_table(data: bytes) -> bytes:
    """The DOCX as it was before it had a font table: the part, its relationship and its
    content type gone, all else as written."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name == FONT_TABLE:
                continue
            text = source.read(name).decode("utf-8")
            if name in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                text = re.sub(r"<(Relationship|Override)\b[^>]*fontTable[^>]*/>", "", text)
            target.writestr(name, text)
    return out.getvalue()


def test_a_docx_without_a_font_table_is_reported(tmp_path):
    exported = export_meeting(sample_meeting(), ExportFormat.DOCX, tmp_path / "note.docx")
    broken = without_font_table(exported.read_bytes())
    assert FONT_TABLE not in zipfile.ZipFile(io.BytesIO(broken)).namelist()
    assert b"fontTable" not in zipfile.ZipFile(io.BytesIO(broken)).read("[Content_Types].xml")

    findings = docx_findings(broken)
    assert len(findings) == 1
    assert "relationships/fontTable' is missing" in findings[0]
    with pytest.raises(pytest.fail.Exception, match="fontTable"):
        assert_valid_docx(broken)
    assert docx_findings(exported) == []
