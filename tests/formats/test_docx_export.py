"""DOCX export: the note laid out from the block model, numbers as text with a hanging indent,
real Word footnotes, and a package Word and LibreOffice open without repairing it."""

import datetime as dt
import io
import posixpath
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass

import docx
import pytest
from lxml import etree

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import AgendaItem, Footnote, Meeting, MeetingStatus, Paragraph, SubItem
from desktop_app.formats.blocks import Document, HeadingBlock, ParagraphBlock, build_document
from desktop_app.formats.docx_writer import write_docx
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import SAMPLE_NOTE
from tests.formats.docx_validation import assert_valid_docx
from tests.formats.placements import (
    SIZES,
    awkward_meeting,
    ends_with_marker,
    expected_placements,
    find_placements,
    starts_with_marker,
)
from tests.support.notes import generated_meeting

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PACKAGE_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
FOOTNOTE_SENTENCE = (
    "Originally planned to take place in Guadalajara, the stocktaking meeting will now be "
    "held in Puerto Vallarta."
)
TITLE_BLOCK = {"DraftMark", "NoteSymbol", "NoteDate", "NoteBody", "NoteTitle"}
HEADINGS = (
    "Update by the Senior Policy Adviser to the Director General on the global compact on "
    "migration and exchange of views",
    "IOM's future role",
)


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def sample_meeting() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def export(meeting: Meeting) -> bytes:
    """The note as a DOCX file's bytes, which pass openxml-audit in strict mode first: so does
    every DOCX these tests read."""
    stream = io.BytesIO()
    write_docx(build_document(meeting), stream)
    assert_valid_docx(stream.getvalue())
    return stream.getvalue()


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def styled(data: bytes) -> list[tuple[str, str]]:
    """(style id, text) of every paragraph of the body, tabs written \\t."""
    word = docx.Document(io.BytesIO(data))
    return [(p.style.style_id, p.text) for p in word.paragraphs]


def numbered(data: bytes) -> list[str]:
    return [text for style, text in styled(data) if style == "NumberedParagraph"]


def footnotes(data: bytes) -> dict[int, str]:
    """Our footnotes by id, the separators left out."""
    notes = part(data, "word/footnotes.xml").findall("w:footnote", NS)
    return {
        int(n.get(w("id"))): "".join(n.itertext()).strip()
        for n in notes
        if n.get(w("type")) is None
    }


def references(data: bytes) -> list[tuple[int, str]]:
    """Each footnote reference in the text, in order: its id and the text of its paragraph."""
    body = part(data, "word/document.xml")
    found = []
    for reference in body.iter(w("footnoteReference")):
        paragraph = next(a for a in reference.iterancestors() if a.tag == w("p"))
        text = "".join(
            t.text if t.tag == w("t") else "\t" for t in paragraph.iter(w("t"), w("tab"))
        )
        found.append((int(reference.get(w("id"))), text))
    return found


# The sample meeting, the real note of 28 August 2017.


def test_the_29_paragraphs_are_numbered_in_order_as_text_before_a_tab():
    texts = numbered(export(sample_meeting()))
    assert [text.split("\t")[0] for text in texts] == [f"{n}." for n in range(1, 30)]
    assert texts[0].startswith("1.\tThe meeting of the Working Group on IOM–UN Relations")
    assert texts[28].endswith("Working Group on IOM–UN Relations and Related Issues.")


def test_the_title_block_and_the_two_headings_stand_where_the_note_has_them():
    paragraphs = styled(export(sample_meeting()))
    assert paragraphs[:4] == [
        ("NoteSymbol", "WG/REL/2017/7"),
        ("NoteDate", "28 August 2017"),
        ("NoteBody", "Working Group on IOM–UN Relations and Related Issues"),
        ("NoteTitle", "Chairperson's note on the meeting held on 28 August 2017"),
    ]
    headings = [(i, text) for i, (style, text) in enumerate(paragraphs) if style == "Heading1"]
    assert [text for _, text in headings] == list(HEADINGS)
    assert paragraphs[headings[0][0] - 1][1].startswith("2.\t")
    assert paragraphs[headings[0][0] + 1][1].startswith("3.\t")
    assert paragraphs[headings[1][0] + 1][1].startswith("11.\t")


