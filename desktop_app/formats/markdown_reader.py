"""Read Rapporteur Markdown (docs/format.md) into a meeting.

A malformed file raises MalformedFile naming the line and what is wrong; nothing is
returned from it, so nothing of it is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NoReturn

from desktop_app.core.inline import FootnoteMarker, Inline, InlineSyntaxError, Span
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.core.numbering import number_meeting
from desktop_app.formats import markdown_syntax as syntax
from desktop_app.formats.errors import MalformedFile

_ACTION_STATUS = {" ": ActionStatus.OPEN, "x": ActionStatus.DONE, "-": ActionStatus.DROPPED}


@dataclass
class _Block:
    """Lines that make one paragraph, sub-item or footnote text."""

    kind: str  # "paragraph", "sub_item" or "footnote"
    line: int
    pieces: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    target: Paragraph | SubItem | Footnote | None = None


@dataclass
class _PendingAction:
    item: ActionItem
    line: int
    paragraph_number: int | None = None
    paragraph_line: int = 0


def read_markdown(text: str, source: str = "the file") -> Meeting:
    """The meeting a Rapporteur Markdown text describes, with fresh ids."""
    return _Reader(text, source).read()


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.source = source
        # Only line feeds end lines (a form feed or U+2028 inside a line is text).
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        self.lines = text.removesuffix("\n").split("\n") if text else []
        self.meeting = Meeting()
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.top_item: AgendaItem | None = None  # the last '## ' agenda item
        self.section: AgendaItem | None = None  # whose section is being read; None: opening
        self.paragraph: Paragraph | None = None
        self.footnote_labels: dict[str, tuple[Footnote, int]] = {}
        self.actions: list[_PendingAction] = []
        self.actions_line = 0  # line of the open "::: actions" fence, 0 when none is open
        self.actions_seen = False

    def fail(self, line: int, problem: str) -> NoReturn:
        raise MalformedFile(self.source, line, problem)

    def read(self) -> Meeting:
        body_start = self._read_front_matter()
        for number, raw in enumerate(self.lines[body_start:], start=body_start + 1):
            line = _expand_indent(raw.rstrip())
            if self.actions_line:
                self._action_line(number, line)
            else:
                self._body_line(number, line)
        if self.actions_line:
            self.fail(self.actions_line, "the '::: actions' block is not closed by a ':::' line")
        self._finish_texts()
        self._finish_actions()
        return self.meeting

    # Front matter

    def _read_front_matter(self) -> int:
        """Read the front matter; returns the index of the first body line."""
        if not self.lines or self.lines[0].strip() != syntax.FRONT_MATTER_FENCE:
            self.fail(
                1,
                "a note starts with its front matter: a line '---', lines such as "
                "'title: …', and a closing '---'",
            )
        values: dict[str, tuple[str, int]] = {}
        for index in range(1, len(self.lines)):
            number, line = index + 1, self.lines[index].strip()
            if line == syntax.FRONT_MATTER_FENCE:
                self._apply_front_matter(values, number)
                return index + 1
            if not line:
                continue
            match = syntax.FRONT_MATTER_LINE.match(line)
            if not match:
                self.fail(
                    number,
                    "a front matter line is 'key: value', such as 'date: 2017-08-28'; if the "
                    "front matter ends above this line, close it with a line '---'",
                )
            key, value = match.group(1).lower(), match.group(2).strip()
            if key in syntax.REPEATED_KEYS:
                if value:
                    self.meeting.background_documents.append(value)
                continue
            if key not in syntax.FRONT_MATTER_KEYS:
                known = ", ".join((*syntax.FRONT_MATTER_KEYS, *syntax.REPEATED_KEYS))
                self.fail(number, f"unknown front matter key '{key}' (known keys: {known})")
            if key in values:
                self.fail(number, f"'{key}' is given twice in the front matter")
            values[key] = (value, number)
        self.fail(len(self.lines), "the front matter is not closed by a '---' line")

    def _apply_front_matter(self, values: dict[str, tuple[str, int]], closing_line: int) -> None:
        for key, (value, line) in sorted(values.items(), key=lambda item: item[1][1]):
            self._front_matter_value(key, value, line)
        for key in syntax.REQUIRED_KEYS:
            if key not in values:
                example = {"date": "2017-08-28"}.get(key, "…")
                self.fail(closing_line, f"the front matter needs '{key}: {example}'")

    def _front_matter_value(self, key: str, value: str, line: int) -> None:
        """Check and keep one value; the body, title and date may be empty."""
        meeting = self.meeting
        if key == "date":
            try:
                meeting.date = dt.date.fromisoformat(value) if value else None
            except ValueError:
                self.fail(line, f"'{value}' is not a date written YYYY-MM-DD, such as 2017-08-28")
        elif key == "language":
            if not syntax.LANGUAGE.match(value):
                self.fail(line, f"'{value}' is not a language code such as en, fr or es")
            meeting.language = value
        elif key == "status":
            if value not in {str(s) for s in MeetingStatus}:
                self.fail(line, f"status is 'draft' or 'final', not '{value}'")
            meeting.status = MeetingStatus(value)
        else:  # body, title, symbol, place
            setattr(meeting, key, value)

    # Body

    def _body_line(self, number: int, line: str) -> None:
        if not line.strip():
            self.current = None
            return
        indent = len(line) - len(line.lstrip(" "))
        if syntax.ACTIONS_FENCE.match(line):
            if self.actions_seen:
                self.fail(number, "a note has one '::: actions' block, and this is a second")
            self.actions_line, self.actions_seen, self.current = number, True, None
        elif syntax.FENCE_END.match(line):
            self.fail(number, "':::' closes a '::: actions' block, but none is open")
        elif match := syntax.FOOTNOTE_DEFINITION.match(line):
            self._footnote_definition(number, match.group(1), match.group(2))
        elif match := syntax.HEADING.match(line):
            self._heading(number, len(match.group(1)), match.group(2) or "")
        elif indent:
            if match := syntax.SUB_ITEM.match(line):
                self._sub_item(number, indent, match.group(3) or "")
            elif self.current is not None:
                self.current.pieces.append((number, line.strip()))
            else:
                self.fail(number, "an indented line must be a sub-item, such as '    (a) text'")
        elif match := syntax.NUMBERED_PARAGRAPH.match(line):
            self._paragraph(number, match.group(2) or "", numbered=True)
        elif self.current is not None:
            self.current.pieces.append((number, line.strip()))
        elif line == syntax.EMPTY_PARAGRAPH:
            self._paragraph(number, "", numbered=False)
        else:
            self._paragraph(number, line, numbered=False)

    def _heading(self, number: int, level: int, text: str) -> None:
        self.current = None
        self.paragraph = None
        if level == 1:
            self.fail(
                number, "an agenda item heading starts '## '; the title goes in the front matter"
            )
        if level > 3:
            self.fail(number, "headings go two levels deep: '## ' agenda item, '### ' sub-item")
        label = ""
        if match := syntax.HEADING_LABEL.match(text):
            label, text = match.group(1), text[match.end() :]
        title = self._inline(text, number)
        if title.footnote_ids():
            self.fail(number, "a footnote cannot stand in a heading; put it in a paragraph")
        item = AgendaItem(title=title.plain_text().strip(), label=label)
        if level == 2:
            self.meeting.agenda.append(item)
            self.top_item = item
        elif self.top_item is None:
            self.fail(number, "a '### ' sub-item heading needs a '## ' agenda item above it")
        else:
            self.top_item.sub_items.append(item)
        self.section = item

    def _paragraph(self, number: int, text: str, numbered: bool) -> None:
        paragraph = Paragraph(numbered=numbered)
        (self.section.paragraphs if self.section else self.meeting.opening).append(paragraph)
        self.paragraph = paragraph
        self._start_block("paragraph", number, text, paragraph)

    def _sub_item(self, number: int, indent: int, text: str) -> None:
        """A sub-item indented `indent` spaces: less than six is the first level."""
        if self.paragraph is None:
            self.fail(number, "a sub-item such as '    (a) text' must follow a paragraph")
        sub_item = SubItem()
        if indent < 6:
            self.paragraph.sub_items.append(sub_item)
        elif not self.paragraph.sub_items and indent != 2 * syntax.SUB_ITEM_INDENT:
            self.fail(
                number,
                f"this sub-item is indented {indent} spaces, which makes it a sub-item of a "
                "sub-item, but there is none above it: indent a sub-item four spaces, "
                "'    (a) text', and a sub-item of a sub-item eight, '        (i) text'",
            )
        elif not self.paragraph.sub_items:
            self.fail(
                number,
                "a second-level sub-item '        (i) text' must follow a sub-item '    (a) text'",
            )
        else:
            self.paragraph.sub_items[-1].sub_items.append(sub_item)
        self._start_block("sub_item", number, text, sub_item)

    def _footnote_definition(self, number: int, label: str, text: str) -> None:
        if label in self.footnote_labels:
            first = self.footnote_labels[label][1]
            self.fail(number, f"footnote [^{label}] is defined twice (first on line {first})")
        footnote = Footnote()
        self.footnote_labels[label] = (footnote, number)
        self._start_block("footnote", number, text, footnote)

    def _start_block(
        self, kind: str, number: int, text: str, target: Paragraph | SubItem | Footnote
    ) -> None:
        block = _Block(kind, number, [(number, text.strip())], target)
        self.blocks.append(block)
        self.current = block

    # Texts and footnotes, once every line is read

    def _finish_texts(self) -> None:
        used: dict[str, int] = {}
        for block in self.blocks:
            text = self._block_inline(block)
            if block.kind == "footnote":
                if text.footnote_ids():
                    self.fail(block.line, "a footnote cannot hold another footnote")
            else:
                text = self._attach_footnotes(text, block, used)
            block.target.text = text  # type: ignore[union-attr]
        for label, (footnote, line) in self.footnote_labels.items():
            if label not in used:
                self.fail(line, f"footnote [^{label}] is never referenced in the text")
            self.meeting.footnotes[footnote.id] = footnote

    def _attach_footnotes(self, text: Inline, block: _Block, used: dict[str, int]) -> Inline:
        if not text.footnote_ids():
            return text
        spans: list[Span] = []
        marker_lines = _marker_lines(block)
        for span in text.spans:
            if isinstance(span, FootnoteMarker):
                label = span.footnote_id
                lines = marker_lines.get(label, [block.line])
                line = lines.pop() if len(lines) > 1 else lines[0]
                if label not in self.footnote_labels:
                    self.fail(
                        line, f"footnote [^{label}] has no text: add '[^{label}]: …' after the body"
                    )
                if label in used:
                    self.fail(
                        line,
                        f"footnote [^{label}] is referenced twice (also on line "
                        f"{used[label]}); each footnote is called from one place",
                    )
                used[label] = line
                span = FootnoteMarker(self.footnote_labels[label][0].id)
            spans.append(span)
        return Inline(spans)

    def _block_inline(self, block: _Block) -> Inline:
        markup = " ".join(text for _, text in block.pieces)
        try:
            return Inline.from_markup(markup)
        except InlineSyntaxError as error:
            offset = error.column - 1
            for line, text in block.pieces:
                if offset <= len(text):
                    self.fail(line, error.message)
                offset -= len(text) + 1
            self.fail(block.line, error.message)

    def _inline(self, markup: str, line: int) -> Inline:
        try:
            return Inline.from_markup(markup)
        except InlineSyntaxError as error:
            self.fail(line, error.message)

    # Action items

    def _action_line(self, number: int, line: str) -> None:
        if not line.strip():
            return
        if syntax.FENCE_END.match(line):
            self.actions_line = 0
            return
        if match := syntax.ACTION_ITEM.match(line):
            status = _ACTION_STATUS[match.group(1).lower()]
            item = ActionItem(what=(match.group(2) or "").strip(), status=status)
            self.actions.append(_PendingAction(item, number))
            return
        match = syntax.ACTION_FIELD.match(line)
        if not match or not self.actions:
            self.fail(
                number,
                "in '::: actions', an action item is '- [ ] what', followed by "
                "indented lines 'owner: …', 'due: …', 'paragraph: N'",
            )
        key, value = match.group(1), match.group(2).strip()
        pending = self.actions[-1]
        if key == "owner":
            pending.item.owner = value
        elif key == "due":
            pending.item.due = value
        elif key == "paragraph":
            if not value.isdigit():
                self.fail(number, f"'paragraph:' takes a paragraph number, not '{value}'")
            pending.paragraph_number, pending.paragraph_line = int(value), number
        else:
            known = ", ".join(syntax.ACTION_FIELDS)
            self.fail(number, f"unknown action item field '{key}' (known fields: {known})")

    def _finish_actions(self) -> None:
        if not self.actions:
            return
        by_number = {n: pid for pid, n in number_meeting(self.meeting).paragraphs.items()}
        for pending in self.actions:
            if pending.paragraph_number is not None:
                if pending.paragraph_number not in by_number:
                    self.fail(
                        pending.paragraph_line,
                        f"there is no paragraph {pending.paragraph_number} in this note",
                    )
                pending.item.paragraph_id = by_number[pending.paragraph_number]
            self.meeting.action_items.append(pending.item)


def _expand_indent(line: str) -> str:
    """Leading tabs count as four spaces each."""
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    return lead.replace("\t", "    ") + stripped


def _marker_lines(block: _Block) -> dict[str, list[int]]:
    """For each label, the lines where the block writes `[^label]`, the last first, found in
    one pass (a search per marker would make a block of many markers quadratic)."""
    lines: dict[str, list[int]] = {}
    for line, text in block.pieces:
        for match in syntax.FOOTNOTE_MARKER.finditer(text):
            lines.setdefault(match.group(1), []).append(line)
    for calls in lines.values():
        calls.reverse()
    return lines
