"""Markdown written by other tools (Zettlr, Obsidian, pandoc) read as a meeting.

Python-Markdown with its `footnotes` extension parses the text; the element tree it builds
is walked here: headings become agenda items, ordered lists (from their `start`) and lines
numbered "N." numbered paragraphs, nested lists and "(a)" lines sub-items, footnote
references markers matched with the notes' texts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints

from desktop_app.core.dates import read_date
from desktop_app.core.inline import Inline, Run, Span
from desktop_app.core.model import AgendaItem, Meeting, Paragraph, SubItem
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.text_import.lines import Line
from desktop_app.formats.text_import.markdown_spans import Lines, SpanReader, split_lines
from desktop_app.formats.text_import.reader import FoundFootnote, TextImport, language_of
from desktop_app.formats.text_import.structure import AGENDA, PARAGRAPH, ROMANS
from desktop_app.formats.text_import.title_block import read_title_block

_HEADING = re.compile(r"^h([1-6])$")
_PANDOC_FENCE = re.compile(r"^:::+[ \t]*(?:\{[^}\n]*\}|[\w-]*)[ \t]*$", re.MULTILINE)  # its divs
_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")
_LABELLED = re.compile(r"^((?:[IVXLC]+|[A-Z]|\d{1,3})\.)\s+(\S.*)$")
_LETTERED = re.compile(r"^(?:\(([a-z]{1,5})\)|([a-z]{1,5})[.)])\s+")  # "(a) ", "a) ", "a. "


class _Capture:
    """Keeps the finished element tree: a tree processor that runs after every other one."""

    root: ET.Element | None = None

    def run(self, root: ET.Element) -> None:
        self.root = root


def parse(text: str) -> tuple[ET.Element, list[str]]:
    """The element tree of the text, and the raw HTML that Python-Markdown set aside."""
    md = markdown.Markdown(extensions=["footnotes", "sane_lists"])
    capture = _Capture()
    md.treeprocessors.register(capture, "rapporteur-capture", -10)
    md.convert(text)
    root = capture.root if capture.root is not None else ET.Element("div")  # a blank text
    return root, [str(block) for block in md.htmlStash.rawHtmlBlocks]


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A YAML block that Zettlr, Obsidian or pandoc put first ("title: …", "date: …", "tags:
    …"): its simple fields, and the text after it. No block: no fields, the whole text."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next((i for i, line in enumerate(lines[1:], 1) if _FENCE.match(line)), None)
    if end is None:
        return {}, text
    fields = {}
    for line in lines[1:end]:
        if found := _FIELD.match(line):
            fields[found[1].casefold()] = found[2].strip("'\"")
    return fields, "\n".join(lines[end + 1 :])


def read_foreign_markdown(text: str) -> TextImport:
    """The meeting that a note in another tool's Markdown (no front matter) describes."""
    fields, text = front_matter(text.removeprefix("\ufeff"))
    root, raw = parse(_PANDOC_FENCE.sub("", text))
    note_blocks = [child for child in root if child.get("class") == "footnote"]
    blocks = [child for child in root if child.get("class") != "footnote"]
    spans = SpanReader(raw, note_blocks)
    builder = _Builder(spans)
    builder.read(blocks)
    meeting = builder.meeting
    meeting.language = language_of(text)
    _title_block(meeting)
    _apply_fields(meeting, fields)
    for key, note in spans.unmatched():
        builder.warnings.append(f"footnote {key}'s text has no marker: kept as a paragraph")
        builder.section.append(Paragraph(Inline([Run(f"{key} "), *note.spans]), numbered=False))
    meeting.footnotes = spans.footnotes
    return TextImport(meeting, builder.warnings, _places(meeting, spans))


