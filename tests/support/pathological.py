"""Texts that once made the Markdown reader slow: runs of one character, thousands of
footnote calls, long blanks and deep indents. Each is `size` characters of a note's body."""

from __future__ import annotations

from collections.abc import Callable

FRONT_MATTER = "---\nbody: Working Group\ntitle: Note\ndate: 2017-08-28\n---\n\n"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


def _markers_on_one_line(size: int) -> str:
    """One paragraph calling thousands of footnotes, then their definitions."""
    count = size // 16
    calls = "".join(f"[^{i}]" for i in range(count))
    return calls + "\n\n" + "".join(f"[^{i}]: text\n" for i in range(count))


def _markers_on_many_lines(size: int) -> str:
    """One paragraph of thousands of lines, each calling a footnote, then the definitions."""
    count = size // 16
    calls = "\n".join(f"[^{i}]" for i in range(count))
    return calls + "\n\n" + "".join(f"[^{i}]: text\n" for i in range(count))


def _spaced_heading(size: int) -> str:
    return "## Agenda" + " " * size + "item"


def _deep_sub_items(size: int) -> str:
    line = " " * 4000 + "(i) text\n"
    return "1. A paragraph\n    (a) text\n" + line * (size // len(line))


PATTERNS: dict[str, Callable[[int], str]] = {
    "backslashes": _repeat("\\"),
    "footnote openings": _repeat("[^"),
    "asterisks": _repeat("*"),
    "underscores": _repeat("_"),
    "backticks": _repeat("`"),
    "opening brackets": _repeat("["),
    "closing brackets": _repeat("]"),
    "emphasis on one line": _repeat("*a* "),
    "unfinished footnote labels": _repeat("[^a "),
    "footnotes on one line": _markers_on_one_line,
    "footnotes on many lines": _markers_on_many_lines,
    "spaces in a heading": _spaced_heading,
    "deep sub-item indents": _deep_sub_items,
    "many paragraphs": _repeat("1. a\n\n"),
}
# The patterns whose time grew with the square of their size before, and the size whose four
# times showed it (a run of backslashes only copied memory: cheap until a megabyte or so).
QUADRATIC_BEFORE: dict[str, int] = {
    "backslashes": 2**20,
    "footnote openings": 2**19,
    "opening brackets": 2**19,
    "footnotes on many lines": 2**18,
    "spaces in a heading": 2**19,
}
