"""A Word file read as a meeting: the title block by its styles or its form, headings by
style (Heading 1, Heading 2) or form ("I.", "A.", a short bold line), paragraphs numbered by
Word's list numbering or as text, sub-items, and the real footnotes and endnotes."""

from __future__ import annotations

import re
from pathlib import Path

from docx.oxml.ns import qn

from desktop_app.core.inline import FootnoteMarker, Inline, Run, Span
from desktop_app.core.model import AgendaItem, Footnote, Meeting, Paragraph, SubItem
from desktop_app.formats.importing.docx_numbering import ListNumber, Numbering
from desktop_app.formats.importing.docx_package import DOCUMENT, Element, WordPackage
from desktop_app.formats.importing.docx_styles import Styles, title_block
from desktop_app.formats.importing.docx_text import note_texts, paragraph_spans, plain, strip
from desktop_app.formats.importing.note import ImportedNote, ImportRefused
from desktop_app.formats.importing.reader import checked

# Ten times the Word paragraphs of the largest note measured (5,000 paragraphs: 5,500); a
# file of half a million would take a minute to read.
MAX_PARAGRAPHS = 55_000
_NUMBER = re.compile(r"^\(?(\d{1,4})[.)]\s+")
_SUB_ITEM = re.compile(r"^\(([a-z]{1,5})\)\s+")
_CHAPTER = re.compile(r"^([IVXLC]+|[A-Z])\.\s+")
_LABEL = re.compile(r"^(\S{1,8})\t")
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"]
_LETTERS = ("lowerLetter", "upperLetter")
_ROMAN_FORMATS = ("lowerRoman", "upperRoman")


def read(path: Path) -> ImportedNote:
    package = WordPackage(path)
    try:
        return _Reader(package).read()
    finally:
        package.close()