class _Builder:
    def __init__(self, spans: SpanReader) -> None:
        self.spans = spans
        self.meeting = Meeting()
        self.warnings: list[str] = []
        self.section: list[Paragraph] = self.meeting.opening
        self.top: AgendaItem | None = None
        self.top_level = 0
        self.count = 0  # numbered paragraphs so far
        self.restarted = False
        self.shift = 0  # the source's number less ours, where the source starts above 1
        self.last: Paragraph | None = None

    def read(self, blocks: list[ET.Element]) -> None:
        levels = [int(m[1]) for b in blocks if (m := _HEADING.match(b.tag))]
        if blocks and blocks[0].tag == "h1" and levels.count(1) == 1:
            self.meeting.title = _text(blocks[0])
            blocks = blocks[1:]
            levels.remove(1)
        self.top_level = min(levels, default=1)
        for block in blocks:
            self.block(block)

    def block(self, block: ET.Element) -> None:
        if found := _HEADING.match(block.tag):
            self.heading(int(found[1]), _text(block))
        elif block.tag == "ol":
            start = int(block.get("start") or 1)
            for offset, item in enumerate(block.findall("li")):
                self.list_paragraph(start + offset, item)
        elif block.tag == "ul":
            self.bullets(block)
        elif block.tag == "blockquote":
            for child in block:
                self.block(child)
        elif block.tag == "p" and self.last is None and self.top and AGENDA.match(_text(block)):
            heading = self.top.sub_items[-1] if self.top.sub_items else self.top
            heading.title = f"{heading.title} {_text(block)}"  # "(Agenda item 3)"
        elif block.tag == "p":
            self.lines(split_lines(self.spans.of(block)))
        elif block.tag != "hr" and (text := _text(block)):
            self.add(Paragraph(Inline.plain(text), numbered=False))

    def heading(self, level: int, title: str) -> None:
        """A heading; "I. Opening" and "A. Budget" keep their label apart from their title."""
        found = _LABELLED.match(title)
        item = AgendaItem(title=found[2], label=found[1]) if found else AgendaItem(title=title)
        if level <= self.top_level or self.top is None:
            self.meeting.agenda.append(item)
            self.top = item
        else:
            self.top.sub_items.append(item)
        self.section = item.paragraphs
        self.last = None

    def take_number(self, number: int) -> bool:
        """Whether a paragraph numbered `number` in the source is numbered here."""
        if self.restarted:
            return False
        if number == 1 and self.count:
            self.warnings.append(
                f"the numbering restarts at 1 after paragraph {self.count}:"
                " what follows is kept as unnumbered paragraphs"
            )
            self.restarted = True
            return False
        if self.count == 0 and number > 1:
            self.shift = number - 1
        elif number != self.count + 1 + self.shift:
            self.shift = number - self.count - 1
            self.warnings.append(
                f"the source's numbering jumps to {number}: numbered {self.count + 1} here"
            )
        if self.shift and self.count == 0:
            self.warnings.append(
                f"paragraph {number} of the source is numbered {self.count + 1} here"
                " (Rapporteur numbers a note's paragraphs from 1, in order)"
            )
        self.count += 1
        return True

    def add(self, paragraph: Paragraph) -> Paragraph:
        self.section.append(paragraph)
        self.last = paragraph
        return paragraph

    def list_paragraph(self, number: int, item: ET.Element) -> None:
        paragraph = self.add(Paragraph(Inline(), numbered=self.take_number(number)))
        self.lines(split_lines(self.spans.of(item)), paragraph)
        for nested in item:
            if nested.tag in ("ol", "ul"):
                paragraph.sub_items += self.nested(nested)

    def lines(self, lines: Lines, paragraph: Paragraph | None = None) -> None:
        """Lines of text: "N." lines begin numbered paragraphs (outside a list), "(a)" lines
        sub-items, the others go on the paragraph or sub-item before them."""
        target: Paragraph | SubItem | None = paragraph
        for index, line in enumerate(lines):
            head = "".join(span.text for span in line if isinstance(span, Run))
            number = PARAGRAPH.match(head) if paragraph is None or index == 0 else None
            lettered = _LETTERED.match(head)
            holder = paragraph or self.last
            if number and self.numbers_next(int(number[1] or number[2]), index == 0):
                numbered = self.take_number(int(number[1] or number[2]))
                target = paragraph = self.add(Paragraph(Inline(), numbered=numbered))
                line = _without_label(line, len(head) - len(number[3] or ""))
            elif lettered and holder and (sub := self.lettered(holder, lettered[1] or lettered[2])):
                target, paragraph = sub, holder
                line = _without_label(line, lettered.end())
            elif target is None:
                target = paragraph = self.add(Paragraph(Inline(), numbered=False))
            joiner = [Run(" ")] if target.text else []
            target.text = Inline([*target.text.spans, *joiner, *line])

    def numbers_next(self, number: int, first_line: bool) -> bool:
        """Whether a line "N." begins a paragraph: the next number, a restart, or the first."""
        if number == self.count + 1 + self.shift or (number == 1 and not self.restarted):
            return True
        return first_line and self.count == 0

    def lettered(self, paragraph: Paragraph, label: str) -> SubItem | None:
        """The sub-item a "(b)" or "(ii)" line begins: a letter, or a roman one under it."""
        subs = paragraph.sub_items
        next_letter = chr(ord("a") + len(subs))
        inner = subs[-1].sub_items if subs else None
        next_roman = ROMANS[len(inner)] if inner is not None and len(inner) < len(ROMANS) else ""
        if inner is not None and label == next_roman and label != next_letter:
            inner.append(SubItem())
            return inner[-1]
        if label == next_letter:
            subs.append(SubItem())
            return subs[-1]
        return None

    def nested(self, block: ET.Element, depth: int = 1) -> list[SubItem]:
        items: list[SubItem] = []
        for item in block.findall("li"):
            lines = split_lines(self.spans.of(item))
            sub = SubItem(Inline([span for line in _spaced(lines) for span in line]))
            for inner in item:
                if inner.tag in ("ol", "ul") and depth == 1:
                    sub.sub_items += self.nested(inner, 2)
            items.append(sub)
        return items

    def bullets(self, block: ET.Element) -> None:
        """A bullet list: the sub-items of a paragraph ending in ":", else paragraphs."""
        if self.last is not None and self.last.text.plain_text().rstrip().endswith(":"):
            self.last.sub_items += self.nested(block)
            return
        for item in block.findall("li"):
            lines = split_lines(self.spans.of(item))
            self.add(
                Paragraph(Inline([s for line in _spaced(lines) for s in line]), numbered=False)
            )


