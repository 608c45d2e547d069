"""The patterns of Rapporteur's Markdown, shared by its reader and writer (docs/format.md)."""

from __future__ import annotations

import re

FRONT_MATTER_FENCE = "---"
FRONT_MATTER_KEYS = ("body", "title", "date", "symbol", "place", "language", "status")
REPEATED_KEYS = ("background",)
REQUIRED_KEYS = ("body", "title", "date")
ACTIONS_OPEN = "::: actions"
ACTIONS_CLOSE = ":::"
ACTION_STATUS_MARKS = {"open": " ", "done": "x", "dropped": "-"}
ACTION_FIELDS = ("owner", "due", "paragraph")
SUB_ITEM_INDENT = 4
EMPTY_PARAGRAPH = "\\"  # a line holding only a backslash: an unnumbered paragraph with no text

# The title ends at its last character that is not a space or tab: found by one backtrack
# from the end of the line, not by a lazy match that rescans the trailing blanks at every
# character (quadratic on a long line of spaces).
HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*[^ \t])?)?[ \t]*$")
NUMBERED_PARAGRAPH = re.compile(r"^(\d{1,6})\.(?:[ \t]+(.*))?$")
SUB_ITEM = re.compile(r"^( +)\(([a-z]{1,8})\)(?:[ \t]+(.*))?$")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s\[]+)\]:[ \t]*(.*)$")
FOOTNOTE_MARKER = re.compile(r"\[\^([^\]\s\[]+)\]")
ACTIONS_FENCE = re.compile(r"^:::[ \t]*actions[ \t]*$")
FENCE_END = re.compile(r"^:::[ \t]*$")
ACTION_ITEM = re.compile(r"^- \[([ xX-])\](?:[ \t]+(.*))?$")
ACTION_FIELD = re.compile(r"^[ \t]+([a-z]+):[ \t]*(.*)$")
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

# A heading that begins with one of these is read as label + title: "(a)", "1.", "2.1.",
# "IV.", "B."; a heading that is only a label is a labelled item with no title yet.
HEADING_LABEL = re.compile(
    r"^(\([a-z0-9]{1,4}\)|\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,7}\.|[A-Z]\.)(?:[ \t]+|$)"
)

# What an unnumbered paragraph must not start with, lest it read as something else.
AMBIGUOUS_PARAGRAPH_START = re.compile(r"^(?:#|\d{1,6}\.(?:[ \t]|$)|:::|- \[)")


def escape_start(text: str, pattern: re.Pattern[str]) -> str:
    """Put a backslash before the first punctuation of a start that `pattern` would misread."""
    match = pattern.match(text)
    if not match:
        return text
    index = next(i for i, c in enumerate(match.group(0)) if not c.isalnum())
    return text[:index] + "\\" + text[index:]
