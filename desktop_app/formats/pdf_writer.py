"""Write a note as PDF through Typst: A4, paragraph numbers hanging in their own column,
footnotes at the foot of the page where they are called, only the fonts Typst embeds.

Every user string reaches Typst as a string literal in code mode, so no text can ever be
read as Typst markup or code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import BinaryIO

import typst

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

# The layout; the generated part below it only calls these functions with string literals.
_PREAMBLE = """\
#let number-column = 1.2cm
// A paragraph (level 0) or sub-item (1, 2): its label hangs in a column, the text beside it.
#let hanging(level, label, body) = par(
  hanging-indent: (level + 1) * number-column,
  h(level * number-column) + box(width: number-column, label) + body,
)
#set page(
  paper: "a4",
  margin: (x: 2.5cm, top: 2.5cm, bottom: 2.5cm),
  header: context if counter(page).get().first() > 1 {
    set text(size: 9pt)
    grid(columns: (1fr, auto), strong(draft-mark), note-symbol)
  },
  footer: context align(center, text(size: 9pt, page-word + " "
    + str(counter(page).get().first()) + " " + of-word + " "
    + str(counter(page).final().first()))),
)
// Typst leaves a footnote behind when widow or orphan prevention moves its line to the
// next page (typst/typst#5314); a footnote on the wrong page is worse than a lone line.
#set text(
  font: ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"),
  size: 11pt,
  costs: (widow: 0%, orphan: 0%),
)
#set par(justify: true, leading: 0.6em, spacing: 1.1em)
#show heading: it => block(above: 1.8em, below: 1.1em, sticky: true, par(justify: false,
  text(size: 11pt, weight: "bold", style: if it.level > 1 { "italic" } else { "normal" },
  it.body)))
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt), indent: 0em, gap: 0.6em)
#show footnote.entry: it => {
  set text(size: 9pt)
  let number = numbering("1", ..counter(footnote).at(it.note.location()))
  par(justify: true, leading: 0.5em, hanging-indent: number-column,
    box(width: number-column, inset: (right: 0.3em), align(right, super(number)))
      + it.note.body)
}
"""

_WHITESPACE_CONTROLS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_LANGUAGE = re.compile(r"(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<region>[A-Za-z]{2}))?(?:[-_].*)?")


def write_pdf(document: Document, stream: BinaryIO) -> None:
    """Lay the note out with Typst, its embedded fonts only (never the system's), into `stream`."""
    source = typst_source(document).encode("utf-8")
    stream.write(typst.compile(source, ignore_system_fonts=True))


def typst_source(document: Document) -> str:
    """The Typst source of the note: the fixed layout, then the note's blocks."""
    title = document.title
    words = wording(title.language)
    draft = words.draft if title.status == MeetingStatus.DRAFT else ""
    lines = [
        f"#let draft-mark = {_string(draft)}",
        f"#let note-symbol = {_string(title.symbol.strip())}",
        f"#let page-word = {_string(words.page)}",
        f"#let of-word = {_string(words.of)}",
        _PREAMBLE,
        _document_settings(title),
        _title_block(title, words.date(title.date), draft),
    ]
    footnotes = _Footnotes(document)
    for block in document.body:
        if isinstance(block, HeadingBlock):
            heading = " ".join(filter(None, (block.label.strip(), block.title.strip())))
            if heading:
                lines.append(f"#heading(level: {block.level}, {_string(heading)})")
        else:
            lines.extend(_paragraph(block, footnotes))
    return "\n".join(lines) + "\n"


def _document_settings(title: MeetingDetails) -> str:
    name = title.title.strip() or title.symbol.strip()
    metadata = [f"title: {_string(name) if name else 'none'}"]
    if title.body.strip():
        metadata.append(f"author: {_string(title.body.strip())}")
    if title.symbol.strip():
        metadata.append(f"keywords: ({_string(title.symbol.strip())},)")
    language = _LANGUAGE.fullmatch(title.language.strip())
    text = [f"lang: {_string(language['lang'].lower() if language else 'en')}"]
    if language and language["region"]:
        text.append(f"region: {_string(language['region'].upper())}")
    return f"#set document({', '.join(metadata)})\n#set text({', '.join(text)})"


def _title_block(title: MeetingDetails, date: str, draft: str) -> str:
    place_and_date = ", ".join(filter(None, (title.place.strip(), date)))
    right = [_string(line) for line in (title.symbol.strip(), place_and_date) if line]
    lines = [
        "#grid(columns: (1fr, auto), align: (left, right),",
        f'  text(size: 13pt, weight: "bold", {_string(draft)}),',
        f"  stack(spacing: 0.5em, {', '.join(right)}),",
        ")",
        "#v(1.5em)",
    ]
    if title.body.strip():
        lines.append(f"#align(center, strong({_string(title.body.strip().upper())}))")
    if title.title.strip():
        title_in_capitals = _string(title.title.strip().upper())  # as the body, and as issued
        lines.append(f"#align(center, text(size: 13pt, strong({title_in_capitals})))")
    lines += ["#v(0.5em)", "#line(length: 100%, stroke: 0.5pt)", "#v(1em)"]
    return "\n".join(lines)


def _paragraph(block: ParagraphBlock, footnotes: _Footnotes) -> list[str]:
    number = f"{block.number}." if block.number is not None else ""
    lines = [f"#hanging(0, {_string(number)}, {footnotes.inline(block.text)})"]
    lines.extend(_sub_item(sub_item, footnotes) for sub_item in block.sub_items)
    return lines


def _sub_item(sub_item: SubItemBlock, footnotes: _Footnotes) -> str:
    label, text = _string(sub_item.label), footnotes.inline(sub_item.text)
    return f"#hanging({sub_item.depth}, {label}, {text})"


class _Footnotes:
    """Inline text as Typst code, each footnote's text placed where its first marker stands."""

    def __init__(self, document: Document) -> None:
        self._numbers = document.footnote_numbers
        self._texts = {f.id: f.text for f in document.footnotes}
        self._placed: set[str] = set()
        self._next = 1  # the number Typst gives the next footnote it places

    def inline(self, text: Inline) -> str:
        return _inline(text, self._marker)

    def _marker(self, marker: FootnoteMarker) -> str:
        number = self._numbers.get(marker.footnote_id)
        if number is None:
            return ""
        label = f"rapporteur-footnote-{number}"
        if marker.footnote_id in self._placed:
            return f'footnote(label("{label}"))'  # a second call of the same footnote
        self._placed.add(marker.footnote_id)
        text = _inline(self._texts.get(marker.footnote_id, Inline()), self._number_in_footnote)
        call = f"[#footnote({text})<{label}>]"
        # Typst counts footnotes in the order it meets them, which is our first-appearance
        # order; should the two ever differ, the counter is set so the numbers stay ours.
        if number != self._next:
            call = f"counter(footnote).update({number - 1}) + {call}"
        self._next = number + 1
        return call

    def _number_in_footnote(self, marker: FootnoteMarker) -> str:
        """A marker inside a footnote's text: its number, as a superscript."""
        number = self._numbers.get(marker.footnote_id)
        return f'super("{number}")' if number is not None else ""


def _inline(text: Inline, marker: Callable[[FootnoteMarker], str]) -> str:
    """Inline text as one Typst expression: runs as string literals, markers by `marker`."""
    last = len(text.spans) - 1
    parts = [
        _run(span, first=index == 0, last=index == last) if isinstance(span, Run) else marker(span)
        for index, span in enumerate(text.spans)
    ]
    parts = [part for part in parts if part]
    return f"({' + '.join(parts)})" if parts else "[]"


def _run(run: Run, first: bool, last: bool) -> str:
    """A run as a string literal, emphasised or strong; the note's outer spaces trimmed."""
    text = run.text.lstrip() if first else run.text
    text = text.rstrip() if last else text
    if not text:
        return ""
    code = _string(text)
    if run.emphasis:
        code = f"emph({code})"
    if run.strong:
        code = f"strong({code})"
    return code


def _string(text: str) -> str:
    """`text` as a Typst string literal that Typst reads back as this very text (line breaks
    and tabs as spaces, other control characters dropped)."""
    text = _WHITESPACE_CONTROLS.sub(" ", text)
    if text.isprintable():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return '"' + "".join(_character(char) for char in text) + '"'


def _character(char: str) -> str:
    if char in '\\"':
        return "\\" + char
    if char.isprintable():
        return char
    category = unicodedata.category(char)
    if category == "Cc":
        return ""  # other control characters have no glyph and no meaning in print
    if category == "Cs":
        return "\ufffd"  # a lone surrogate is not a character Typst can read
    return f"\\u{{{ord(char):x}}}"