class _Reader:
    def __init__(self, package: WordPackage) -> None:
        self.package = package
        self.document = package.xml(DOCUMENT)
        related = package.related(DOCUMENT)
        parts = {kind: name for kind, name in related.values()}
        self.styles = Styles(package.xml(parts["styles"]) if "styles" in parts else None)
        self.numbering = Numbering(
            package.xml(parts["numbering"]) if "numbering" in parts else None
        )
        self.notes = note_texts(package.xml(parts.get("footnotes", "")), "footnote")
        self.notes |= note_texts(package.xml(parts.get("endnotes", "")), "endnote")
        self.headers = {rid: name for rid, (kind, name) in related.items() if kind == "header"}
        self.meeting = Meeting(language=self.styles.language)
        self.warnings: list[str] = []
        self.front: list[tuple[str, str]] = []  # (style id, text) before the note begins
        self.front_bold = False  # whether the last of them is all in bold
        self.started = False
        self.expected = 1
        self.top: AgendaItem | None = None
        self.section: list[Paragraph] = self.meeting.opening
        self.paragraph: Paragraph | None = None
        self.sub_ilvl = -1  # the list level of the last lettered sub-item, -1 when none
        self.found = 0
        self.skipped_tables = 0
        self.off_sequence: list[int] = []  # numbers read out of sequence, not yet warned of
        self.following: list[int | None] = []  # each paragraph's number as text, or 0 (a list)
        self.index = 0

    def read(self) -> ImportedNote:
        assert self.document is not None
        body = self.document.find(qn("w:body"))
        elements = _body_paragraphs(body, self)
        if len(elements) > MAX_PARAGRAPHS:
            raise ImportRefused(
                f"{self.package.path} holds {len(elements):,} paragraphs, more than "
                f"{MAX_PARAGRAPHS:,}; is it really a note?"
            )
        self.following = [_leading_number(p) for p in elements]
        for index, p in enumerate(elements):
            self.index = index
            self.paragraph_element(p)
        self.flush_numbers()
        title_block(self.meeting, self.header_lines(body) + self.front, self.styles)
        if self.skipped_tables:
            tables = f"{self.skipped_tables} table{'s' if self.skipped_tables > 1 else ''}"
            self.warnings.append(f"{tables} left out (their text is not imported)")
        if links := self.package.external_links():
            self.warnings.append(
                f"{links} link{'s' if links > 1 else ''} to files outside the document (a "
                f"template, pictures) {'were' if links > 1 else 'was'} not followed"
            )
        note = ImportedNote(self.package.path, "docx", self.meeting, self.warnings, self.found)
        return checked(note)

    def header_lines(self, body: Element | None) -> list[tuple[str, str]]:
        """The first page's header (or the header), where some notes carry their symbol."""
        section = body.find(qn("w:sectPr")) if body is not None else None
        if section is None:
            return []
        references = {
            r.get(qn("w:type"), "default"): r.get(qn("r:id"))
            for r in section.findall(qn("w:headerReference"))
        }
        rid = references.get("first") or references.get("default")
        header = self.package.xml(self.headers[rid]) if rid in self.headers else None
        if header is None:
            return []
        return [("", plain(paragraph_spans(p, {})).strip()) for p in header.iter(qn("w:p"))]

    def paragraph_element(self, p: Element) -> None:
        style = self.styles.paragraph_style(p)
        spans = paragraph_spans(p, self.notes)
        text = plain(spans).strip()
        if not text:
            return
        number = self.list_number(p, style)
        if not self.started and self.styles.is_title_block(style):
            self.front.append((style, text))
            return
        if style == "UnnumberedParagraph":  # Rapporteur's own: whatever figure it starts with
            self.unnumbered(spans)
        elif level := self.styles.heading_level(style):
            self.heading(level, spans)
        elif number is not None and number.format not in ("bullet", "none"):
            self.listed(number, spans)
        elif found := _NUMBER.match(text):
            self.numbered(int(found[1]), spans, found.end())
        elif (found := _SUB_ITEM.match(text)) and self.started:
            self.sub_item(found[1], spans, found.end(), style == "SubItem2")
        elif _CHAPTER.match(text) and len(text) <= 150 and not text.endswith("."):
            self.heading(1 if text[0] in "IVXLC" or self.top is None else 2, spans)
        elif not self.started and len(text) <= 200:
            self.front.append((style, text))
            self.front_bold = _all_bold(spans)
        elif (
            self.started
            and len(text) <= 150
            and text[-1] not in ".;:,!?"
            and (
                _all_bold(spans) or (text[0].isupper() and ":" not in text and self.before_number())
            )
        ):
            self.heading(2 if self.top and self.top.label else 1, spans)
        else:
            self.unnumbered(spans)

    def before_number(self) -> bool:
        """Whether the next paragraph with text is the next numbered one (then a short line
        with no full stop before it is its heading)."""
        for number in self.following[self.index + 1 : self.index + 3]:
            if number is not None:
                return number in (0, self.expected)
        return False

    def list_number(self, p: Element, style: str) -> ListNumber | None:
        num_id, ilvl = self.styles.numbering_of(p, style)
        return self.numbering.next(num_id, ilvl) if num_id is not None else None

    # the note's parts

    def heading(self, level: int, spans: list[Span]) -> None:
        self.started = True
        text = plain(spans).strip()
        label = ""
        if found := _LABEL.match(text) or _CHAPTER.match(text):
            label, text = (
                found[1] if found[1].endswith((".", ")")) else f"{found[1]}.",
                text[found.end() :],
            )
        if "\ufffc" in text:
            self.warnings.append(f"a footnote in the heading {text[:40]!r} was left out")
        item = AgendaItem(title=" ".join(text.replace("\ufffc", "").split()), label=label)
        if level == 1 or self.top is None:
            self.meeting.agenda.append(item)
            self.top = item
        else:
            self.top.sub_items.append(item)
        self.section = item.paragraphs
        self.paragraph = None

    def listed(self, number: ListNumber, spans: list[Span]) -> None:
        if number.format in _LETTERS or number.format in _ROMAN_FORMATS:
            inner = number.format in _ROMAN_FORMATS and 0 <= self.sub_ilvl < number.level
            if not inner:
                self.sub_ilvl = number.level
            self.add_sub_item(spans, 0, inner)
            return
        if number.value == self.expected:
            self.add_paragraph(spans, 0, numbered=True)
            return
        self.warn_number(number.value)
        self.add_paragraph([Run(f"{number.label} "), *spans], 0, numbered=False)

    def numbered(self, value: int, spans: list[Span], cut: int) -> None:
        if value == self.expected:
            self.add_paragraph(spans, cut, numbered=True)
        else:
            self.warn_number(value)
            self.add_paragraph(spans, 0, numbered=False)

    def warn_number(self, value: int) -> None:
        self.off_sequence.append(value)

    def flush_numbers(self) -> None:
        """One warning for a run of paragraphs numbered out of sequence (a quoted agenda)."""
        found = self.off_sequence
        if not found:
            return
        numbers = (
            f"numbered {found[0]}" if len(found) == 1 else f"numbered {found[0]} to {found[-1]}"
        )
        kept = (
            "is kept as an unnumbered paragraph"
            if len(found) == 1
            else (f"are kept as {len(found)} unnumbered paragraphs")
        )
        self.warnings.append(
            f"{'a paragraph' if len(found) == 1 else 'paragraphs'} {numbers} where "
            f"{self.expected} was expected (a quoted list, an annex?) {kept}"
        )
        self.off_sequence = []

    def sub_item(self, label: str, spans: list[Span], cut: int, inner_style: bool) -> None:
        subs = self.paragraph.sub_items if self.paragraph else []
        letter = chr(ord("a") + len(subs))
        inner_count = len(subs[-1].sub_items) if subs else len(_ROMANS)
        next_roman = _ROMANS[inner_count] if inner_count < len(_ROMANS) else ""
        if inner_style or (subs and label == next_roman and label != letter):
            self.add_sub_item(spans, cut, inner=True)
        elif len(label) == 1 or label not in _ROMANS:
            self.add_sub_item(spans, cut, inner=False)
        else:
            self.unnumbered(spans)

    def add_paragraph(self, spans: list[Span], cut: int, numbered: bool) -> None:
        if numbered:
            self.flush_numbers()
        if not self.started and self.front_bold and len(self.front) > 1:
            # a line in bold just before the first paragraph: the first heading, not the title
            self.heading(1, [Run(self.front.pop()[1])])
        self.started = True
        if numbered:
            self.expected += 1
        self.paragraph = Paragraph(self.inline(spans, cut), numbered=numbered)
        self.section.append(self.paragraph)
        self.sub_ilvl = -1

    def add_sub_item(self, spans: list[Span], cut: int, inner: bool) -> None:
        if self.paragraph is None:
            self.add_paragraph([], 0, numbered=False)
        assert self.paragraph is not None
        item = SubItem(self.inline(spans, cut))
        subs = self.paragraph.sub_items
        (subs[-1].sub_items if inner and subs else subs).append(item)

    def unnumbered(self, spans: list[Span]) -> None:
        self.add_paragraph(spans, 0, numbered=False)

    def inline(self, spans: list[Span], cut: int) -> Inline:
        """The text after its label (`cut` characters), its note references made footnotes."""
        _, text = Inline(spans).split(cut)
        out: list[Span] = []
        for span in text.spans:
            if isinstance(span, FootnoteMarker):
                kind, _, note_id = span.footnote_id.partition(":")
                note = self.notes.get((kind, note_id))
                if note is None:
                    self.warnings.append(f"a {kind} reference has no text in the file: left out")
                    continue
                footnote = Footnote(note)
                self.meeting.footnotes[footnote.id] = footnote
                self.found += 1
                span = FootnoteMarker(footnote.id)
            out.append(span)
        return strip(Inline(out))


def _leading_number(p: Element) -> int | None:
    """The number a paragraph's text starts with; 0 for one numbered by a list (numPr)."""
    if p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
        return 0
    text = plain(paragraph_spans(p, {})).strip()
    if not text:
        return None
    found = _NUMBER.match(text)
    return int(found[1]) if found else -1


def _all_bold(spans: list[Span]) -> bool:
    runs = [s for s in spans if isinstance(s, Run) and s.text.strip()]
    return bool(runs) and all(s.strong for s in runs)


def _body_paragraphs(body: Element | None, reader: _Reader) -> list[Element]:
    """The body's paragraphs in order, content controls opened; tables counted, left out."""
    found: list[Element] = []
    for child in body if body is not None else ():
        if child.tag == qn("w:p"):
            found.append(child)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            found += _body_paragraphs(content, reader)
        elif child.tag == qn("w:tbl"):
            reader.skipped_tables += 1
    return found
