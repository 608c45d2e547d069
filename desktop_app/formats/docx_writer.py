"""Write a note as a Word document: the page and styles of the reference template, the
paragraph numbers written as text before a tab with a hanging indent (so no word processor
can renumber them), and real Word footnotes.

python-docx has no footnotes API: the footnotes part is written here, Word's way.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import BinaryIO

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement

from desktop_app.core import clock
from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.meeting_series import MeetingDetails
from desktop_app.core.model import MeetingStatus
from desktop_app.formats.blocks import (
    Document,
    HeadingBlock,
    ParagraphBlock,
    SubItemBlock,
)
from desktop_app.formats.wording import wording
from desktop_app.resource_files import resource_path

TEMPLATE = resource_path("templates", "note.docx")

# Style ids of the template (packaging/make_docx_template.py).
DRAFT_MARK = "DraftMark"
NOTE_SYMBOL = "NoteSymbol"
NOTE_DATE = "NoteDate"
NOTE_BODY = "NoteBody"
NOTE_TITLE = "NoteTitle"
HEADINGS = {1: "Heading1", 2: "Heading2"}
NUMBERED_PARAGRAPH = "NumberedParagraph"
UNNUMBERED_PARAGRAPH = "UnnumberedParagraph"
SUB_ITEMS = {1: "SubItem", 2: "SubItem2"}
FOOTNOTE_TEXT = "FootnoteText"
FOOTNOTE_REFERENCE = "FootnoteReference"
STYLE_IDS = (
    DRAFT_MARK,
    NOTE_SYMBOL,
    NOTE_DATE,
    NOTE_BODY,
    NOTE_TITLE,
    *HEADINGS.values(),
    NUMBERED_PARAGRAPH,
    UNNUMBERED_PARAGRAPH,
    *SUB_ITEMS.values(),
    FOOTNOTE_TEXT,
    FOOTNOTE_REFERENCE,
)

INDENT = 567  # 1 cm in twentieths of a point: the hang of every label in the template
# The styles whose indents and tab stops line up with the text of the numbered paragraphs.
ALIGNED_STYLES = (NUMBERED_PARAGRAPH, UNNUMBERED_PARAGRAPH, *SUB_ITEMS.values(), *HEADINGS.values())
# Widths in ems of the template's font, Times New Roman (and Liberation Serif, which LibreOffice
# shows in its place): a figure is half an em, a full stop a quarter. The number needs half an
# em of white before its text, which 1 cm gives "999." at 12 pt but not "1000.".
FIGURE_EM, FULL_STOP_EM, GAP_EM = 0.5, 0.25, 0.5
FOOTNOTES_PART = "/word/footnotes.xml"
# Word's own ids for the line above the footnotes and its continuation; ours follow.
SEPARATOR_ID, CONTINUATION_SEPARATOR_ID = -1, 0
# The elements that may follow w:footnotePr in w:settings (ECMA-376, CT_Settings).
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip
_WORD_LANGUAGES = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_LINE_BREAKS = re.compile("[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # as Inline does
# Characters XML 1.0 cannot hold at all: dropped, so the rest of the text survives.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PROPERTY_LIMIT = 255  # characters python-docx allows in a core property


def write_docx(document: Document, stream: BinaryIO) -> None:
    """The note laid out in the reference template, written to `stream` as a .docx file."""
    word = docx.Document(str(TEMPLATE))
    missing = [s for s in STYLE_IDS if word.styles.element.get_by_id(s) is None]
    if missing:
        raise ValueError(f"the DOCX template lacks the styles {', '.join(missing)}")
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    footnotes = _new_footnotes()
    hang = number_hang(document, _font_size(word, NUMBERED_PARAGRAPH))
    if hang > INDENT:
        _widen_hang(word, hang - INDENT)
    _Layout(document, body, footnotes, hang).write()
    _add_footnotes_part(word, footnotes)
    _set_properties(word, document.title)
    word.save(stream)


class _Layout:
    """Lays the blocks out as paragraphs before the body's section properties."""

    def __init__(
        self, document: Document, body: BaseOxmlElement, footnotes: BaseOxmlElement, hang: int
    ) -> None:
        self.document = document
        self.hang = hang  # where the text of the numbered paragraphs starts
        self.section = body.find(qn("w:sectPr"))
        self.body = body
        self.footnotes = footnotes
        self.texts = {f.id: f.text for f in document.footnotes}
        self.called: set[str] = set()

    def write(self) -> None:
        self.title_block(self.document.title)
        for block in self.document.body:
            if isinstance(block, HeadingBlock):
                self.heading(block)
            else:
                self.paragraph(block)
        if self.body.find(qn("w:p")) is None:
            self.new_paragraph(UNNUMBERED_PARAGRAPH)  # Word wants one paragraph at least

    def title_block(self, title: MeetingDetails) -> None:
        words = wording(title.language)
        lines = [
            (DRAFT_MARK, words.draft if title.status == MeetingStatus.DRAFT else ""),
            (NOTE_SYMBOL, title.symbol),
            (NOTE_DATE, ", ".join(filter(None, (title.place.strip(), words.date(title.date))))),
            (NOTE_BODY, title.body),
            (NOTE_TITLE, title.title),
        ]
        for style, text in lines:
            if text.strip():
                add_run(self.new_paragraph(style), text.strip())

    def heading(self, block: HeadingBlock) -> None:
        level = min(max(block.level, 1), 2)
        p = self.new_paragraph(HEADINGS[level])
        if block.label:
            add_label(p, block.label)
            # The title hangs after its label, in line with the text of the paragraphs (level
            # 1) or of their sub-items (level 2).
            left = self.hang + (level - 1) * INDENT
            hanging = self.hang if level == 1 else INDENT
            p.pPr.append(_element("w:ind", left=str(left), hanging=str(hanging)))
        add_run(p, block.title.strip())

    def paragraph(self, block: ParagraphBlock) -> None:
        if block.number is None:
            p = self.new_paragraph(UNNUMBERED_PARAGRAPH)
        else:
            p = self.new_paragraph(NUMBERED_PARAGRAPH)
            add_label(p, f"{block.number}.")
        self.inline(p, block.text)
        for sub_item in block.sub_items:
            self.sub_item(sub_item)

    def sub_item(self, block: SubItemBlock) -> None:
        p = self.new_paragraph(SUB_ITEMS[min(max(block.depth, 1), 2)])
        add_label(p, block.label)
        self.inline(p, block.text)

    def inline(self, p: BaseOxmlElement, text: Inline, *, in_footnote: bool = False) -> None:
        runs = [index for index, span in enumerate(text.spans) if isinstance(span, Run)]
        for index, span in enumerate(text.spans):
            if isinstance(span, FootnoteMarker):
                self.marker(p, span.footnote_id, in_footnote)
                continue
            words = span.text
            # Like the other writers: no spaces at the very start or end of a paragraph.
            if index == runs[0]:
                words = words.lstrip()
            if index == runs[-1]:
                words = words.rstrip()
            if words:
                add_run(p, words, italic=span.emphasis, bold=span.strong)

    def marker(self, p: BaseOxmlElement, footnote_id: str, in_footnote: bool) -> None:
        number = self.document.footnote_numbers.get(footnote_id)
        if number is None:
            return
        if in_footnote or footnote_id in self.called or footnote_id not in self.texts:
            # A footnote is called once, from the text; any other call shows its number only.
            add_run(p, str(number), style=FOOTNOTE_REFERENCE)
            return
        self.called.add(footnote_id)
        # Word numbers footnotes in the order they are called, which is our numbering.
        add_run(p, "", style=FOOTNOTE_REFERENCE).append(
            _element("w:footnoteReference", id=str(number))
        )
        note = _element("w:footnote", id=str(number))
        self.footnotes.append(note)
        text = _element("w:p")
        text.append(_paragraph_properties(FOOTNOTE_TEXT))
        note.append(text)
        add_run(text, "", style=FOOTNOTE_REFERENCE).append(_element("w:footnoteRef"))
        add_run(text, "").append(_element("w:tab"))
        self.inline(text, self.texts[footnote_id], in_footnote=True)

    def new_paragraph(self, style: str) -> BaseOxmlElement:
        p = _element("w:p")
        p.append(_paragraph_properties(style))
        self.section.addprevious(p)
        return p