def test_the_sub_items_follow_paragraph_26_with_their_letters():
    paragraphs = styled(export(sample_meeting()))
    at = next(i for i, (_, text) in enumerate(paragraphs) if text.startswith("26.\t"))
    following = paragraphs[at + 1 : at + 5]
    assert [style for style, _ in following[:3]] == ["SubItem"] * 3
    assert following[0][1].startswith("(a)\tAn update on IOM's work in the area of migration data")
    assert following[1][1].startswith("(b)\tA brief on IOM's existing policy capability")
    assert following[2][1].startswith("(c)\tA summary of IOM's capacity-building work")
    assert following[3][1].startswith("27.\t")


def test_the_footnote_is_a_real_word_footnote_called_from_paragraph_4_only():
    data = export(sample_meeting())
    assert footnotes(data) == {1: FOOTNOTE_SENTENCE}
    [(footnote_id, paragraph)] = references(data)
    assert footnote_id == 1
    assert paragraph.startswith("4.\t") and paragraph.endswith("from 4 to 6 December 2017.")

    body = part(data, "word/document.xml")
    reference = next(body.iter(w("footnoteReference")))
    run_style = reference.getparent().find("w:rPr/w:rStyle", NS).get(w("val"))
    assert run_style == "FootnoteReference"
    styles = part(data, "word/styles.xml")
    superscript = styles.find("w:style[@w:styleId='FootnoteReference']/w:rPr/w:vertAlign", NS).get(
        w("val")
    )
    assert superscript == "superscript"

    note = part(data, "word/footnotes.xml").find("w:footnote[@w:id='1']/w:p", NS)
    assert note.find("w:pPr/w:pStyle", NS).get(w("val")) == "FootnoteText"
    first_run = note.find("w:r", NS)
    assert first_run.find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    assert first_run.find("w:footnoteRef", NS) is not None


def test_word_has_its_separators_and_is_told_about_them():
    data = export(sample_meeting())
    notes = part(data, "word/footnotes.xml").findall("w:footnote", NS)
    separators = {n.get(w("type")): n.get(w("id")) for n in notes if n.get(w("type"))}
    assert separators == {"separator": "-1", "continuationSeparator": "0"}
    settings = part(data, "word/settings.xml")
    declared = [f.get(w("id")) for f in settings.findall("w:footnotePr/w:footnote", NS)]
    assert declared == ["-1", "0"]


def test_document_properties_footer_page_number_and_a4(today):
    data = export(sample_meeting())
    word = docx.Document(io.BytesIO(data))
    properties = word.core_properties
    written = properties.created.replace(tzinfo=dt.UTC)  # 10:00 at UTC+1, the tests' clock
    assert written.date() == today and written.hour == 9
    assert properties.modified == properties.created
    assert properties.title == "Chairperson's note on the meeting held on 28 August 2017"
    assert properties.subject == "Working Group on IOM–UN Relations and Related Issues"
    assert properties.language == "en-GB"
    default_language = part(data, "word/styles.xml").find(
        "w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS
    )
    assert default_language.get(w("val")) == "en-GB"

    section = word.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    assert round(section.page_height.cm, 1) == 29.7
    assert section.left_margin.cm >= 2 and section.right_margin.cm >= 2
    footer = section.footer._element
    fields = [t.text for t in footer.iter(w("instrText"))]
    fields += [f.get(w("instr")) for f in footer.iter(w("fldSimple"))]
    assert any(field.split()[0] == "PAGE" for field in fields if field)


