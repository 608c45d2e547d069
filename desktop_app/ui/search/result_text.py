"""A search result in words: its meeting ("WG/REL/2017/7 · 28 August 2017"), its title, its
place and its snippet as rich text, the words found highlighted and the user's text escaped;
read out plainly for a screen reader; and its height at a width, measured without laying
out its rich text (a hundred results come at once, while the user types)."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextCharFormat, QTextLayout

from desktop_app.core.dates import long_date
from desktop_app.store.search import NoteHit, folded

MARK_STYLE = "background-color:#ffe066; color:#1a1a1a; font-weight:bold"
_MARKED = re.compile("«([^«»]*)»")


def meeting_line(hit: NoteHit) -> str:
    """ "WG/REL/2017/7 · 28 August 2017", the title for a meeting with no symbol."""
    name = hit.symbol or hit.title or "A meeting with no title"
    return f"{name} · {long_date(hit.date)}" if hit.date else name


def snippet_parts(snippet: str, words: Sequence[str]) -> list[tuple[str, bool]]:
    """The snippet in pieces, each marked or not as a word found. The store marks them
    between « and »: a pair of them is a mark only if it holds a word of the query (French
    text has its own « »)."""
    wanted = [folded(word) for word in words if folded(word)]
    parts: list[tuple[str, bool]] = []
    at = 0
    for match in _MARKED.finditer(snippet):
        inner = folded(match[1])
        if not inner or not any(word in inner or inner in word for word in wanted):
            continue
        parts += [(snippet[at : match.start()], False), (match[1], True)]
        at = match.end()
    parts.append((snippet[at:], False))
    return [(text, marked) for text, marked in parts if text]


def snippet_html(snippet: str, words: Sequence[str]) -> str:
    """The snippet as rich text, escaped, each word found in a highlight."""
    return "".join(
        f'<span style="{MARK_STYLE}">{html.escape(text)}</span>' if marked else html.escape(text)
        for text, marked in snippet_parts(snippet, words)
    )


def place_line(hit: NoteHit) -> str:
    """ "Sub-item (b) of paragraph 26: ", before the snippet."""
    return hit.place[:1].upper() + hit.place[1:] + ": "


def hit_html(hit: NoteHit, muted: str, title: str | None = None) -> str:
    """The result as rich text: its meeting, its title (`title`: as it fits), its place and
    its snippet."""
    title = hit.title if title is None else title
    shown_title = (
        f'<br><span style="color:{muted}">{html.escape(title)}</span>' if hit.symbol else ""
    )
    return (
        f"<b>{html.escape(meeting_line(hit))}</b>{shown_title}"
        f'<br><span style="color:{muted}">{html.escape(place_line(hit))}</span>'
        f"{snippet_html(hit.snippet, hit.words)}"
    )


def hit_words(hit: NoteHit) -> str:
    """The result read out in plain words, as a screen reader says it."""
    snippet = "".join(text for text, _ in snippet_parts(hit.snippet, hit.words))
    return f"{meeting_line(hit)}, {hit.place}: {snippet}"


def muted_colour(palette: QPalette, selected: bool = False) -> str:
    """The text's colour a little towards the background's, for the titles and places beside
    the words: on a selected row, the selection's."""
    role = QPalette.ColorRole
    text = palette.color(role.HighlightedText if selected else role.Text)
    base = palette.color(role.Highlight if selected else role.Base)
    pairs = ((text.red(), base.red()), (text.green(), base.green()), (text.blue(), base.blue()))
    red, green, blue = (a + (b - a) * 2 // 5 for a, b in pairs)
    return f"#{red:02x}{green:02x}{blue:02x}"


def hit_height(hit: NoteHit, font: QFont, width: int) -> int:
    """The height of the result's lines at `width`, as hit_html lays them out: its meeting
    in bold (wrapped), its title on one line, its place and snippet wrapped, the words found
    in bold."""
    bold = QFont(font)
    bold.setBold(True)
    area = QRect(0, 0, width, 1_000_000)
    height = QFontMetrics(bold).boundingRect(area, Qt.TextFlag.TextWordWrap, meeting_line(hit))
    total = height.height()
    if hit.symbol:
        total += QFontMetrics(font).lineSpacing()
    return total + math.ceil(_wrapped_height(hit, font, width))


def _wrapped_height(hit: NoteHit, font: QFont, width: int) -> float:
    parts = [(place_line(hit), False), *snippet_parts(hit.snippet, hit.words)]
    layout = QTextLayout("".join(text for text, _ in parts), font)
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    ranges, at = [], 0
    for text, marked in parts:
        if marked:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = at, len(text), strong
            ranges.append(mark)
        at += len(text)
    layout.setFormats(ranges)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return height