def _text(element: ET.Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _without_label(line: list[Span], length: int) -> list[Span]:
    """The line less its first `length` characters (a "5." or "(a)" label and its space)."""
    out: list[Span] = []
    for span in line:
        if length > 0 and isinstance(span, Run):
            cut = min(length, len(span.text))
            length -= cut
            span = Run(span.text[cut:].lstrip(), span.emphasis, span.strong)
        out.append(span)
    return out


def _spaced(lines: Lines) -> Lines:
    return [line if index == 0 else [Run(" "), *line] for index, line in enumerate(lines)]


def _places(meeting: Meeting, spans: SpanReader) -> list[FoundFootnote]:
    """Each footnote with where its first marker is: "paragraph 3", "paragraph 3 (a)" …"""
    numbering = number_meeting(meeting)
    found: dict[str, FoundFootnote] = {}
    for paragraph in meeting.paragraphs():
        number = numbering.paragraphs.get(paragraph.id)
        where = f"paragraph {number}" if number else "an unnumbered paragraph"
        places = [(paragraph.text, where)] + [
            (sub.text, f"{where} {numbering.sub_items.get(sub.id, '')}".rstrip())
            for sub, _ in paragraph.all_sub_items()
        ]
        for text, place in places:
            for footnote_id in text.footnote_ids():
                key = spans.key_of(footnote_id)
                note = spans.notes[key].plain_text()
                found.setdefault(key, FoundFootnote(key, note, place))
    return list(found.values())


def _title_block(meeting: Meeting) -> None:
    """Body, symbol, date and place read off the title and the lines before the first heading."""
    texts = [meeting.title, *(p.text.plain_text() for p in meeting.opening if not p.numbered)]
    lines = [Line(text, text, 0) for text in texts if text]
    block = read_title_block(lines, len(lines))
    meeting.body, meeting.symbol, meeting.place = block.body, block.symbol, block.place
    meeting.date = block.date
    meeting.opening[:] = [
        p for p in meeting.opening if p.numbered or p.text.plain_text() != block.body
    ]


def _apply_fields(meeting: Meeting, fields: dict[str, str]) -> None:
    """The front matter's title, date, body, symbol and place, where it gives them."""
    if fields.get("title"):
        meeting.title = fields["title"]
    if (day := read_date(fields.get("date", ""))) is not None:
        meeting.date = day
    for key in ("body", "symbol", "place"):
        if fields.get(key):
            setattr(meeting, key, fields[key])