@pytest.mark.parametrize(
    ("language", "date", "draft", "tag"),
    [
        ("en", "28 August 2017", "Draft", "en-GB"),
        ("fr", "28 août 2017", "Projet", "fr-FR"),
        ("es", "28 de agosto de 2017", "Borrador", "es-ES"),
    ],
)
def test_the_title_block_speaks_the_language_of_the_note(language, date, draft, tag):
    meeting = sample_meeting()
    meeting.language = language
    data = export(meeting)
    assert ("NoteDate", date) in styled(data)
    assert docx.Document(io.BytesIO(data)).core_properties.language == tag
    assert "DraftMark" not in [style for style, _ in styled(data)]

    meeting.status = MeetingStatus.DRAFT
    assert styled(export(meeting))[0] == ("DraftMark", draft)


def test_the_place_stands_before_the_date_as_in_the_other_formats():
    meeting = sample_meeting()
    meeting.place = "Genève"
    meeting.language = "fr"
    assert styled(export(meeting))[:2] == [
        ("NoteSymbol", "WG/REL/2017/7"),
        ("NoteDate", "Genève, 28 août 2017"),
    ]


def test_the_body_and_title_are_shown_in_capitals_without_changing_the_words():
    styles = part(export(sample_meeting()), "word/styles.xml")
    for style_id in ("NoteBody", "NoteTitle"):
        assert styles.find(f"w:style[@w:styleId='{style_id}']/w:rPr/w:caps", NS) is not None


def test_emphasis_and_strong_become_italic_and_bold_runs():
    meeting = Meeting(title="Runs", language="en", status=MeetingStatus.FINAL)
    meeting.opening.append(
        Paragraph(Inline([Run("plain "), Run("stressed", emphasis=True), Run(" and ")]))
    )
    meeting.opening[0].text += Inline([Run("bold", strong=True), Run(" "), Run("both", True, True)])
    word = docx.Document(io.BytesIO(export(meeting)))
    paragraph = next(p for p in word.paragraphs if p.style.style_id == "NumberedParagraph")
    runs = {r.text: (bool(r.italic), bool(r.bold)) for r in paragraph.runs}
    assert runs["stressed"] == (True, False)
    assert runs["bold"] == (False, True)
    assert runs["both"] == (True, True)
    assert runs["plain "] == (False, False)


def test_unnumbered_paragraphs_labelled_headings_and_second_level_sub_items():
    inner = SubItem(Inline.plain("an inner point"))
    meeting = Meeting(title="Shapes", status=MeetingStatus.FINAL)
    meeting.opening.append(Paragraph(Inline.plain("Introduction without a number"), False))
    item = AgendaItem(title="Budget", label="A.")
    item.paragraphs.append(
        Paragraph(Inline.plain("Numbered"), sub_items=[SubItem(Inline.plain("one"), [inner])])
    )
    item.sub_items.append(AgendaItem(title="Details", label="1."))
    meeting.agenda.append(item)
    assert styled(export(meeting))[1:] == [
        ("UnnumberedParagraph", "Introduction without a number"),
        ("Heading1", "A.\tBudget"),
        ("NumberedParagraph", "1.\tNumbered"),
        ("SubItem", "(a)\tone"),
        ("SubItem2", "(i)\tan inner point"),
        ("Heading2", "1.\tDetails"),
    ]


# Generated notes: many paragraphs, footnotes everywhere, and in every awkward place.
FOOTNOTES = {1: 1, 300: 80, 2000: 500}  # paragraphs: generated footnotes
# Times New Roman's metrics (Liberation Serif's too, which LibreOffice shows in its place): a
# figure is half an em wide, a full stop a quarter. "999." leaves 0.6 em before its text in
# the template's 1 cm at 12 pt; half an em is the least that still reads as a gap.
FIGURE_EM, FULL_STOP_EM, LEAST_GAP_EM = 0.5, 0.25, 0.5
ONE_CM = 567


@dataclass
class Generated:
    document: Document
    data: bytes
    laid_out: list[tuple[str, str]]  # (style, text) below the title block
    paragraphs: list[etree._Element]  # the w:p of each, in order


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"{n}-paragraphs")
def generated(request) -> Generated:
    meeting = awkward_meeting(request.param, FOOTNOTES[request.param], seed=request.param)
    document = build_document(meeting)
    data = export(meeting)
    laid_out = [(style, text) for style, text in styled(data) if style not in TITLE_BLOCK]
    body = part(data, "word/document.xml").find("w:body", NS)
    paragraphs = body.findall("w:p", NS)[-len(laid_out) :]
    return Generated(document, data, laid_out, paragraphs)