def number_hang(document: Document, size: int) -> int:
    """How far the text of the numbered paragraphs stands from the margin, in twentieths of a
    point: the template's 1 cm, or in quarter centimetres as much more as the note's largest
    number needs at `size` half-points."""
    largest = max(
        (b.number for b in document.body if isinstance(b, ParagraphBlock) and b.number is not None),
        default=0,
    )
    em = size * 10  # twentieths of a point in an em of that size
    needed = (len(str(largest)) * FIGURE_EM + FULL_STOP_EM + GAP_EM) * em
    if needed <= INDENT:
        return INDENT
    return round(math.ceil(needed * 4 / INDENT) * INDENT / 4)


def _widen_hang(word: WordDocument, shift: int) -> None:
    """Move the text of the numbered paragraphs `shift` further right, and with it everything
    in line with it: unnumbered paragraphs, sub-items and the headings' tab stops."""
    for style_id in ALIGNED_STYLES:
        properties = word.styles.element.get_by_id(style_id).find(qn("w:pPr"))
        if properties is None:
            continue
        moved = [(tab, "pos") for tab in properties.findall(f"{qn('w:tabs')}/{qn('w:tab')}")]
        indent = properties.find(qn("w:ind"))
        if indent is not None:
            moved.append((indent, "left"))
            if style_id == NUMBERED_PARAGRAPH:
                moved.append((indent, "hanging"))
        for element, name in moved:
            if element.get(qn(f"w:{name}")) is not None:
                element.set(qn(f"w:{name}"), str(int(element.get(qn(f"w:{name}"))) + shift))


