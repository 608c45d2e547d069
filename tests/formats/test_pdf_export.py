"""The PDF export: the note as distributed. Paragraph numbers hang in their column in order,
footnotes stand at the foot of the page where they are called, only embedded fonts are used,
and no text the user typed is ever read by Typst as markup or code."""

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import AgendaItem, Footnote, Meeting, MeetingStatus, Paragraph, SubItem
from desktop_app.formats.blocks import Document, HeadingBlock, ParagraphBlock, build_document
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.pdf_writer import typst_source, write_pdf
from tests.conftest import SAMPLE_NOTE
from tests.formats.placements import SIZES, awkward_meeting, expected_placements, find_placements

LEFT_MARGIN = 2.5 / 2.54 * 72  # points: where paragraph numbers stand
A4 = (595.3, 841.9)
EMBEDDED_FONTS = ("LibertinusSerif", "NewComputerModern")
FOOTNOTE_ENTRY = re.compile(r"(?m)^(\d+) ?Footnote (\d+):")

HOSTILE = (
    '#panic("x")',
    "]",
    "[",
    "$x$",
    "@label",
    "<tag>",
    "// comment",
    "/* not closed",
    "*/",
    "= heading",
    "- list",
    "+ enum",
    "\\",
    '"',
    '#set page(paper: "a5")',
    '"); panic("y',
    "#{ 1 + 1 }",
    "*strong* _emph_ `raw` ~ --- ...",
    "\\u{41} \\n",
    '#import "/etc/passwd"',
    "Le Comité « avec intérêt », 5 € – l\u2019État",
)


@dataclass
class Pdf:
    reader: PdfReader
    pages: list[str]  # each page's text
    numbers: list[tuple[int, int]]  # (page index, paragraph number) in reading order

    @property
    def flat(self) -> str:
        return " ".join(" ".join(self.pages).split())

    def page_of_number(self, number: int) -> int:
        return next(page for page, n in self.numbers if n == number)


def export(document: Document) -> bytes:
    stream = io.BytesIO()
    write_pdf(document, stream)
    return stream.getvalue()


def read(pdf: bytes) -> Pdf:
    reader = PdfReader(io.BytesIO(pdf))
    pages: list[str] = []
    numbers: list[tuple[int, int]] = []
    for index, page in enumerate(reader.pages):

        def visit(text, cm, tm, font, size, index=index):
            x = cm[4] + tm[4] * cm[0]
            if abs(x - LEFT_MARGIN) < 1 and re.fullmatch(r"\d+\.", text.strip()):
                numbers.append((index, int(text.strip()[:-1])))

        pages.append(page.extract_text(visitor_text=visit))
    return Pdf(reader, pages, numbers)