def plain(text: Inline, document: Document) -> str:
    return text.plain_text(document.footnote_label).strip()


def with_calls(text: Inline, document: Document) -> str:
    """The text with each footnote call written [^n]."""
    return text.plain_text(lambda footnote_id: f"[^{document.footnote_label(footnote_id)}]")


def called(paragraph: etree._Element) -> str:
    """A Word paragraph's text with each footnote reference (or number-only call) as [^n]."""
    out = []
    for run in paragraph.findall("w:r", NS):
        if run.find("w:rPr/w:rStyle[@w:val='FootnoteReference']", NS) is not None:
            reference = run.find("w:footnoteReference", NS)
            number = reference.get(w("id")) if reference is not None else "".join(run.itertext())
            out.append(f"[^{number}]")
        else:
            out.extend(t.text if t.tag == w("t") else "\t" for t in run.iter(w("t"), w("tab")))
    return "".join(out)


def expected_paragraphs(document: Document) -> list[tuple[str, str, tuple[int, int | None]]]:
    """(style, text with calls, (block index, sub-item index)) of every block but headings."""
    expected = []
    for index, block in enumerate(document.body):
        if not isinstance(block, ParagraphBlock):
            continue
        text = with_calls(block.text, document).strip()
        if block.number is None:
            expected.append(("UnnumberedParagraph", text, (index, None)))
        else:
            expected.append(("NumberedParagraph", f"{block.number}.\t{text}", (index, None)))
        for at, sub_item in enumerate(block.sub_items):
            style = "SubItem" if sub_item.depth == 1 else "SubItem2"
            text = with_calls(sub_item.text, document).strip()
            expected.append((style, f"{sub_item.label}\t{text}", (index, at)))
    return expected


def test_generated_notes_keep_every_number_and_footnote_in_order(generated):
    document, data = generated.document, generated.data
    expected = []
    for block in document.body:
        if isinstance(block, HeadingBlock):
            label = f"{block.label}\t" if block.label else ""
            expected.append((f"Heading{block.level}", label + block.title))
            continue
        assert isinstance(block, ParagraphBlock)
        text = block.text.plain_text().strip()
        if block.number is None:
            expected.append(("UnnumberedParagraph", text))
        else:
            expected.append(("NumberedParagraph", f"{block.number}.\t{text}"))
        for sub_item in block.sub_items:
            style = "SubItem" if sub_item.depth == 1 else "SubItem2"
            expected.append((style, f"{sub_item.label}\t{sub_item.text.plain_text().strip()}"))
    assert generated.laid_out == expected

    paragraphs = len(list(b for b in document.body if isinstance(b, ParagraphBlock)))
    assert len(document.footnotes) > FOOTNOTES[paragraphs]
    calls = [footnote_id for footnote_id, _ in references(data)]
    assert calls == list(range(1, len(document.footnotes) + 1))
    ids = [int(n.get(w("id"))) for n in part(data, "word/footnotes.xml").findall("w:footnote", NS)]
    assert sorted(ids) == sorted(set(ids)) == [-1, 0, *calls]
    assert footnotes(data) == {f.number: plain(f.text, document) for f in document.footnotes}


def test_generated_notes_hold_every_awkward_placement(generated):
    found = find_placements(generated.document)
    paragraphs = sum(isinstance(b, ParagraphBlock) for b in generated.document.body)
    assert {name for name, placed in found.items() if placed} >= expected_placements(paragraphs)


