"""The Markdown export of generated notes, read as a person reads the file: one line per
heading, paragraph and sub-item, each call [^n] in its place, the definitions in order at the
end; then read back, the same note."""

import re

import pytest

from desktop_app.core.inline import Inline
from desktop_app.formats.blocks import HeadingBlock, ParagraphBlock, build_document
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_syntax import SUB_ITEM_INDENT
from desktop_app.formats.markdown_writer import document_to_markdown
from tests.formats.placements import (
    SIZES,
    awkward_meeting,
    ends_with_marker,
    expected_placements,
    find_placements,
    starts_with_marker,
)
from tests.formats.test_markdown_round_trip import structure

CALL = re.compile(r"\[\^(\d+)\]")
DEFINITION = re.compile(r"\[\^(\d+)\]: (.*)", re.S)
FOOTNOTES = {1: 3, 300: 120, 2000: 500}


@pytest.mark.parametrize("paragraphs", SIZES)
def test_every_awkward_footnote_stands_in_its_own_line_at_its_place(paragraphs):
    meeting = awkward_meeting(paragraphs, FOOTNOTES[paragraphs], seed=paragraphs)
    document = build_document(meeting)
    found = find_placements(document)
    assert {name for name, placed in found.items() if placed} >= expected_placements(paragraphs)
    text = document_to_markdown(document)
    chunks = text.rstrip("\n").split("\n\n")
    assert chunks[0].startswith("---\n") and chunks[0].endswith("\n---")

    # One line per block of the model, each starting as its kind says.
    lines: dict[tuple[int, int | None], str] = {}
    chunk_of: dict[tuple[int, int | None], int] = {}
    at = 1
    for index, block in enumerate(document.body):
        line = chunks[at]
        at += 1
        if isinstance(block, HeadingBlock):
            assert line.startswith("#" * (block.level + 1) + " "), line
            assert block.label in line
            continue
        assert isinstance(block, ParagraphBlock)
        if block.number is not None:
            assert line.startswith(f"{block.number}. "), line
        else:
            assert not line.startswith((" ", "#")), line
        lines[(index, None)], chunk_of[(index, None)] = line, at - 1
        for number, sub_item in enumerate(block.sub_items):
            line = chunks[at]
            at += 1
            assert line.startswith(" " * SUB_ITEM_INDENT * sub_item.depth + sub_item.label + " ")
            lines[(index, number)], chunk_of[(index, number)] = line, at - 1

    # Then the definitions, numbered in the order of their first call.
    count = len(meeting.footnotes)
    definitions = [DEFINITION.fullmatch(chunk) for chunk in chunks[at : at + count]]
    assert all(definitions)
    assert [int(d[1]) for d in definitions] == list(range(1, count + 1))
    texts = {f.number: f.text.plain_text() for f in document.footnotes}
    assert {int(d[1]): Inline.from_markup(d[2]).plain_text() for d in definitions} == texts
    first_calls = list(dict.fromkeys(int(n) for line in lines.values() for n in CALL.findall(line)))
    assert first_calls == list(range(1, count + 1))

    # Each awkward call where it stands.
    for placements in found.values():
        for placed in placements:
            place = (placed.block, placed.sub_item)
            line = lines[place]
            assert [int(n) for n in CALL.findall(line)] == list(placed.numbers), placed
            if starts_with_marker(placed):
                number = f"{document.body[placed.block].number}. "
                assert line.removeprefix(number).startswith(f"[^{placed.numbers[0]}]"), line
                assert chunks[chunk_of[place] - 1].startswith("#")  # the heading just before
            if ends_with_marker(placed):
                assert line.endswith(f"[^{placed.numbers[-1]}]"), line
                assert chunks[chunk_of[place] + 1].startswith("#")  # the heading just after
            if placed.sub_item is not None:
                assert line.startswith(" " * SUB_ITEM_INDENT)

    # Read back, the same note.
    assert structure(read_markdown(text)) == structure(meeting)
