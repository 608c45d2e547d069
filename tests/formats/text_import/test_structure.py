"""The forms of the note's lines: Roman chapter numbers, title lines, where the note begins."""

from __future__ import annotations

from desktop_app.formats.text_import.lines import prepare
from desktop_app.formats.text_import.structure import first_paragraph, is_title_line, roman


def test_roman_numbers_of_chapters() -> None:
    assert [roman(label) for label in ("I", "IV", "IX", "XIV", "XIX", "XL")] == [
        1, 4, 9, 14, 19, 40,
    ]  # fmt: skip


def test_a_title_line_is_short_capitalised_and_ends_no_sentence() -> None:
    assert is_title_line("IOM's future role")
    assert not is_title_line("The Chair closed the meeting.")
    assert not is_title_line("the regions and")
    assert not is_title_line("Chair: Mr. Smith")


def test_the_note_begins_at_paragraph_1() -> None:
    lines = prepare(
        ["Report of the Group", "", "Introduction", "1. The Group met.", "2. It closed."]
    )
    assert first_paragraph(lines) == 3
