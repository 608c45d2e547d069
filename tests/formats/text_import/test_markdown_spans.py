"""The inline text of Python-Markdown's elements: emphasis, raw HTML, lines, footnote texts."""

from __future__ import annotations

from desktop_app.core.inline import Inline, Run
from desktop_app.formats.text_import.foreign_markdown import parse
from desktop_app.formats.text_import.markdown_spans import SpanReader, split_lines


def first_block_lines(text: str) -> list[str]:
    root, raw = parse(text)
    notes = [child for child in root if child.get("class") == "footnote"]
    reader = SpanReader(raw, notes)
    return [Inline(line).to_markup() for line in split_lines(reader.of(root[0]))]


def test_emphasis_and_strong_are_kept_and_lines_kept_apart() -> None:
    assert first_block_lines("The *Chair*  opened\nthe **meeting**.") == [
        "The *Chair* opened",
        "the **meeting**.",
    ]


def test_raw_html_keeps_its_text_and_loses_its_tags() -> None:
    assert first_block_lines("The Chair <span>opened</span> it.") == ["The Chair opened it."]


def test_a_footnotes_text_loses_its_backlink() -> None:
    root, raw = parse("Text.[^a]\n\n[^a]: The note, *in English*.\n")
    reader = SpanReader(raw, [child for child in root if child.get("class") == "footnote"])
    assert reader.notes["a"].to_markup() == "The note, *in English*."


def test_empty_lines_and_edge_spaces_are_gone() -> None:
    assert split_lines([Run("  one \n\n  two  ")]) == [[Run("one")], [Run("two")]]
