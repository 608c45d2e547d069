"""The real Chairperson's note of 28 August 2017, read from its text file: what the drafting
tests type, and what they compare the result with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from tests.conftest import REAL_NOTE

FIRST_HEADING = (
    "Update by the Senior Policy Adviser to the Director General on the global compact on "
    "migration and exchange of views"
)
SECOND_HEADING = "IOM's future role"
BODY = "Working Group on IOM–UN Relations and Related Issues"


@dataclass
class RealNote:
    paragraphs: dict[int, str] = field(default_factory=dict)  # number → text as printed
    sub_items: list[str] = field(default_factory=list)  # of paragraph 26
    footnote: str = ""


@cache
def real_note() -> RealNote:
    lines = REAL_NOTE.read_text(encoding="utf-8").splitlines()
    note = RealNote()
    for index, line in enumerate(lines):
        if match := re.match(r"^- (\d+)\. (.*)$", line):
            note.paragraphs[int(match.group(1))] = match.group(2)
        elif match := re.match(r"^- \([a-z]\) (.*)$", line):
            note.sub_items.append(match.group(1))
        elif line.startswith("Originally planned"):
            note.footnote = line
        if line.startswith("- 12. "):
            note.paragraphs[12] += " " + lines[index + 2].strip()  # joined across the page
    return note


def paragraph_without_marker(number: int) -> str:
    """A paragraph's text without the footnote's superscript."""
    return real_note().paragraphs[number].replace("¹", "")
