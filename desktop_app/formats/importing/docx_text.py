"""The text of Word paragraphs as inline text: bold and italic runs kept, footnote and endnote
references turned into markers, tracked deletions and field codes left out."""

from __future__ import annotations

from collections.abc import Iterator

from docx.oxml.ns import qn

from desktop_app.core.inline import FootnoteMarker, Inline, Run, Span
from desktop_app.formats.importing.docx_package import Element

_SKIPPED = {qn(t) for t in ("w:del", "w:moveFrom", "w:instrText", "w:delText", "w:rPr", "w:pPr")}
_OFF = {"0", "false", "off", "none"}
NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}


def runs(p: Element) -> Iterator[Element]:
    """The runs of a paragraph in reading order, inside hyperlinks and insertions too."""
    for child in p:
        if child.tag in _SKIPPED:
            continue
        if child.tag == qn("w:r"):
            yield child
        else:
            yield from runs(child)


def _toggle(properties: Element | None, name: str) -> bool:
    if properties is None:
        return False
    element = properties.find(qn(name))
    return element is not None and element.get(qn("w:val"), "true").lower() not in _OFF


def paragraph_spans(p: Element, notes: dict[tuple[str, str], Inline]) -> list[Span]:
    """A paragraph's spans; a note reference becomes a marker labelled `kind:id` (the reader
    gives each the id of a new footnote), or nothing when its text is not in the file."""
    spans: list[Span] = []
    for run in runs(p):
        properties = run.find(qn("w:rPr"))
        strong, emphasis = _toggle(properties, "w:b"), _toggle(properties, "w:i")
        for child in run:
            if child.tag in NOTE_REFERENCES:
                key = (NOTE_REFERENCES[child.tag], child.get(qn("w:id"), ""))
                spans.append(FootnoteMarker(f"{key[0]}:{key[1]}"))
            elif child.tag == qn("w:t"):
                spans.append(Run(child.text or "", emphasis, strong))
            elif child.tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
                spans.append(Run("\t" if child.tag == qn("w:tab") else " ", emphasis, strong))
            elif child.tag == qn("w:noBreakHyphen"):
                spans.append(Run("-", emphasis, strong))
    return spans


def plain(spans: list[Span]) -> str:
    """The text, each marker one character (as Inline.split counts it)."""
    return "".join(s.text if isinstance(s, Run) else "\ufffc" for s in spans)


def note_texts(root: Element | None, kind: str) -> dict[tuple[str, str], Inline]:
    """The texts of footnotes.xml or endnotes.xml by (kind, id), separators left out."""
    found: dict[tuple[str, str], Inline] = {}
    if root is None:
        return found
    for note in root.findall(qn(f"w:{kind}")):
        if note.get(qn("w:type"), "normal") != "normal":
            continue
        spans: list[Span] = []
        for p in note.findall(qn("w:p")):
            if spans:
                spans.append(Run(" "))
            spans += [s for s in paragraph_spans(p, {}) if isinstance(s, Run)]
        text = Inline(spans)
        if text.plain_text().strip():
            found[(kind, note.get(qn("w:id"), ""))] = strip(text)
    return found


def strip(text: Inline) -> Inline:
    """The text without the spaces (and tabs) at its two ends."""
    spans = list(text.spans)
    while spans and isinstance(spans[0], Run) and not spans[0].text.strip():
        spans.pop(0)
    while spans and isinstance(spans[-1], Run) and not spans[-1].text.strip():
        spans.pop()
    if spans and isinstance(spans[0], Run):
        first = spans[0]
        spans[0] = Run(first.text.lstrip(), first.emphasis, first.strong)
    if spans and isinstance(spans[-1], Run):
        last = spans[-1]
        spans[-1] = Run(last.text.rstrip(), last.emphasis, last.strong)
    return Inline(spans)
