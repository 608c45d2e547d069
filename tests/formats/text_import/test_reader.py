"""From text to a meeting: line endings, a byte order mark, the language, what is left over."""

from __future__ import annotations

from desktop_app.formats.text_import import read_lines, read_text
from tests.formats.text_import.texts import numbered_texts


def test_windows_line_endings_and_a_byte_order_mark_read_like_any_text() -> None:
    unix = read_text("1. The Group met\nin Geneva.\n2. It closed.\n")
    windows = read_text("\ufeff1. The Group met\r\nin Geneva.\r\n2. It closed.\r\n")
    assert numbered_texts(windows.meeting) == numbered_texts(unix.meeting)
    assert numbered_texts(unix.meeting) == ["The Group met in Geneva.", "It closed."]


def test_lines_read_as_the_same_text() -> None:
    lines = ["1. The Group met", "in Geneva.", "2. It closed."]
    assert numbered_texts(read_lines(lines).meeting) == numbered_texts(
        read_text("\n".join(lines)).meeting
    )


def test_the_language_is_french_when_the_text_is() -> None:
    french = read_text("1. La séance est ouverte et le Président souhaite la bienvenue.\n")
    english = read_text("1. The meeting was opened and the Chair welcomed the delegates.\n")
    assert (french.meeting.language, english.meeting.language) == ("fr", "en")


def test_a_note_text_with_no_marker_is_kept_and_said() -> None:
    result = read_text("1. The Group met.\n-\n\nA note that nothing refers to.\n")
    assert "footnote 1's text has no marker: kept as a paragraph at the end" in result.warnings
    texts = [p.text.plain_text() for p in result.meeting.paragraphs()]
    assert texts == ["The Group met.", "1 A note that nothing refers to."]


def test_text_with_no_numbers_still_comes_in_as_paragraphs() -> None:
    result = read_text("The Group met in Geneva.\n\nIt closed at noon.\n")
    texts = [p.text.plain_text() for p in result.meeting.paragraphs()]
    assert texts == ["The Group met in Geneva.", "It closed at noon."]


def test_the_lines_left_out_before_the_note_are_listed() -> None:
    result = read_text(
        "Working Group on Testing\nReport of the Group\n\nContents\nI. Opening 1\n\n"
        "I. Opening\n1. The Group met.\n"
    )
    assert result.left_out == ["Contents", "I. Opening 1"]
    assert "2 lines before the note (title page, contents) were left out" in result.warnings