# A word as `pdftotext -bbox` gives it: its left edge, top, right edge, and text.
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[^"]*">([^<]*)<')


def pdftotext(pdf: bytes, *options: str) -> str:
    """Poppler's text of the whole PDF, in the order it is drawn (as pypdf reads it)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install Debian's poppler-utils (.ci/run does)")
    command = ["pdftotext", "-raw", "-enc", "UTF-8", *options, "-", "-"]
    result = subprocess.run(command, input=pdf, capture_output=True, check=True, timeout=120)
    return result.stdout.decode("utf-8")


def read_big(pdf: bytes) -> Pdf:
    """What read() gives, from poppler: pypdf takes 20 to 40 s over a note of 247 pages."""
    pages = pdftotext(pdf).split("\f")[:-1]
    numbers: list[tuple[int, int]] = []
    for index, page in enumerate(pdftotext(pdf, "-bbox").split("<page ")[1:]):
        words = [(float(x), float(y), float(end), text) for x, y, end, text in WORD.findall(page)]
        for at, (x, y, end, text) in enumerate(words):
            if abs(x - LEFT_MARGIN) >= 1 or not re.fullmatch(r"\d+\.", text):
                continue
            # A number stands alone in its column; "2." opening a heading's line does not.
            after = words[at + 1] if at + 1 < len(words) else None
            if after is None or abs(after[1] - y) > 1 or after[0] - end > 10:
                numbers.append((index, int(text[:-1])))
    return Pdf(PdfReader(io.BytesIO(pdf)), pages, numbers)


def letters(text: str) -> str:
    """Letters only: immune to line breaks, hyphenation and footnote numbers in the text."""
    return re.sub(r"[\W\d_]", "", text)


def font_names(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def sample(**details) -> Meeting:
    meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    for name, value in details.items():
        setattr(meeting, name, value)
    return meeting


@pytest.fixture(scope="module")
def sample_pdf() -> Pdf:
    return read(export(build_document(sample())))


def test_the_sample_has_its_paragraph_numbers_in_order_in_their_column(sample_pdf):
    assert [n for _, n in sample_pdf.numbers] == list(range(1, 30))
    assert "1. The meeting of the Working Group" in sample_pdf.flat


def test_the_sample_has_its_title_block_headings_and_sub_items(sample_pdf):
    first = " ".join(sample_pdf.pages[0].split())
    assert "WORKING GROUP ON IOM–UN RELATIONS AND RELATED ISSUES" in first
    # The title in capitals, as the note was issued and as the DOCX shows it.
    assert "CHAIRPERSON'S NOTE ON THE MEETING HELD ON 28 AUGUST 2017" in first
    assert "Chairperson's note on the meeting held on 28 August" not in first
    assert "WG/REL/2017/7" in first
    assert "28 August 2017" in first
    assert "Draft" not in first  # the sample is final
    text = sample_pdf.flat
    headings = (
        "Update by the Senior Policy Adviser to the Director General on the global compact on "
        "migration and exchange of views",
        "IOM's future role",
    )
    assert all(heading in text for heading in headings)
    assert [item.title for item in sample_pdf.reader.outline] == list(headings)
    after_26 = text[text.index("26. The Chairperson") : text.index("27. In addition")]
    assert re.search(r"\(a\) An update.*\(b\) A brief.*\(c\) A summary", after_26)


def test_the_sample_footnote_stands_at_the_foot_of_the_page_of_its_marker(sample_pdf):
    page = next(p for p in sample_pdf.pages if "from 4 to 6 December 2017" in p)
    assert re.search(r"(?m)^1 ?Originally planned to take place in Guadalajara", page)
    assert page.index("December 2017") < page.index("Originally planned")


def test_the_sample_is_a4_paged_with_its_metadata_and_embedded_fonts_only(sample_pdf):
    reader = sample_pdf.reader
    count = len(reader.pages)
    assert count > 1
    for number, page in enumerate(sample_pdf.pages, start=1):
        assert f"Page {number} of {count}" in page
    assert all(
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) == A4
        for p in reader.pages
    )
    assert reader.metadata.title == "Chairperson's note on the meeting held on 28 August 2017"
    assert reader.metadata.author == "Working Group on IOM–UN Relations and Related Issues"
    assert reader.metadata["/Keywords"] == "WG/REL/2017/7"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    fonts = font_names(reader)
    assert fonts and all(name.startswith(EMBEDDED_FONTS) for name in fonts), fonts


def test_the_big_notes_reader_reads_what_pypdf_reads(sample_pdf):
    """read_big() is read() made fast: the same numbers, the same text of every page (Typst's
    soft hyphen ending a line aside, which pypdf gives as a hyphen)."""

    def same(text: str) -> str:
        return re.sub(r" +\n", "\n", text).rstrip("\n").replace("\u00ad", "-")

    fast = read_big(export(build_document(sample())))
    assert fast.numbers == sample_pdf.numbers
    assert [same(page) for page in fast.pages] == [same(page) for page in sample_pdf.pages]


@pytest.mark.parametrize(
    ("language", "date", "draft", "page"),
    [
        ("fr", "Genève, 28 août 2017", "Projet", "Page 1 sur"),
        ("es", "Genève, 28 de agosto de 2017", "Borrador", "Página 1 de"),
        ("en", "Genève, 28 August 2017", "Draft", "Page 1 of"),
    ],
)
def test_the_title_block_speaks_the_meeting_language(language, date, draft, page):
    meeting = sample(language=language, status=MeetingStatus.DRAFT, place="Genève")
    pdf = read(export(build_document(meeting)))
    first = " ".join(pdf.pages[0].split())
    assert date in first
    assert first.index("WG/REL/2017/7") < first.index(date) < first.index("WORKING GROUP")
    assert first.startswith(draft)
    assert page in first
    assert pdf.pages[1].startswith(f"{draft} WG/REL/2017/7")  # the running header
    assert pdf.reader.trailer["/Root"]["/Lang"] == language


def test_the_export_dispatcher_writes_the_pdf(tmp_path):
    path = export_meeting(sample(), ExportFormat.PDF, tmp_path / "note.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["note.pdf"]


# Generated notes: footnotes before and after headings, in sub-items, several in one paragraph.
FOOTNOTES = {1: 4, 300: 450, 2000: 500}  # paragraphs: generated footnotes


@dataclass
class Exported:
    document: Document
    source: str
    pdf: Pdf


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"{n}-paragraphs")
def generated(request) -> Exported:
    paragraphs = request.param
    document = build_document(awkward_meeting(paragraphs, FOOTNOTES[paragraphs], seed=7))
    return Exported(document, typst_source(document), read_big(export(document)))


def test_generated_notes_hold_footnotes_in_every_awkward_place(generated):
    found = find_placements(generated.document)
    paragraphs = len(list(paragraph_blocks(generated.document)))
    assert {name for name, placed in found.items() if placed} >= expected_placements(paragraphs)


def alphanumeric(text: str) -> str:
    """Letters and figures only, ligatures undone: immune to line breaks and hyphenation."""
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", text))


def test_each_awkward_footnote_is_called_where_it_stands_on_the_page_of_its_note(generated):
    """Each call reads as the figure between the words around it (a heading's words, past
    the end of the text before it), on the page whose foot holds the note, or the page before
    when Typst carried the note over."""
    document, pdf = generated.document, generated.pdf
    draft = "Draft" if document.title.status == MeetingStatus.DRAFT else ""
    bodies, entries = [], {}
    for index, page in enumerate(pdf.pages):
        found = list(FOOTNOTE_ENTRY.finditer(page))
        entries |= {int(m[2]): index for m in found}
        body = page[: found[0].start()] if found else page
        if index:  # the running header: draft mark and symbol
            header, body = body.split("\n", 1)
            assert alphanumeric(header) == alphanumeric(f"{draft} {document.title.symbol}")
        body = re.sub(r"Page \d+ of \d+", "", body)
        bodies.append(alphanumeric(body))
    labels = {f.number: generated_label(f.text) for f in document.footnotes}
    for placements in find_placements(document).values():
        for placed in placements:
            block = document.body[placed.block]
            if placed.sub_item is not None:
                label = block.sub_items[placed.sub_item].label
            else:
                label = str(block.number) if block.number is not None else ""
            last = len(block.sub_items) - 1 if block.sub_items else None
            following = document.body[placed.block + 1 : placed.block + 2]
            after = ""
            if placed.sub_item == last and following and isinstance(following[0], HeadingBlock):
                after = following[0].label + following[0].title
            spans = placed.text(document).spans
            for at, span in enumerate(spans):
                if not isinstance(span, FootnoteMarker):
                    continue
                number = document.footnote_numbers[span.footnote_id]
                written = Inline(spans[:at]).plain_text(document.footnote_label)
                rest = Inline(spans[at + 1 :]).plain_text(document.footnote_label)
                context = (
                    alphanumeric(label + written)[-12:]
                    + str(number)
                    + alphanumeric(rest + " " + after)[:12]
                )
                # (its words may straddle a page break, the next page's header in between)
                pages = [p for p in range(len(bodies)) if context in "".join(bodies[p : p + 2])]
                assert pages, (placed.placement, number, context)
                note_page = entries[labels[number]]
                assert note_page in pages or note_page - 1 in pages, (placed, number, pages)


def test_generated_paragraph_numbers_are_all_there_in_order(generated):
    numbered = [b.number for b in generated.document.body if isinstance(b, ParagraphBlock)]
    last = max(n for n in numbered if n is not None)
    assert [n for _, n in generated.pdf.numbers] == list(range(1, last + 1))


def test_generated_footnotes_are_numbered_as_in_the_app(generated):
    document = generated.document
    assert len(document.footnotes) > FOOTNOTES[len(list(paragraph_blocks(document)))]
    # Typst numbers footnotes in the order it meets them, which is our first appearance.
    assert "counter(footnote).update" not in generated.source
    entries = [
        (int(number), int(k))
        for page in generated.pdf.pages
        for number, k in FOOTNOTE_ENTRY.findall(page)
    ]
    expected = [(f.number, generated_label(f.text)) for f in document.footnotes]
    assert entries == expected


def test_generated_footnotes_stand_on_the_page_of_their_marker(generated):
    pdf, document = generated.pdf, generated.document
    entries = {}  # k of "Footnote k:" → (page, its place among the page's footnotes)
    bodies = []  # each page's text above its footnotes
    for index, page in enumerate(pdf.pages):
        found = list(FOOTNOTE_ENTRY.finditer(page))
        entries |= {int(m[2]): (index, order) for order, m in enumerate(found)}
        bodies.append(letters(page[: found[0].start()] if found else page))
    labels = {f.id: generated_label(f.text) for f in document.footnotes}
    carried: list[int] = []
    for first, last, before, footnote_id in markers(document):
        page, order = entries[labels[footnote_id]]
        span = range(
            pdf.page_of_number(first) if first else 0,
            (pdf.page_of_number(last) if last else len(pdf.pages) - 1) + 1,
        )
        assert page in span, (labels[footnote_id], first, last, page)
        marker_pages = [p for p in span if before in bodies[p]]
        if not marker_pages or page in marker_pages:
            continue  # (no marker page found: its words straddle a page break)
        # Typst carries a footnote over when its page is full and the marker shares its
        # line with an earlier marker; the carried footnotes then open the next page's.
        assert page - 1 in marker_pages, labels[footnote_id]
        assert order == sum(entries[k][0] == page for k in carried), labels[footnote_id]
        carried.append(labels[footnote_id])
    assert len(carried) <= 0.02 * len(document.footnotes), carried


def test_generated_notes_use_embedded_fonts_only(generated):
    fonts = font_names(generated.pdf.reader)
    assert all(name.startswith(EMBEDDED_FONTS) for name in fonts), fonts


def paragraph_blocks(document: Document):
    return (b for b in document.body if isinstance(b, ParagraphBlock))


def generated_label(text: Inline) -> int:
    """The k of a generated footnote's "Footnote k: …"."""
    return int(re.match(r"Footnote (\d+):", text.plain_text())[1])


def markers(document: Document):
    """For each footnote, where its first marker stands: the numbers of the paragraphs at or
    before it and after it (None at the ends), and the letters just before it."""
    blocks = list(paragraph_blocks(document))
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        before_numbers = [b.number for b in blocks[: index + 1] if b.number is not None]
        after_numbers = [b.number for b in blocks[index + 1 :] if b.number is not None]
        first = before_numbers[-1] if before_numbers else None
        last = after_numbers[0] if after_numbers else None
        for text in (block.text, *(s.text for s in block.sub_items)):
            written = ""
            for span in text.spans:
                if isinstance(span, Run):
                    written += span.text
                elif span.footnote_id not in seen:
                    seen.add(span.footnote_id)
                    yield first, last, letters(written)[-20:], span.footnote_id


# Hostile text: every string the user typed is text, never Typst markup or code.


def hostile_meeting() -> Meeting:
    footnote = Footnote(Inline.plain(" | ".join(HOSTILE)))
    meeting = Meeting(
        body='#panic("body") ] [ $x$',
        title='Title #set page(paper: "a5") // "quoted" \\ end',
        date=dt.date(2017, 8, 28),
        symbol="WG/<tag>/@label",
        place="/* place",
        language="en",
        status=MeetingStatus.DRAFT,
    )
    meeting.opening = [Paragraph(Inline.plain(text)) for text in HOSTILE]
    meeting.opening.append(Paragraph(Inline([Run("bell\x07 null\x00 escape\x1b end")])))
    meeting.opening.append(
        Paragraph(
            Inline([Run("called here"), FootnoteMarker(footnote.id), Run(" = heading")]),
            sub_items=[SubItem(Inline([Run('#strong("x")', emphasis=True)]))],
        )
    )
    meeting.footnotes[footnote.id] = footnote
    meeting.agenda = [AgendaItem(title="#heading[fake] // = not", label="<1>")]
    meeting.agenda[0].paragraphs = [Paragraph(Inline.plain("$ \\ $ after the heading"))]
    return meeting


@pytest.fixture(scope="module")
def hostile_pdf() -> Pdf:
    return read(export(build_document(hostile_meeting())))


def test_hostile_text_appears_literally(hostile_pdf):
    text = hostile_pdf.flat
    for hostile in HOSTILE:
        assert f" {hostile} " in f" {text} ", hostile
    assert 'TITLE #SET PAGE(PAPER: "A5") // "QUOTED" \\ END' in text
    assert '#PANIC("BODY") ] [ $X$' in text
    assert "WG/<tag>/@label" in text
    assert "/* place, 28 August 2017" in text
    assert "<1> #heading[fake] // = not" in text
    assert "$ \\ $ after the heading" in text
    assert '#strong("x")' in text
    assert "bell null escape end" in text  # control characters have no glyph: dropped
    assert re.search(r"(?m)^1 ?" + re.escape(" | ".join(HOSTILE[:4])), hostile_pdf.pages[0])


def test_hostile_text_changes_nothing_else(hostile_pdf):
    reader = hostile_pdf.reader
    assert [n for _, n in hostile_pdf.numbers] == list(range(1, len(HOSTILE) + 4))
    assert [item.title for item in reader.outline] == ["<1> #heading[fake] // = not"]
    assert reader.metadata.title == 'Title #set page(paper: "a5") // "quoted" \\ end'
    assert all(
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) == A4
        for p in reader.pages
    )
    count = len(reader.pages)
    assert all(f"Page {n} of {count}" in page for n, page in enumerate(hostile_pdf.pages, 1))
    assert all(name.startswith(EMBEDDED_FONTS) for name in font_names(reader))


