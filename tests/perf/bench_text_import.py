"""Plain-text and foreign-Markdown import: each corpus file and a generated 5,000-paragraph
report, beside the time to split the same text into lines and match a paragraph number on
each line (the least any reader does), and Python-Markdown's own conversion of the Markdown:
the ratio is what recognising the note costs over reading its lines."""

from __future__ import annotations

import re

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints

from desktop_app.formats.text_import import read_foreign_markdown, read_text
from tests.conftest import CORPUS, REAL_NOTE
from tests.perf.timing import Figure, median_seconds, print_table
from tests.support.plain_texts import generated_report

_NUMBER = re.compile(r"^\s*(?:-\s+)?\(?(\d{1,4})[.)]\s")


def lines_and_a_regex(text: str) -> int:
    return sum(1 for line in text.split("\n") if _NUMBER.match(line))


def generated_markdown(paragraphs: int) -> str:
    """A Zettlr-style note: a heading every 50 paragraphs, sub-items, a footnote every 100."""
    out = ["# Report of the Working Group on its first session", ""]
    for number in range(1, paragraphs + 1):
        if number % 50 == 1:
            out += ["", f"## Chapter {number // 50 + 1}", ""]
        note = f"[^{number}]" if number % 100 == 0 else ""
        out.append(f"{number}. The Group considered item {number} and agreed to go on.{note}")
        if number % 10 == 0:
            out += ["    (a) the first matter;", "    (b) the second matter."]
    out += [""] + [f"[^{n}]: A note on item {n}." for n in range(100, paragraphs + 1, 100)]
    return "\n".join(out) + "\n"


def _figure(name: str, text: str, goal: str = "") -> Figure:
    return Figure(
        name,
        median_seconds(lambda: read_text(text), repeat=3),
        median_seconds(lambda: lines_and_a_regex(text), repeat=3),
        "split into lines, one regex a line",
        goal,
    )


def run() -> list[Figure]:
    files = [REAL_NOTE, *sorted(CORPUS.glob("0*.txt"))]
    figures = [
        _figure(f"import {path.name[:34]}", path.read_text(encoding="utf-8")) for path in files
    ]
    figures.append(
        _figure("import 5,000 generated paragraphs", generated_report(5000), "under 1 s")
    )
    note = generated_markdown(5000)
    figures.append(
        Figure(
            "import 5,000 paragraphs of Zettlr Markdown",
            median_seconds(lambda: read_foreign_markdown(note), repeat=3),
            median_seconds(
                lambda: markdown.markdown(note, extensions=["footnotes", "sane_lists"]), repeat=3
            ),
            "Python-Markdown's conversion alone",
            "under 2 s",
        )
    )
    print_table("Plain-text and foreign Markdown import", figures)
    return figures


if __name__ == "__main__":
    run()
