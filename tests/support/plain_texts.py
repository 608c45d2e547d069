"""Generated plain-text reports of any size, in the genre's shape: a title block, chapter and
section headings, numbered paragraphs wrapped over lines, sub-items, footnotes at the foot
of pages, running heads and page numbers, a list quoted inside a paragraph."""

from __future__ import annotations

import textwrap

_SENTENCE = (
    "the working group considered the report of the secretariat and agreed to continue its"
    " consideration of capacity-building and follow-up at its next session with a view to"
    " recommending a draft decision for adoption"
)
_WORDS = _SENTENCE.split()
_PAGE_LINES = 46


def generated_report(paragraphs: int) -> str:
    """A report of `paragraphs` numbered paragraphs (every tenth with sub-items (a)-(c))."""
    lines = [
        "United Nations                                          A/WG.1/2026/1",
        "Working Group on Testing",
        "Report of the Working Group on its first session, held in Geneva on 3 May 2026",
        "",
    ]
    chapter = 0
    for number in range(1, paragraphs + 1):
        if number % 50 == 1:
            chapter += 1
            lines += ["", f"{_roman(chapter)}. Chapter {chapter} of the report", ""]
        lines += _paragraph(number)
    return "\n".join(_paged(lines)) + "\n"


def _paragraph(number: int) -> list[str]:
    words = [_WORDS[(number + i) % len(_WORDS)] for i in range(40)]
    words[0] = words[0].capitalize()
    marker = f"Geneva{number // 100 + 1}" if number % 100 == 50 else "Geneva"
    text = " ".join(words[:20]) + f" in {marker}, " + " ".join(words[20:]) + "."
    lines = textwrap.wrap(f"{number}.\t{text}", 80)
    if number % 10 == 0:
        lines[-1] = lines[-1].rstrip(".") + ":"
        lines += ["(a) the first matter;", "(b) the second matter;", "(c) the third matter."]
    return lines


def _paged(lines: list[str]) -> list[str]:
    """The lines cut into pages with a page number, a running head and the pages' notes."""
    out: list[str] = []
    note = 0
    for start in range(0, len(lines), _PAGE_LINES):
        page = lines[start : start + _PAGE_LINES]
        out += page
        for line in page:
            if "Geneva" in line and line.split("Geneva")[1][:1].isdigit():
                note += 1
                out += ["", f"   {note} A note on the meeting held in Geneva, number {note}."]
        out += ["", f"Page {start // _PAGE_LINES + 1}", "A/WG.1/2026/1", ""]
    return out


def _roman(number: int) -> str:
    values = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V")]
    values += [(4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out
