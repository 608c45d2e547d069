"""Write the reference template of DOCX exports, resources/templates/note.docx.

The template holds the page (A4, margins, a page number in the footer), the styles of a
note, and the font table and theme that strict readers expect of a Word document; the DOCX
writer empties its body and lays the note out in these styles. Run again after changing a
style: `.venv/bin/python packaging/make_docx_template.py`. The file is written byte for byte
the same each time, so only real changes show in version control.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
TEMPLATE = REPOSITORY / "resources" / "templates" / "note.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
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
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>
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
<Relationship Id="rId4" Type="{R}/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId5" Type="{R}/theme" Target="theme/theme1.xml"/>
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
<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>
</w:settings>"""  # noqa: E501

# The one font of the note, described as Word describes Times New Roman, so a reader without
# it picks a metric-compatible serif (Liberation Serif) rather than a default face.
FONT_TABLE = f"""{DECLARATION}<w:fonts xmlns:w="{W}">
<w:font w:name="{FONT}">
<w:panose1 w:val="02020603050405020304"/>
<w:charset w:val="00"/>
<w:family w:val="roman"/>
<w:pitch w:val="variable"/>
<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>
</w:font>
</w:fonts>"""  # noqa: E501

# Office's colours; the note's font for the theme's headings and body text, so text set in a
# theme font (a pasted table, a comment) still matches the note.
COLOURS = (
    ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"),
    ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"),
    ("hlink", "0563C1"), ("folHlink", "954F72"),
)  # fmt: skip
THEME_FONT = f'<a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface="{FONT}"/>'
FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
THEME = f"""{DECLARATION}<a:theme xmlns:a="{A}" name="Rapporteur">
<a:themeElements>
<a:clrScheme name="Office">
<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>
<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2><a:srgbClr val="44546A"/></a:dk2>
<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>
{"".join(f'<a:{name}><a:srgbClr val="{value}"/></a:{name}>' for name, value in COLOURS)}
</a:clrScheme>
<a:fontScheme name="Rapporteur">
<a:majorFont>{THEME_FONT}</a:majorFont>
<a:minorFont>{THEME_FONT}</a:minorFont>
</a:fontScheme>
<a:fmtScheme name="Office">
<a:fillStyleLst>{FILL * 3}</a:fillStyleLst>
<a:lnStyleLst>{"".join(f'<a:ln w="{width}">{FILL}</a:ln>' for width in (6350, 12700, 19050))}</a:lnStyleLst>
<a:effectStyleLst>{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>
<a:bgFillStyleLst>{FILL * 3}</a:bgFillStyleLst>
</a:fmtScheme>
</a:themeElements>
<a:objectDefaults/>
<a:extraClrSchemeLst/>
</a:theme>"""  # noqa: E501


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
    "word/fontTable.xml": FONT_TABLE,
    "word/theme/theme1.xml": THEME,
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