def test_hostile_source_holds_user_text_only_in_string_literals():
    source = typst_source(build_document(hostile_meeting()))
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', source)
    for fragment in ("panic", "a5", "<tag>", "@label", "/etc/passwd", "fake"):
        assert fragment not in without_strings, fragment


# Footnotes called twice, and numbers Typst would not give by itself.


def test_a_footnote_called_twice_is_one_footnote():
    first, second = Footnote(Inline.plain("First note.")), Footnote(Inline.plain("Second."))
    meeting = Meeting(title="Twice", date=dt.date(2017, 8, 28))
    meeting.opening = [
        Paragraph(Inline([Run("One"), FootnoteMarker(first.id)])),
        Paragraph(
            Inline([Run("Two"), FootnoteMarker(second.id), Run(" and"), FootnoteMarker(first.id)])
        ),
    ]
    meeting.footnotes = {first.id: first, second.id: second}
    pdf = read(export(build_document(meeting)))
    assert re.findall(r"(?m)^(\d) ?(First note\.|Second\.)", pdf.pages[0]) == [
        ("1", "First note."),
        ("2", "Second."),
    ]
    assert re.search(r"Two2 and1", pdf.flat)


def test_footnote_numbers_are_ours_even_out_of_typst_order():
    meeting = Meeting(title="Out of order")
    a, b = Footnote(Inline.plain("Note A.")), Footnote(Inline.plain("Note B."))
    meeting.opening = [
        Paragraph(Inline([Run("A"), FootnoteMarker(a.id), Run(" B"), FootnoteMarker(b.id)]))
    ]
    meeting.footnotes = {a.id: a, b.id: b}
    document = build_document(meeting)
    swapped = Document(
        document.title,
        document.body,
        tuple(reversed(document.footnotes)),
        (),
        {a.id: 2, b.id: 1},
    )
    pdf = read(export(swapped))
    assert re.findall(r"(?m)^(\d) ?(Note [AB]\.)", pdf.pages[0]) == [
        ("2", "Note A."),
        ("1", "Note B."),
    ]
