"""Write a note as one self-contained HTML file: its style sheet inside, ready to print on A4.

DESIGN.md planned this writer on Python-Markdown with its footnotes extension; it is built
directly from the block model instead. Python-Markdown renumbers an ordered list from its
first item, draws the numbers with list markers (which a reader cannot select or copy, and
which move with the browser's list style), has no list for "(a)" or "(i)", and numbers
footnotes itself: the numbers a reader sees could differ from the note's. Here every
number is the block model's, written as text and hung in the margin by the style sheet.

Safety: every user string is escaped where it is written; the body is then also passed
through nh3 with an allowlist of exactly the tags, classes and attributes written here.
"""

from __future__ import annotations

import re
from html import escape
from typing import BinaryIO

import nh3

from desktop_app.core.inline import FootnoteMarker, Inline
from desktop_app.core.meeting_series import MeetingDetails
from desktop_app.core.model import MeetingStatus
from desktop_app.formats.blocks import (
    Document,
    HeadingBlock,
    ParagraphBlock,
    SubItemBlock,
)
from desktop_app.formats.wording import Wording, wording

# Characters HTML cannot carry as text (browsers drop or mangle them, and a lone surrogate
# cannot be encoded): shown as U+FFFD so the reader sees that something was there.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BACK_ARROW = "\u21a9\ufe0e"  # ↩ with text presentation, never an emoji

_TAGS = {"article", "header", "div", "section", "h1", "h2", "h3", "p", "span"}
_TAGS |= {"em", "strong", "sup", "a"}
_ATTRIBUTES = {"p": {"id"}, "sup": {"id"}, "a": {"href", "aria-label"}}
_CLASSES = {
    "article": {"note"},
    "header": {"title-block"},
    "div": {"masthead", "reference"},
    "section": {"footnotes"},
    "h1": {"title"},
    "h2": {"agenda-item", "notes-heading"},
    "h3": {"agenda-item"},
    "p": {
        "draft",
        "symbol",
        "date",
        "body",
        "numbered",
        "unnumbered",
        "sub-item",
        "depth-1",
        "depth-2",
        "footnote",
    },
    "span": {"number", "label"},
    "a": {"back"},
}


def _only_fragment_links(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href" and not value.startswith("#"):
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags={"script", "style"},
    attributes=_ATTRIBUTES,
    allowed_classes=_CLASSES,
    attribute_filter=_only_fragment_links,
    url_schemes=set(),
    link_rel=None,
    strip_comments=True,
)


def write_html(document: Document, stream: BinaryIO) -> None:
    stream.write(document_to_html(document).encode("utf-8"))


def document_to_html(document: Document) -> str:
    title = document.title
    words = wording(title.language)
    markers = _Markers(document)
    parts = [_title_block(title, words)]
    for block in document.body:
        if isinstance(block, HeadingBlock):
            parts.append(_heading(block))
        else:
            parts.extend(_paragraph(block, markers))
    if document.footnotes:
        parts.append(_footnotes(document, markers, words))
    article = "\n".join(['<article class="note">', *parts, "</article>"])
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(title.language)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_text(title.title or title.symbol)}</title>\n"
        f"<style>\n{STYLE_SHEET}</style>\n"
        "</head>\n"
        f"<body>\n{_CLEANER.clean(article)}\n</body>\n"
        "</html>\n"
    )


def _text(value: str) -> str:
    return escape(_NOT_TEXT.sub("\ufffd", value), quote=True)


def _title_block(title: MeetingDetails, words: Wording) -> str:
    draft = ""
    if title.status == MeetingStatus.DRAFT:
        draft = f'<p class="draft">{_text(words.draft)}</p>'
    when = ", ".join(filter(None, (title.place, words.date(title.date))))
    reference = "".join(
        f'<p class="{name}">{_text(value)}</p>'
        for name, value in (("symbol", title.symbol), ("date", when))
        if value
    )
    lines = []
    if draft or reference:
        reference = f'<div class="reference">{reference}</div>' if reference else ""
        lines.append(f'<div class="masthead">{draft}{reference}</div>')
    if title.body:
        lines.append(f'<p class="body">{_text(title.body)}</p>')
    if title.title:
        lines.append(f'<h1 class="title">{_text(title.title)}</h1>')
    return "\n".join(['<header class="title-block">', *lines, "</header>"])


