"""The inline text of Python-Markdown's elements as our spans: emphasis, strong, footnotes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from desktop_app.core.inline import FootnoteMarker, Inline, Run, Span
from desktop_app.core.model import Footnote

Lines = list[list[Span]]

_PLACEHOLDER = re.compile("\x02(?:wzxhzdk:(\\d+)|[^\x03]*)\x03")  # raw HTML, a backlink
_WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")  # [[note|shown]]
_HIGHLIGHT = re.compile(r"==(\S(?:.*?\S)?)==")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")
_EMPHASIS = {"em", "i"}
_STRONG = {"strong", "b"}
_SKIPPED = {"ol", "ul", "script", "style"}


class SpanReader:
    """Reads elements' inline text; knows the notes of the footnotes block."""

    def __init__(self, raw_html: list[str], note_blocks: list[ET.Element]) -> None:
        self.raw_html = raw_html
        self.notes: dict[str, Inline] = {}  # "1", "note" (from [^note]) -> its text
        self.footnote_ids: dict[str, str] = {}
        self.footnotes: dict[str, Footnote] = {}
        for block in note_blocks:
            for item in block.iter("li"):
                key = (item.get("id") or "").removeprefix("fn:")
                lines = split_lines(self.of(item))
                joined = [span for index, line in enumerate(lines) for span in _joined(index, line)]
                self.notes[key] = Inline(joined)

    def of(self, element: ET.Element, bold: tuple[bool, bool] = (False, False)) -> list[Span]:
        """The element's text and its children's, nested lists left out, lines kept apart."""
        emphasis, strong = bold
        spans: list[Span] = []
        self._text(element.text, spans, emphasis, strong)
        for child in element:
            if child.tag in _SKIPPED or "footnote-backref" in (child.get("class") or ""):
                pass
            elif child.tag == "sup" and (link := child.find("a")) is not None:
                spans.append(self._marker(link))
            elif child.tag == "br":
                spans.append(Run("\n"))
            elif child.tag == "p":
                if spans:
                    spans.append(Run("\n"))
                spans += self.of(child, bold)
            else:
                style = (emphasis or child.tag in _EMPHASIS, strong or child.tag in _STRONG)
                spans += self.of(child, style)
            self._text(child.tail, spans, emphasis, strong)
        return spans

    def _text(self, text: str | None, spans: list[Span], emphasis: bool, strong: bool) -> None:
        if text:
            text = _PLACEHOLDER.sub(self._raw, text)
            text = _WIKILINK.sub(lambda found: found[2] or found[1], text)  # Obsidian's links
            text = _HIGHLIGHT.sub(r"\1", text)
            spans.append(Run(text, emphasis, strong))

    def _raw(self, found: re.Match[str]) -> str:
        if found[1] is None:
            return ""
        index = int(found[1])
        return _TAG.sub("", self.raw_html[index]) if index < len(self.raw_html) else ""

    def _marker(self, link: ET.Element) -> Span:
        key = (link.get("href") or "").removeprefix("#fn:")
        if key not in self.notes and key not in self.footnote_ids:
            return Run(f"[{link.text or key}]")
        if key not in self.footnote_ids:
            footnote = Footnote(self.notes.get(key, Inline()))
            self.footnote_ids[key] = footnote.id
            self.footnotes[footnote.id] = footnote
        return FootnoteMarker(self.footnote_ids[key])

    def key_of(self, footnote_id: str) -> str:
        return next(key for key, fid in self.footnote_ids.items() if fid == footnote_id)

    def unmatched(self) -> list[tuple[str, Inline]]:
        return [(key, note) for key, note in self.notes.items() if key not in self.footnote_ids]


def split_lines(spans: list[Span]) -> Lines:
    """The spans cut at their line breaks, each line's spaces evened out, empty lines gone."""
    lines: Lines = [[]]
    for span in spans:
        if not isinstance(span, Run):
            lines[-1].append(span)
            continue
        for index, piece in enumerate(span.text.split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(Run(_SPACES.sub(" ", piece), span.emphasis, span.strong))
    return [stripped for line in lines if (stripped := _strip(line))]


def _strip(line: list[Span]) -> list[Span]:
    """The line less the spaces at its ends; empty when nothing but spaces is left."""
    if not any(not isinstance(s, Run) or s.text.strip() for s in line):
        return []
    out = list(line)
    if isinstance(out[0], Run):
        out[0] = Run(out[0].text.lstrip(), out[0].emphasis, out[0].strong)
    if isinstance(out[-1], Run):
        out[-1] = Run(out[-1].text.rstrip(), out[-1].emphasis, out[-1].strong)
    return out


def _joined(index: int, line: list[Span]) -> list[Span]:
    return line if index == 0 else [Run(" "), *line]