def test_every_footnote_is_called_from_its_own_paragraph_at_its_place(generated):
    document = generated.document
    non_headings = [
        p
        for p, (style, _) in zip(generated.paragraphs, generated.laid_out, strict=True)
        if not style.startswith("Heading")
    ]
    expected = expected_paragraphs(document)
    assert [called(p) for p in non_headings] == [text for _, text, _ in expected]

    where = {place: p for p, (_, _, place) in zip(non_headings, expected, strict=True)}
    for placements in find_placements(document).values():
        for placed in placements:
            paragraph = where[(placed.block, placed.sub_item)]
            text = called(paragraph)
            calls = [int(n) for n in re.findall(r"\[\^(\d+)\]", text)]
            assert calls == list(placed.numbers), placed
            first = f"[^{placed.numbers[0]}]"
            if starts_with_marker(placed):  # right after the number, before any word
                assert text.split("\t", 1)[1].startswith(first), placed
                assert (
                    paragraph.getprevious()
                    .find("w:pPr/w:pStyle", NS)
                    .get(w("val"))
                    .startswith("Heading")
                )
            if ends_with_marker(placed):  # the last thing before the heading
                assert text.endswith(f"[^{placed.numbers[-1]}]"), placed
                following = paragraph.getnext().find("w:pPr/w:pStyle", NS).get(w("val"))
                assert following.startswith("Heading"), placed


def indent(properties: etree._Element) -> dict[str, int]:
    """A paragraph's left indent, hanging indent and first tab stop, where it sets them."""
    found = {}
    ind = properties.find("w:ind", NS)
    for name in ("left", "hanging"):
        if ind is not None and ind.get(w(name)) is not None:
            found[name] = int(ind.get(w(name)))
    tab = properties.find("w:tabs/w:tab", NS)
    if tab is not None:
        found["tab"] = int(tab.get(w("pos")))
    return found


def test_paragraph_numbers_hang_clear_of_their_text_however_many(generated):
    document, data = generated.document, generated.data
    styles = part(data, "word/styles.xml")

    def style(style_id: str) -> dict[str, int]:
        return indent(styles.find(f"w:style[@w:styleId='{style_id}']/w:pPr", NS))

    numbered, sub_item, inner = style("NumberedParagraph"), style("SubItem"), style("SubItem2")
    em = 10 * int(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS).get(w("val")))
    assert styles.find("w:style[@w:styleId='NumberedParagraph']/w:rPr/w:sz", NS) is None
    largest = max(b.number for b in document.body if isinstance(b, ParagraphBlock) and b.number)
    label = (len(str(largest)) * FIGURE_EM + FULL_STOP_EM) * em
    # The number starts at the margin; its text at the tab stop, where every line hangs.
    assert numbered["left"] == numbered["hanging"] == numbered["tab"]
    assert numbered["hanging"] - label >= LEAST_GAP_EM * em, (largest, numbered)
    if largest < 1000:
        assert numbered["hanging"] == ONE_CM  # the template's look for every usual note

    # Everything else lines up with the text of the numbered paragraphs.
    text = numbered["left"]
    assert style("UnnumberedParagraph")["left"] == text
    assert sub_item["left"] - sub_item["hanging"] == text
    assert sub_item["tab"] == sub_item["left"] == text + ONE_CM
    assert inner["left"] - inner["hanging"] == sub_item["left"]
    assert inner["tab"] == inner["left"] == text + 2 * ONE_CM
    assert style("Heading1")["tab"] == text
    assert style("Heading2")["left"] == text and style("Heading2")["tab"] == text + ONE_CM
    body = part(data, "word/document.xml")
    for level, (label_at, title_at) in {1: (0, text), 2: (text, text + ONE_CM)}.items():
        for p in body.xpath(f"//w:p[w:pPr/w:pStyle/@w:val='Heading{level}']", namespaces=NS):
            if p.find("w:r/w:tab", NS) is not None:  # a labelled heading
                own = indent(p.find("w:pPr", NS))
                assert (own["left"] - own["hanging"], own["left"]) == (label_at, title_at)


# The package: what Word checks before it offers to repair a file.