def _heading(block: HeadingBlock) -> str:
    tag = "h2" if block.level == 1 else "h3"
    label = f'<span class="label">{_text(block.label)}</span> ' if block.label else ""
    return f'<{tag} class="agenda-item">{label}{_text(block.title)}</{tag}>'


def _paragraph(block: ParagraphBlock, markers: _Markers) -> list[str]:
    text = _inline(block.text, markers)
    if block.number is None:
        lines = [f'<p class="unnumbered">{text}</p>']
    else:
        number = f'<span class="number">{block.number}.</span>'
        lines = [f'<p class="numbered" id="p{block.number}">{number} {text}</p>']
    lines += [_sub_item(sub_item, markers) for sub_item in block.sub_items]
    return lines


def _sub_item(block: SubItemBlock, markers: _Markers) -> str:
    label = f'<span class="label">{_text(block.label)}</span>'
    text = _inline(block.text, markers)
    return f'<p class="sub-item depth-{block.depth}">{label} {text}</p>'


def _inline(text: Inline, markers: _Markers) -> str:
    out: list[str] = []
    for span in text.spans:
        if isinstance(span, FootnoteMarker):
            out.append(markers.call(span.footnote_id))
            continue
        html = _text(span.text)
        if span.emphasis:
            html = f"<em>{html}</em>"
        if span.strong:
            html = f"<strong>{html}</strong>"
        out.append(html)
    return "".join(out).strip()


class _Markers:
    """Footnote calls as superscript links; the first call of a footnote is the one its
    back link returns to."""

    def __init__(self, document: Document) -> None:
        self._numbers = document.footnote_numbers
        self._noted = {footnote.number for footnote in document.footnotes}
        self._called: set[int] = set()

    def call(self, footnote_id: str) -> str:
        number = self._numbers.get(footnote_id)
        if number is None:
            return ""
        if number not in self._noted:  # a call whose footnote is missing: nothing to link to
            return f"<sup>{number}</sup>"
        link = f'<a href="#fn-{number}">{number}</a>'
        if number in self._called:
            return f"<sup>{link}</sup>"
        self._called.add(number)
        return f'<sup id="fnref-{number}">{link}</sup>'


def _footnotes(document: Document, markers: _Markers, words: Wording) -> str:
    back = _text(words.back_to_text)
    lines = [f'<h2 class="notes-heading">{_text(words.notes)}</h2>']
    for footnote in document.footnotes:
        n = footnote.number
        number = f'<span class="number">{n}</span>'
        link = f'<a class="back" href="#fnref-{n}" aria-label="{back}">{_BACK_ARROW}</a>'
        text = _inline(footnote.text, markers)
        lines.append(f'<p class="footnote" id="fn-{n}">{number} {text} {link}</p>')
    return "\n".join(['<section class="footnotes">', *lines, "</section>"])


