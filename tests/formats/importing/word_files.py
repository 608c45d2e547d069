"""Word files built the way Word writes them: python-docx for the body, and the parts it has
no API for (list definitions in numbering.xml, footnotes.xml, endnotes.xml) added as XML."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

# One list of three levels, "1." then "(a)" then "(i)", as a secretariat's template defines it.
LEVELS = (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"))
ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    + "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for level, (fmt, text) in enumerate(LEVELS)
    )
    + "</w:abstractNum>"
)


def new_document() -> Document:
    return docx.Document()


def add_lists(document: Document, *instances: tuple[int, int | None]) -> None:
    """The three-level list, and list instances (numId, level-0 startOverride or None) of it."""
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    abstract = parse_xml(ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum stands before the first num
    else:
        numbering.append(abstract)
    for num_id, start in instances:
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            if start is not None
            else ""
        )
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                f"{override}</w:num>"
            )
        )


def number(paragraph: Paragraph, num_id: int, level: int = 0) -> Paragraph:
    """Give a paragraph Word's list numbering (numId 0: numbering switched off)."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def add_note_reference(paragraph: Paragraph, note_id: int, kind: str = "footnote") -> None:
    """A footnote (or endnote) reference at the end of the paragraph, as Word writes it."""
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>'
        )
    )


def add_notes(document: Document, notes: dict[int, str], kind: str = "footnote") -> None:
    """The footnotes (or endnotes) part with Word's two separators and these notes."""
    body = "".join(
        f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve">'
        f" {text}</w:t></w:r></w:p></w:{kind}>"
        for note_id, text in notes.items()
    )
    xml = (
        f'<w:{kind}s {nsdecls("w")}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r>'
        f'<w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>"
    )
    content_type = CONTENT_TYPE.WML_FOOTNOTES if kind == "footnote" else CONTENT_TYPE.WML_ENDNOTES
    relationship = RELATIONSHIP_TYPE.FOOTNOTES if kind == "footnote" else RELATIONSHIP_TYPE.ENDNOTES
    part = XmlPart(
        PackURI(f"/word/{kind}s.xml"), content_type, parse_xml(xml), document.part.package
    )
    document.part.relate_to(part, relationship)


def save(document: Document, path: Path) -> Path:
    document.save(str(path))
    return path
