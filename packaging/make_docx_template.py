"""Write the reference template of DOCX exports, resources/templates/note.docx.

The template holds the page (A4, margins, a page number in the footer) and the styles of a
note; the DOCX writer empties its body and lays the note out in these styles. Run again
after changing a style: `.venv/bin/python packaging/make_docx_template.py`. The file is
written byte for byte the same each time, so only real changes show in version control.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
TEMPLATE = REPOSITORY / "resources" / "templates" / "note.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CM = 567  # twentieths of a point in one centimetre (rounded, as Word does)
FONT = "Times New Roman"  # LibreOffice shows it as the metric-compatible Liberation Serif
BODY_SIZE = 24  # half-points: 12 pt
FOOTNOTE_SIZE = 20  # 10 pt
LANGUAGE = "en-GB"  # the writer sets the note's own language

CONTENT_TYPES = f"""{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""  # noqa: E501

PACKAGE_RELS = f"""{DECLARATION}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""  # noqa: E501

DOCUMENT_RELS = f"""{DECLARATION}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">
<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{R}/footer" Target="footer1.xml"/>
</Relationships>"""

CORE = f"""{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Note</dc:title>
<dc:language>{LANGUAGE}</dc:language>
<cp:lastModifiedBy>Rapporteur</cp:lastModifiedBy>
<cp:revision>1</cp:revision>
</cp:coreProperties>"""  # noqa: E501

# A4 (11906 × 16838 twentieths of a point), 2.5 cm margins, the footer 1.25 cm from the edge.
DOCUMENT = f"""{DECLARATION}<w:document xmlns:w="{W}" xmlns:r="{R}">
<w:body>
<w:p/>
<w:sectPr>
<w:footerReference w:type="default" r:id="rId3"/>
<w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>
<w:cols w:space="708"/>
</w:sectPr>
</w:body>
</w:document>"""  # noqa: E501

FOOTER = f"""{DECLARATION}<w:ftr xmlns:w="{W}" xmlns:r="{R}">
<w:p>
<w:pPr><w:pStyle w:val="Footer"/></w:pPr>
<w:r><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r>
<w:r><w:t>1</w:t></w:r>
<w:r><w:fldChar w:fldCharType="end"/></w:r>
</w:p>
</w:ftr>"""

SETTINGS = f"""{DECLARATION}<w:settings xmlns:w="{W}">
<w:zoom w:percent="100"/>
<w:defaultTabStop w:val="{CM}"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat>
<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
</w:compat>
</w:settings>"""  # noqa: E501


def paragraph_style(
    style_id: str,
    name: str,
    paragraph: str = "",
    run: str = "",
    *,
    based_on: str = "Normal",
    next_style: str = "",
    priority: int = 0,
) -> str:
    """A `w:style` of type paragraph; `paragraph` and `run` are the pPr and rPr contents."""
    return _style(
        "paragraph", style_id, name, paragraph, run, based_on, next_style or style_id, priority
    )


def _style(
    kind: str,
    style_id: str,
    name: str,
    paragraph: str,
    run: str,
    based_on: str,
    next_style: str,
    priority: int,
) -> str:
    parts = [f'<w:style w:type="{kind}" w:styleId="{style_id}">', f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if priority:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    parts.append("<w:qFormat/>")
    if paragraph:
        parts.append(f"<w:pPr>{paragraph}</w:pPr>")
    if run:
        parts.append(f"<w:rPr>{run}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def hanging(left: int) -> str:
    """A justified paragraph whose label hangs 1 cm left of its text, which starts at `left`
    at a tab stop."""
    return (
        f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs><w:spacing w:after="240"/>'
        f'<w:ind w:left="{left}" w:hanging="{CM}"/><w:jc w:val="both"/>'
    )


STYLES = [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>",
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>",
    # The title block.
    paragraph_style(
        "DraftMark",
        "Draft Mark",
        '<w:spacing w:after="120"/><w:jc w:val="right"/>',
        '<w:b/><w:bCs/><w:caps/><w:spacing w:val="20"/>',
    ),
    paragraph_style("NoteSymbol", "Note Symbol", '<w:jc w:val="right"/>', next_style="NoteDate"),
    paragraph_style(
        "NoteDate",
        "Note Date",
        '<w:spacing w:after="480"/><w:jc w:val="right"/>',
        next_style="NoteBody",
    ),
    paragraph_style(
        "NoteBody",
        "Note Body",
        '<w:keepNext/><w:spacing w:after="360"/><w:jc w:val="center"/>',
        "<w:b/><w:bCs/><w:caps/>",
        next_style="NoteTitle",
    ),
    paragraph_style(
        "NoteTitle",
        "Note Title",
        '<w:keepNext/><w:spacing w:after="480"/><w:jc w:val="center"/>',
        "<w:b/><w:bCs/><w:caps/>",
        next_style="NumberedParagraph",
    ),
    # Headings: an agenda item and its sub-items.
    paragraph_style(
        "Heading1",
        "heading 1",
        f'<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="{CM}"/></w:tabs>'
        '<w:spacing w:before="120" w:after="240"/><w:outlineLvl w:val="0"/>',
        "<w:b/><w:bCs/>",
        next_style="NumberedParagraph",
        priority=9,
    ),
    paragraph_style(
        "Heading2",
        "heading 2",
        f'<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="{2 * CM}"/></w:tabs>'
        f'<w:spacing w:after="240"/><w:ind w:left="{CM}"/><w:outlineLvl w:val="1"/>',
        "<w:b/><w:bCs/>",
        next_style="NumberedParagraph",
        priority=9,
    ),
    # The note: "1.", a tab, the text; unnumbered paragraphs in line with the text.
    paragraph_style("NumberedParagraph", "Numbered Paragraph", hanging(CM)),
    paragraph_style(
        "UnnumberedParagraph",
        "Unnumbered Paragraph",
        f'<w:spacing w:after="240"/><w:ind w:left="{CM}"/><w:jc w:val="both"/>',
        next_style="NumberedParagraph",
    ),
    paragraph_style("SubItem", "Sub-item", hanging(2 * CM), next_style="SubItem"),
    paragraph_style("SubItem2", "Sub-item 2", hanging(3 * CM), next_style="SubItem2"),
    # Footnotes: the number, a tab, the text, hanging.
    paragraph_style(
        "FootnoteText",
        "footnote text",
        f'<w:tabs><w:tab w:val="left" w:pos="{CM // 2}"/></w:tabs>'
        f'<w:spacing w:after="60"/><w:ind w:left="{CM // 2}" w:hanging="{CM // 2}"/>'
        '<w:jc w:val="both"/>',
        f'<w:sz w:val="{FOOTNOTE_SIZE}"/><w:szCs w:val="{FOOTNOTE_SIZE}"/>',
        priority=99,
    ),
    _style(
        "character",
        "FootnoteReference",
        "footnote reference",
        paragraph="",
        run='<w:vertAlign w:val="superscript"/>',
        based_on="DefaultParagraphFont",
        next_style="",
        priority=99,
    ),
    paragraph_style(
        "Footer",
        "footer",
        '<w:jc w:val="center"/>',
        f'<w:sz w:val="{FOOTNOTE_SIZE}"/><w:szCs w:val="{FOOTNOTE_SIZE}"/>',
        priority=99,
    ),
]

DOC_DEFAULTS = (
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>'
    f'<w:lang w:val="{LANGUAGE}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    "</w:rPr></w:rPrDefault>"
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
)


def styles_xml() -> str:
    body = "\n".join(STYLES)
    return f'{DECLARATION}<w:styles xmlns:w="{W}">\n{DOC_DEFAULTS}\n{body}\n</w:styles>'


PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "docProps/core.xml": CORE,
    "word/document.xml": DOCUMENT,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/styles.xml": styles_xml(),
    "word/settings.xml": SETTINGS,
    "word/footer1.xml": FOOTER,
}


def main(output: Path = TEMPLATE) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE)
