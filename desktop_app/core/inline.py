"""Inline text: plain text with emphasis, strong and footnote markers. No HTML, ever.

An `Inline` is an immutable sequence of spans. Its markup is a small, explicit syntax shared
by the library file and the Markdown format:

- `*emphasis*`, `**strong**`, `***both***`: each run of one to three asterisks toggles
  emphasis, strong, or both;
- `[^label]` is a footnote marker (in the library file the label is the footnote's id);
- a backslash makes the next ASCII punctuation character literal; the writer escapes
  backslash, asterisk, backtick, and an opening bracket followed by a caret.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_NEEDS_PARSING = re.compile(r"[\\*\[]")
_TOKEN = re.compile(
    r"""
      \\(?P<escaped>[!-/:-@\[-`{-~])   # backslash escape of ASCII punctuation
    | \[\^(?P<label>[^\]\s\[]+)\]       # footnote marker
    | (?P<stars>\*{1,3})                # emphasis / strong toggles
    | (?P<text>[^\\*\[]+)               # ordinary text
    | (?P<other>.)                      # a lone backslash or bracket: literal
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROL_WHITESPACE = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_ESCAPE = re.compile(r"([\\*`]|\[(?=\^))")


class InlineSyntaxError(ValueError):
    """Markup that cannot be read; `column` is 1-based within the markup."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    emphasis: bool = False
    strong: bool = False

    @property
    def style(self) -> tuple[bool, bool]:
        return (self.emphasis, self.strong)


@dataclass(frozen=True, slots=True)
class FootnoteMarker:
    """The place where a footnote is called; it carries the footnote's id, never a number."""

    footnote_id: str


Span = Run | FootnoteMarker
_PLAIN = (False, False)


class Inline:
    """Immutable inline text. Equal when the spans are equal."""

    __slots__ = ("_markup", "spans")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans: tuple[Span, ...] = _normalize(spans)
        self._markup: str | None = None

    @classmethod
    def plain(cls, text: str) -> Inline:
        return cls([Run(text)])

    @classmethod
    def from_markup(cls, markup: str) -> Inline:
        """Read markup; raises InlineSyntaxError on an unmatched asterisk."""
        if not _NEEDS_PARSING.search(markup):
            if _CONTROL_WHITESPACE.search(markup):
                return cls([Run(markup)])
            inline = cls.__new__(cls)  # plain text: its own one run and its own markup
            inline.spans = (Run(markup),) if markup else ()
            inline._markup = markup
            return inline
        return cls(_parse(markup))

    @property
    def markup(self) -> str:
        """The canonical markup, footnote markers labelled by footnote id (cached)."""
        if self._markup is None:
            self._markup = self.to_markup()
        return self._markup

    def to_markup(self, label: Callable[[str], str] | None = None) -> str:
        """Markup with each footnote marker written `[^label(footnote_id)]`."""
        out: list[str] = []
        emphasis = strong = False
        for span in self.spans:
            if isinstance(span, FootnoteMarker):
                out.append(_toggle(emphasis, strong, False, False))
                emphasis = strong = False
                out.append(f"[^{label(span.footnote_id) if label else span.footnote_id}]")
                continue
            out.append(_toggle(emphasis, strong, span.emphasis, span.strong))
            emphasis, strong = span.emphasis, span.strong
            out.append(_ESCAPE.sub(r"\\\1", span.text))
        out.append(_toggle(emphasis, strong, False, False))
        return "".join(out)

    def plain_text(self, marker: Callable[[str], str] | None = None) -> str:
        """The text as read; each footnote marker becomes `marker(footnote_id)` or nothing."""
        return "".join(
            span.text if isinstance(span, Run) else (marker(span.footnote_id) if marker else "")
            for span in self.spans
        )

    def footnote_ids(self) -> list[str]:
        """Footnote ids in the order their markers stand."""
        return [s.footnote_id for s in self.spans if isinstance(s, FootnoteMarker)]

    def without_footnote(self, footnote_id: str) -> Inline:
        return Inline(s for s in self.spans if s != FootnoteMarker(footnote_id))

    def with_marker_at(self, offset: int, footnote_id: str) -> Inline:
        """A copy with a marker after `offset` characters of the plain text (and after any
        marker already standing there)."""
        out: list[Span] = []
        remaining = offset
        placed = False
        for span in self.spans:
            if not placed and isinstance(span, Run) and remaining < len(span.text):
                head, tail = span.text[:remaining], span.text[remaining:]
                out += [Run(head, *span.style), FootnoteMarker(footnote_id), Run(tail, *span.style)]
                placed = True
                continue
            if not placed and isinstance(span, Run):
                remaining -= len(span.text)
            out.append(span)
        if not placed:
            out.append(FootnoteMarker(footnote_id))
        return Inline(out)

    def split(self, position: int) -> tuple[Inline, Inline]:
        """The text before and after `position`, counted as the note shows the text: each
        footnote marker is one character."""
        head: list[Span] = []
        tail: list[Span] = []
        remaining = position
        for span in self.spans:
            size = len(span.text) if isinstance(span, Run) else 1
            if remaining >= size:
                head.append(span)
            elif remaining <= 0:
                tail.append(span)
            else:
                assert isinstance(span, Run)  # a marker is one character: never cut
                head.append(Run(span.text[:remaining], *span.style))
                tail.append(Run(span.text[remaining:], *span.style))
            remaining -= size
        return Inline(head), Inline(tail)

    def __add__(self, other: Inline) -> Inline:
        return Inline(self.spans + other.spans)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Inline) and self.spans == other.spans

    def __hash__(self) -> int:
        return hash(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __repr__(self) -> str:
        return f"Inline({self.markup!r})"


def _toggle(emphasis: bool, strong: bool, to_emphasis: bool, to_strong: bool) -> str:
    """Asterisks that move from one formatting to another: strong toggles before emphasis."""
    return ("**" if strong != to_strong else "") + ("*" if emphasis != to_emphasis else "")


def _parse(markup: str) -> list[Span]:
    """The spans of `markup`, one run per stretch of one formatting (pieces are joined once,
    never concatenated one by one, so the time stays linear in the length)."""
    spans: list[Span] = []
    pieces: list[str] = []
    emphasis = strong = False
    last_toggle = 0
    for match in _TOKEN.finditer(markup):
        kind = match.lastgroup or "other"
        if kind == "stars":
            _flush(spans, pieces, emphasis, strong)
            count = len(match.group("stars"))
            if count != 1:
                strong = not strong
            if count != 2:
                emphasis = not emphasis
            last_toggle = match.start()
        elif kind == "label":
            _flush(spans, pieces, emphasis, strong)
            spans.append(FootnoteMarker(match.group("label")))
        else:
            pieces.append(match.group(kind) if kind != "other" else match.group(0))
    _flush(spans, pieces, emphasis, strong)
    if emphasis or strong:
        raise InlineSyntaxError(
            "an asterisk is not matched; write \\* for a literal asterisk", last_toggle + 1
        )
    return spans


def _flush(spans: list[Span], pieces: list[str], emphasis: bool, strong: bool) -> None:
    """Turn the text pieces read so far into one run."""
    if pieces:
        spans.append(Run("".join(pieces), emphasis, strong))
        pieces.clear()


def _normalize(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Merge like runs, drop empty ones, turn control whitespace into spaces, and keep
    whitespace outside the edges of formatting (so every writer can mark it up)."""
    items: list[Span] = []
    for span in spans:
        if isinstance(span, Run):
            text = _CONTROL_WHITESPACE.sub(" ", span.text)
            if not text:
                continue
            span = Run(text, span.emphasis, span.strong) if text is not span.text else span
        items.append(span)
    items = _move_edge_whitespace(items)
    return tuple(_merge_like_runs(items))


def _merge_like_runs(items: list[Span]) -> list[Span]:
    """Neighbouring runs of one formatting become one (joined once: linear time)."""
    merged: list[Span] = []
    pieces: list[str] = []
    style = _PLAIN
    for span in items:
        if isinstance(span, Run) and pieces and span.style == style:
            pieces.append(span.text)
            continue
        if len(pieces) > 1:
            merged[-1] = Run("".join(pieces), *style)
        pieces.clear()
        merged.append(span)
        if isinstance(span, Run):
            pieces.append(span.text)
            style = span.style
    if len(pieces) > 1:
        merged[-1] = Run("".join(pieces), *style)
    return merged


def _style_of(span: Span | None) -> tuple[bool, bool]:
    return span.style if isinstance(span, Run) else _PLAIN


def _move_edge_whitespace(items: list[Span]) -> list[Span]:
    out: list[Span] = []
    for index, span in enumerate(items):
        if (
            not isinstance(span, Run)
            or not (span.emphasis or span.strong)
            or (span.text[0] != " " and span.text[-1] != " ")
        ):
            out.append(span)
            continue
        before = _style_of(items[index - 1] if index else None)
        after = _style_of(items[index + 1] if index + 1 < len(items) else None)
        core = span.text.strip(" ")
        if not core:
            out.append(Run(span.text, *_common(before, after)))
            continue
        lead = span.text[: len(span.text) - len(span.text.lstrip(" "))]
        trail = span.text[len(span.text.rstrip(" ")) :]
        if lead:
            out.append(Run(lead, *_common(before, span.style)))
        out.append(Run(core, *span.style))
        if trail:
            out.append(Run(trail, *_common(span.style, after)))
    return out


def _common(a: tuple[bool, bool], b: tuple[bool, bool]) -> tuple[bool, bool]:
    return (a[0] and b[0], a[1] and b[1])