def hostile_meeting() -> Meeting:
    hostile = 'a <script>alert(1)</script> & "quoted" \x0b vertical \x1f unit\x00 end'
    note = Footnote(Inline.plain(f"note {hostile}"))
    meeting = Meeting(
        body=f"Body {hostile}\nsecond line",
        title=f"Title {hostile} " + "long " * 80,
        date=dt.date(2024, 2, 29),
        symbol="WG/<&>/1",
        language="x-!!",
        status=MeetingStatus.DRAFT,
    )
    meeting.footnotes[note.id] = note
    meeting.opening.append(
        Paragraph(
            Inline([Run(hostile, emphasis=True), FootnoteMarker(note.id)]),
            sub_items=[SubItem(Inline.plain(hostile))],
        )
    )
    meeting.agenda.append(AgendaItem(title=f"Heading {hostile}", label="<1>"))
    return meeting


def check_package(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        xml = {name: etree.fromstring(package.read(name)) for name in names}  # all parse

    types = xml["[Content_Types].xml"]
    overrides = {o.get("PartName") for o in types.iter(f"{CONTENT_TYPES}Override")}
    defaults = {d.get("Extension") for d in types.iter(f"{CONTENT_TYPES}Default")}
    assert {name.lstrip("/") for name in overrides} <= names
    for name in names - {"[Content_Types].xml"}:
        assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name

    for name in (n for n in names if n.endswith(".rels")):
        folder = posixpath.dirname(posixpath.dirname(name))
        for relationship in xml[name].iter(f"{PACKAGE_RELATIONSHIPS}Relationship"):
            if relationship.get("TargetMode") == "External":
                continue
            target = relationship.get("Target")
            resolved = target.lstrip("/") if target.startswith("/") else target
            if not target.startswith("/"):
                resolved = posixpath.normpath(posixpath.join(folder, target))
            assert resolved in names, (name, target)

    styles = xml["word/styles.xml"]
    defined = {(s.get(w("type")), s.get(w("styleId"))) for s in styles.findall("w:style", NS)}
    style_ids = {style_id for _, style_id in defined}
    for style in styles.findall("w:style", NS):
        for link in ("basedOn", "next"):
            target = style.find(f"w:{link}", NS)
            assert target is None or target.get(w("val")) in style_ids
    for name in [n for n in names if n.startswith("word/") and n.endswith(".xml")]:
        for kind, tag in (("paragraph", "pStyle"), ("character", "rStyle")):
            for reference in xml[name].iter(w(tag)):
                assert (kind, reference.get(w("val"))) in defined, (name, reference.get(w("val")))


@pytest.mark.parametrize(
    "meeting",
    [sample_meeting, lambda: generated_meeting(300, 80, seed=5), hostile_meeting, Meeting],
    ids=["sample", "generated", "hostile", "empty"],
)
def test_the_package_is_whole_and_consistent(meeting):
    data = export(meeting())
    check_package(data)
    docx.Document(io.BytesIO(data))  # python-docx opens it again


def test_hostile_text_survives_as_text():
    data = export(hostile_meeting())
    laid_out = styled(data)
    survivor = 'a <script>alert(1)</script> & "quoted"   vertical  unit end'
    assert laid_out[0] == ("DraftMark", "Draft")
    assert ("NoteSymbol", "WG/<&>/1") in laid_out
    assert ("NoteBody", f"Body {survivor} second line") in laid_out
    assert ("NumberedParagraph", f"1.\t{survivor}") in laid_out
    assert ("SubItem", f"(a)\t{survivor}") in laid_out
    assert ("Heading1", f"<1>\tHeading {survivor}") in laid_out
    assert footnotes(data) == {1: f"note {survivor}"}
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title.startswith(f"Title {survivor}")
    assert len(properties.title) <= 255
    assert properties.language == "en-GB"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert not any("\x1f" in package.read(name).decode() for name in package.namelist())


# LibreOffice, where it is installed: it converts the file without a repair.


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_sample_with_its_footnote(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    source = tmp_path / "note.docx"
    source.write_bytes(export(sample_meeting()))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    reader = pypdf.PdfReader(tmp_path / "note.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "WORKING GROUP ON IOM–UN RELATIONS AND RELATED ISSUES" in text
    assert "Puerto Vallarta" in " ".join(reader.pages[0].extract_text().split())
    assert "29. In closing, the Chairperson" in text