def _font_size(word: WordDocument, style_id: str) -> int:
    """A paragraph style's font size in half-points, as Word resolves it."""
    styles = word.styles.element
    style = styles.get_by_id(style_id)
    while style is not None:
        size = style.find(f"{qn('w:rPr')}/{qn('w:sz')}")
        if size is not None:
            return int(size.get(qn("w:val")))
        based_on = style.find(qn("w:basedOn"))
        style = styles.get_by_id(based_on.get(qn("w:val"))) if based_on is not None else None
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    return int(default.get(qn("w:val"))) if default is not None else 20


def add_label(p: BaseOxmlElement, label: str) -> None:
    """A paragraph's number or a sub-item's letter, then the tab to its text."""
    add_run(p, label).append(_element("w:tab"))


def add_run(
    p: BaseOxmlElement, text: str, *, italic: bool = False, bold: bool = False, style: str = ""
) -> BaseOxmlElement:
    run = _element("w:r")
    if style or bold or italic:
        properties = _element("w:rPr")
        if style:
            properties.append(_element("w:rStyle", val=style))
        if bold:
            properties.append(_element("w:b"))
        if italic:
            properties.append(_element("w:i"))
        run.append(properties)
    text = xml_text(text)
    if text:
        t = _element("w:t")
        t.text = text
        if text != text.strip():
            t.set(qn("xml:space"), "preserve")
        run.append(t)
    p.append(run)
    return run


def xml_text(text: str) -> str:
    """Text an XML file can hold, on one line."""
    return _NOT_XML.sub("", _LINE_BREAKS.sub(" ", text))


def word_language(language: str) -> str:
    """The language as Word tags it: "fr" → "fr-FR"; a tag with its region is kept."""
    language = language.strip()
    if not _LANGUAGE_TAG.fullmatch(language):
        return _WORD_LANGUAGES["en"]
    return _WORD_LANGUAGES.get(language.lower(), language)


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    return OxmlElement(tag, {qn(f"w:{name}"): value for name, value in attributes.items()})


def _paragraph_properties(style: str) -> BaseOxmlElement:
    properties = _element("w:pPr")
    properties.append(_element("w:pStyle", val=style))
    return properties


def _new_footnotes() -> BaseOxmlElement:
    return parse_xml(
        f"<w:footnotes {nsdecls('w')}>"
        f'<w:footnote w:type="separator" w:id="{SEPARATOR_ID}">'
        '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:type="continuationSeparator" w:id="{CONTINUATION_SEPARATOR_ID}">'
        '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )


def _add_footnotes_part(word: WordDocument, footnotes: BaseOxmlElement) -> None:
    """The footnotes part, related from the document, and its separators named in the
    settings as Word does."""
    package = word.part.package
    part = XmlPart(PackURI(FOOTNOTES_PART), CONTENT_TYPE.WML_FOOTNOTES, footnotes, package)
    word.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    properties = _element("w:footnotePr")
    for note_id in (SEPARATOR_ID, CONTINUATION_SEPARATOR_ID):
        properties.append(_element("w:footnote", id=str(note_id)))
    settings = word.settings.element
    for old in settings.findall(qn("w:footnotePr")):
        settings.remove(old)
    settings.insert_element_before(properties, *_AFTER_FOOTNOTE_PR)


def _set_properties(word: WordDocument, title: MeetingDetails) -> None:
    language = word_language(title.language)
    for tag in word.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        tag.set(qn("w:val"), language)
    properties = word.core_properties
    properties.title = xml_text(title.title)[:_PROPERTY_LIMIT]
    properties.subject = xml_text(title.body)[:_PROPERTY_LIMIT]
    properties.language = language
    now = clock.now().astimezone(dt.UTC).replace(microsecond=0)
    properties.created = properties.modified = now
