"""The Markdown reader on malformed input: each mistake is refused with the line it stands on
and what is wrong, in plain words. And the liberties a hand-written file may take."""

from __future__ import annotations

import pytest

from desktop_app.formats.errors import MalformedFile
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.formats.plain_text import meeting_to_plain_text

# Lines 1-5 are the front matter, line 6 is blank: the body starts on line 7.
FRONT = "---\nbody: Working Group on Tests\ntitle: A note\ndate: 2017-08-28\n---\n\n"


def front(*lines: str) -> str:
    """A front matter of these lines (between the fences, from line 2), then a paragraph."""
    return "\n".join(["---", *lines, "---", "", "1. Text."]) + "\n"


BASE = ("body: Working Group on Tests", "title: A note", "date: 2017-08-28")

# (case, text, line, words the message must hold)
MALFORMED = [
    (
        "no front matter",
        "1. The meeting opened.\n",
        1,
        "a note starts with its front matter: a line '---'",
    ),
    (
        "front matter not closed",
        "---\nbody: B\ntitle: T\ndate: 2017-08-28\n",
        4,
        "the front matter is not closed by a '---' line",
    ),
    (
        "unknown key",
        front(*BASE, "colour: red"),
        5,
        "unknown front matter key 'colour' (known keys: body, title, date",
    ),
    ("key given twice", front(*BASE, "title: Another"), 5, "'title' is given twice"),
    ("missing body", front(*BASE[1:]), 4, "the front matter needs 'body: …'"),
    ("missing title", front(BASE[0], BASE[2]), 4, "the front matter needs 'title: …'"),
    ("missing date", front(*BASE[:2]), 4, "the front matter needs 'date: 2017-08-28'"),
    (
        "empty language",
        front(*BASE, "language:"),
        5,
        "'' is not a language code such as en, fr or es",
    ),
    (
        "bad date",
        front(*BASE[:2], "date: 28/08/2017"),
        4,
        "'28/08/2017' is not a date written YYYY-MM-DD",
    ),
    (
        "impossible date",
        front(*BASE[:2], "date: 2017-02-30"),
        4,
        "'2017-02-30' is not a date written YYYY-MM-DD",
    ),
    (
        "bad language",
        front(*BASE, "language: English"),
        5,
        "'English' is not a language code such as en, fr or es",
    ),
    ("bad status", front(*BASE, "status: done"), 5, "status is 'draft' or 'final', not 'done'"),
    (
        "level-1 heading",
        FRONT + "1. Text.\n\n# Agenda\n",
        9,
        "an agenda item heading starts '## '; the title goes in the front matter",
    ),
    (
        "level-4 heading",
        FRONT + "## Item\n\n### Sub-item\n\n#### Too deep\n",
        11,
        "headings go two levels deep",
    ),
    (
        "'###' with no '##' before",
        FRONT + "1. Text.\n\n### Sub-item\n",
        9,
        "a '### ' sub-item heading needs a '## ' agenda item above it",
    ),
    (
        "sub-item right after a heading",
        FRONT + "1. Text.\n\n## Item\n\n    (a) Orphan.\n",
        11,
        "a sub-item such as '    (a) text' must follow a paragraph",
    ),
    (
        "sub-item at the very start",
        FRONT + "    (a) Orphan.\n",
        7,
        "a sub-item such as '    (a) text' must follow a paragraph",
    ),
    (
        "second-level sub-item with no first-level one",
        FRONT + "1. Text.\n\n        (i) Inner.\n",
        9,
        "a second-level sub-item '        (i) text' must follow a sub-item '    (a) text'",
    ),
    (
        "sub-item indented six spaces with none above it",
        FRONT + "1. Text.\n\n      (a) Half-way.\n",
        9,
        "this sub-item is indented 6 spaces, which makes it a sub-item of a sub-item, but there "
        "is none above it: indent a sub-item four spaces, '    (a) text', and a sub-item of a "
        "sub-item eight, '        (i) text'",
    ),
    (
        "language and status both wrong, status first",
        front(*BASE, "status: done", "language: English"),
        5,
        "status is 'draft' or 'final', not 'done'",
    ),
    (
        "language and status both wrong, language first",
        front(*BASE, "language: English", "status: done"),
        5,
        "'English' is not a language code",
    ),
    (
        "a wrong value before a missing key",
        front("status: done", BASE[0]),
        2,
        "status is 'draft' or 'final'",
    ),
    (
        "indented line that is not a sub-item",
        FRONT + "1. Text.\n\n    Just indented.\n",
        9,
        "an indented line must be a sub-item, such as '    (a) text'",
    ),
    (
        "unmatched asterisk on the middle line of a paragraph",
        FRONT + "1. The first line,\nthe second *line,\nthe third line.\n",
        8,
        "an asterisk is not matched; write \\* for a literal asterisk",
    ),
    (
        "unmatched asterisk on the last line of a paragraph",
        FRONT + "1. The *first* line,\nthe second line,\nthe third **line.\n",
        9,
        "an asterisk is not matched",
    ),
    (
        "unmatched asterisk on the first line of a paragraph",
        FRONT + "1. The first *line,\nthe second line.\n",
        7,
        "an asterisk is not matched",
    ),
    (
        "unmatched asterisk in a wrapped sub-item",
        FRONT + "1. Text.\n    (a) One\n    two *three\n",
        9,
        "an asterisk is not matched",
    ),
    (
        "unmatched asterisk in a heading",
        FRONT + "1. Text.\n\n## An *item\n",
        9,
        "an asterisk is not matched",
    ),
    (
        "footnote reference with no definition",
        FRONT + "1. Text.\n\n2. More text.[^7]\n",
        9,
        "footnote [^7] has no text: add '[^7]: …' after the body",
    ),
    (
        "footnote defined twice",
        FRONT + "1. Text.[^1]\n\n[^1]: One.\n\n[^1]: Again.\n",
        11,
        "footnote [^1] is defined twice (first on line 9)",
    ),
    (
        "footnote never referenced",
        FRONT + "1. Text.[^1]\n\n[^1]: One.\n[^2]: Two.\n",
        10,
        "footnote [^2] is never referenced in the text",
    ),
    (
        "footnote referenced twice",
        FRONT + "1. Text.[^1]\n\n2. More text.[^1]\n\n[^1]: One.\n",
        9,
        "footnote [^1] is referenced twice (also on line 7)",
    ),
    (
        "footnote inside a heading",
        FRONT + "## Item[^1]\n\n1. Text.\n\n[^1]: One.\n",
        7,
        "a footnote cannot stand in a heading; put it in a paragraph",
    ),
    (
        "footnote inside a footnote",
        FRONT + "1. Text.[^1]\n\n[^1]: One.[^2]\n\n[^2]: Two.\n",
        9,
        "a footnote cannot hold another footnote",
    ),
    (
        "a second '::: actions' block",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\n:::\n\n::: actions\n- [ ] Two\n:::\n",
        13,
        "a note has one '::: actions' block, and this is a second",
    ),
    (
        "unclosed '::: actions'",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\n    owner: Secretariat\n",
        9,
        "the '::: actions' block is not closed by a ':::' line",
    ),
    (
        "stray ':::'",
        FRONT + "1. Text.\n\n:::\n",
        9,
        "':::' closes a '::: actions' block, but none is open",
    ),
    (
        "bad line inside the actions block",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\nSomething else\n:::\n",
        11,
        "in '::: actions', an action item is '- [ ] what'",
    ),
    (
        "field before any action item",
        FRONT + "1. Text.\n\n::: actions\n    owner: Secretariat\n:::\n",
        10,
        "in '::: actions', an action item is '- [ ] what'",
    ),
    (
        "unknown status mark",
        FRONT + "1. Text.\n\n::: actions\n- [?] One\n:::\n",
        10,
        "in '::: actions', an action item is '- [ ] what'",
    ),
    (
        "unknown action field",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\n    colour: red\n:::\n",
        11,
        "unknown action item field 'colour' (known fields: owner, due, paragraph)",
    ),
    (
        "'paragraph:' not a number",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\n    paragraph: x\n:::\n",
        11,
        "'paragraph:' takes a paragraph number, not 'x'",
    ),
    (
        "'paragraph:' with no such paragraph",
        FRONT + "1. Text.\n\n::: actions\n- [ ] One\n    owner: Secretariat\n"
        "    paragraph: 99\n:::\n",
        12,
        "there is no paragraph 99 in this note",
    ),
    (
        "'paragraph:' naming an unnumbered paragraph's place",
        FRONT + "1. Text.\n\nA closing line.\n\n::: actions\n- [ ] One\n    paragraph: 2\n:::\n",
        13,
        "there is no paragraph 2 in this note",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [pytest.param(text, line, words, id=case) for case, text, line, words in MALFORMED],
)
def test_malformed_file_names_the_line_and_the_problem(text: str, line: int, words: str) -> None:
    with pytest.raises(MalformedFile) as raised:
        read_markdown(text, "minutes.md")
    error = raised.value
    assert (error.source, error.line) == ("minutes.md", line), str(error)
    assert str(error).startswith(f"minutes.md, line {line}: ")
    assert words in error.problem
    assert "\n" not in str(error)


def test_front_matter_not_closed_before_the_body() -> None:
    """A forgotten closing '---' is named as such, at the first body line."""
    text = "---\nbody: B\ntitle: T\ndate: 2017-08-28\n\n1. The meeting opened.\n"
    with pytest.raises(MalformedFile) as raised:
        read_markdown(text, "minutes.md")
    assert raised.value.line == 6
    assert "'---'" in raised.value.problem


def test_the_source_defaults_to_a_plain_phrase() -> None:
    with pytest.raises(MalformedFile) as raised:
        read_markdown("Hello\n")
    assert str(raised.value).startswith("the file, line 1: a note starts with its front matter")


def test_an_empty_file_has_no_front_matter() -> None:
    with pytest.raises(MalformedFile) as raised:
        read_markdown("", "empty.md")
    assert raised.value.line == 1
    assert "starts with its front matter" in raised.value.problem


@pytest.mark.parametrize("separator", ["\f", "\u2028"], ids=["form feed", "line separator"])
def test_line_numbers_count_only_line_feeds(separator: str) -> None:
    """A form feed or U+2028 inside a line is text: line numbers count line feeds only."""
    text = FRONT + f"1. Text on the first page.{separator}Text on the next page.\n\n# Agenda\n"
    assert text.split("\n")[8] == "# Agenda"
    with pytest.raises(MalformedFile) as raised:
        read_markdown(text, "minutes.md")
    assert str(raised.value) == (
        "minutes.md, line 9: an agenda item heading starts '## '; the title goes in the front "
        "matter"
    )


# Liberties a hand-written file may take

TOLERANT = FRONT + (
    "1. The first paragraph,\n"
    "wrapped over\n"
    "   three lines.\n"
    "\n"
    "2. Requests:\n"
    "    (a) One;\n"
    "    (b) Two, with\n"
    "    a second line;\n"
    "        (i) inner;\n"
    "    (c) Three.\n"
    "\n"
    "::: actions\n"
    "\n"
    "- [ ] Do the first thing\n"
    "\n"
    "    owner: Secretariat\n"
    "\n"
    "    paragraph: 2\n"
    "\n"
    "- [x] Do the second thing\n"
    ":::\n"
)

TOLERANT_CANONICAL = (
    "---\n"
    "body: Working Group on Tests\n"
    "title: A note\n"
    "date: 2017-08-28\n"
    "language: en\n"
    "status: draft\n"
    "---\n"
    "\n"
    "1. The first paragraph, wrapped over three lines.\n"
    "\n"
    "2. Requests:\n"
    "\n"
    "    (a) One;\n"
    "\n"
    "    (b) Two, with a second line;\n"
    "\n"
    "        (i) inner;\n"
    "\n"
    "    (c) Three.\n"
    "\n"
    "::: actions\n"
    "- [ ] Do the first thing\n"
    "    owner: Secretariat\n"
    "    paragraph: 2\n"
    "- [x] Do the second thing\n"
    ":::\n"
)


def test_wrapped_lines_compact_sub_items_and_blank_lines_in_actions_read_fine() -> None:
    meeting = read_markdown(TOLERANT, "minutes.md")
    assert meeting_to_markdown(meeting) == TOLERANT_CANONICAL
    first, second = meeting.opening
    assert first.text.plain_text() == "The first paragraph, wrapped over three lines."
    assert [s.text.plain_text() for s in second.sub_items] == [
        "One;",
        "Two, with a second line;",
        "Three.",
    ]
    assert [a.what for a in meeting.action_items] == [
        "Do the first thing",
        "Do the second thing",
    ]
    assert meeting.action_items[0].paragraph_id == second.id


def test_windows_line_endings() -> None:
    meeting = read_markdown(TOLERANT.replace("\n", "\r\n"), "minutes.md")
    assert meeting_to_markdown(meeting) == TOLERANT_CANONICAL


def test_a_byte_order_mark() -> None:
    meeting = read_markdown("\ufeff" + TOLERANT, "minutes.md")
    assert meeting.body == "Working Group on Tests"
    assert meeting_to_markdown(meeting) == TOLERANT_CANONICAL


def test_a_byte_order_mark_with_windows_line_endings() -> None:
    meeting = read_markdown("\ufeff" + TOLERANT.replace("\n", "\r\n"), "minutes.md")
    assert meeting_to_markdown(meeting) == TOLERANT_CANONICAL


def test_tabs_indent_sub_items() -> None:
    text = FRONT + "1. Requests:\n\t(a) One;\n\t\t(i) inner;\n\t(b) Two.\n"
    meeting = read_markdown(text, "minutes.md")
    assert meeting_to_plain_text(meeting).endswith(
        "1. Requests:\n    (a) One;\n        (i) inner;\n    (b) Two.\n"
    )


def test_a_malformed_line_after_crlf_lines_keeps_its_number() -> None:
    text = (FRONT + "1. Text.\n\n# Agenda\n").replace("\n", "\r\n")
    with pytest.raises(MalformedFile) as raised:
        read_markdown("\ufeff" + text, "minutes.md")
    assert raised.value.line == 9


NON_CANONICAL = """---
Title:   The title
date: 2017-08-28
body: The body
status: final

background: Paper A
---


5.   First paragraph with *emphasis* and a note.[^note]


7. Second
paragraph, **strong**.
    (a) one
    (b) two

## 2. Agenda item

An unnumbered closing line.

[^note]: The footnote
   text.

::: actions
- [X] Done thing
    paragraph: 2
- [-] Dropped thing
:::
"""

NON_CANONICAL_EXPORTED = """---
body: The body
title: The title
date: 2017-08-28
language: en
status: final
background: Paper A
---

1. First paragraph with *emphasis* and a note.[^1]

2. Second paragraph, **strong**.

    (a) one

    (b) two

## 2. Agenda item

An unnumbered closing line.

[^1]: The footnote text.

::: actions
- [x] Done thing
    paragraph: 2
- [-] Dropped thing
:::
"""


def test_a_valid_but_untidy_file_exports_in_canonical_form() -> None:
    meeting = read_markdown(NON_CANONICAL, "untidy.md")
    exported = meeting_to_markdown(meeting)
    assert exported == NON_CANONICAL_EXPORTED
    assert meeting_to_markdown(read_markdown(exported, "tidy.md")) == exported