STYLE_SHEET = """\
:root {
  color-scheme: light dark;
  --ink: #1d1d1b;
  --muted: #5c5b57;
  --paper: #fbfbf8;
  --rule: #d5d3cc;
  --link: #1f4e8c;
  --target: #fff1b8;
  --draft: #a4372a;
  --hang: 3rem; /* the column paragraph numbers and heading labels hang in */
  --indent: 1.5rem; /* how far a sub-item's label stands in from the text */
  --label: 2.5rem; /* the column a sub-item's label hangs in */
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e4e2dc;
    --muted: #a3a099;
    --paper: #1b1b1d;
    --rule: #3c3b39;
    --link: #93b8ec;
    --target: #4a3f16;
    --draft: #ec9486;
  }
}
html {
  background: var(--paper);
  color: var(--ink);
  font-size: 106.25%;
}
body {
  margin: 0;
  padding: 3rem 1.5rem 5rem;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif",
    "DejaVu Serif", Georgia, serif;
  line-height: 1.55;
  font-kerning: normal;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.note { max-width: 42rem; margin: 0 auto; }
@media screen and (max-width: 32rem) {
  :root { --hang: 2.4rem; --indent: 0.6rem; --label: 2.2rem; }
  body { padding: 1.5rem 1rem 3rem; }
}
p { margin: 0 0 0.8em; overflow-wrap: break-word; }
a { color: var(--link); }

.title-block { margin-bottom: 2.5rem; }
.masthead {
  display: flex;
  justify-content: space-between;
  align-items: flex-start;
  gap: 1rem;
  padding-bottom: 0.6rem;
  border-bottom: 1px solid var(--rule);
  margin-bottom: 2rem;
}
.reference { margin-left: auto; text-align: right; }
.reference p { margin: 0; }
.symbol { font-weight: 600; letter-spacing: 0.02em; }
.date { color: var(--muted); }
.draft {
  margin: 0;
  padding: 0.1em 0.6em;
  border: 1px solid currentColor;
  border-radius: 3px;
  color: var(--draft);
  font-size: 0.85em;
  font-weight: 600;
  letter-spacing: 0.12em;
  text-transform: uppercase;
}
.body {
  margin: 0 0 0.9rem;
  text-align: center;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  font-size: 0.9em;
  font-weight: 600;
}
h1, h2, h3 { line-height: 1.3; overflow-wrap: break-word; text-wrap: balance; }
h1 { margin: 0; text-align: center; font-size: 1.35rem; font-weight: 700; }
.title { text-transform: uppercase; letter-spacing: 0.03em; } /* as issued; the text is kept */
h2, h3 { margin: 2rem 0 0.9rem var(--hang); }
h2 { font-size: 1.1rem; font-weight: 700; }
h3 { font-size: 1rem; font-weight: 700; font-style: italic; }
h2 + h3 { margin-top: 1rem; }

/* Numbers and labels are text, floated into the column before the text they belong to. */
.numbered, .unnumbered, .footnote { margin-left: var(--hang); }
.number, h2 .label, h3 .label {
  float: left;
  box-sizing: border-box;
  min-width: var(--hang);
  margin-left: calc(-1 * var(--hang));
  padding-right: 0.4em;
}
.sub-item { margin-left: calc(var(--hang) + var(--indent) + var(--label)); }
.sub-item.depth-2 { margin-left: calc(var(--hang) + var(--indent) + 2 * var(--label)); }
.sub-item .label {
  float: left;
  box-sizing: border-box;
  min-width: var(--label);
  margin-left: calc(-1 * var(--label));
  padding-right: 0.4em;
}

sup { font-size: 0.72em; line-height: 0; vertical-align: 0.5em; }
sup a { text-decoration: none; padding: 0 0.1em; }
sup a:hover, sup a:focus-visible { text-decoration: underline; }
:target { background: var(--target); border-radius: 2px; }

.footnotes {
  margin-top: 3rem;
  padding-top: 0.5rem;
  border-top: 1px solid var(--rule);
  font-size: 0.9em;
}
.notes-heading {
  margin: 0.5rem 0 0.8rem var(--hang);
  font-size: 0.9rem;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--muted);
}
.footnote .number { color: var(--muted); }
.back { text-decoration: none; padding: 0 0.2em; }

@page { size: A4; margin: 2.5cm 2.2cm 2.5cm 2.5cm; }
@media print {
  :root {
    --ink: #000;
    --muted: #333;
    --paper: #fff;
    --rule: #999;
    --link: #000;
    --target: transparent;
    --draft: #000;
  }
  html { font-size: 11pt; background: none; }
  body {
    padding: 0;
    font-family: "Times New Roman", Times, "Liberation Serif", "Nimbus Roman", "DejaVu Serif",
      serif;
    line-height: 1.35;
  }
  .note { max-width: none; }
  p { text-align: justify; hyphens: auto; orphans: 3; widows: 3; break-inside: avoid; }
  h1, h2, h3, .notes-heading { break-after: avoid; break-inside: avoid; }
  .numbered:has(+ .sub-item), .sub-item:has(+ .sub-item) { break-after: avoid; }
  a, a:visited { color: inherit; text-decoration: none; }
  .back { display: none; }
  .footnotes { margin-top: 1.5rem; }
}
"""
