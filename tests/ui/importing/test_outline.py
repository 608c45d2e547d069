"""What the preview says of a recognised note: its counts, its headings with their paragraph
ranges, the opening words of its first paragraphs."""

from pathlib import Path

from desktop_app.formats.importing import read_import, read_pasted_text
from desktop_app.ui.importing.outline import counts, first_paragraphs, format_name, outline
from tests.ui.importing.files import corpus_file, sample_docx


def test_slovenia_counts_its_paragraphs_headings_sub_items_and_footnotes(tmp_path: Path):
    note = read_import(corpus_file(tmp_path))
    assert format_name(note) == "plain text"
    said = counts(note).split(", ")
    assert said[0] == "141 numbered paragraphs" and said[3] == "4 footnotes"
    assert said[1] == f"{note.headings} headings" and said[2] == "3 sub-items"


def test_each_heading_says_its_paragraph_range(tmp_path: Path):
    shown = outline(read_import(corpus_file(tmp_path)).meeting)
    lines = [h.text for h in shown] + [s.text for h in shown for s in h.sub_headings]
    assert "I. Summary of the proceedings of the review process — paragraphs 5–139" in lines
    assert "A. Presentation by the State under review — paragraphs 5–11" in lines
    assert "II. Conclusions and/or recommendations — paragraphs 140–141 and" in " ".join(lines)


def test_the_first_paragraphs_begin_with_their_numbers_and_words(tmp_path: Path):
    shown = first_paragraphs(read_import(corpus_file(tmp_path)).meeting, 3)
    assert shown[0].startswith("1. The Working Group on the Universal Periodic Review")
    assert shown[1].startswith("2. On 8 January 2025, the Human Rights Council")
    assert [line.split(".")[0] for line in shown] == ["1", "2", "3"]
    assert all(len(line) < 100 for line in shown)  # the opening words, not the paragraph


def test_a_word_export_is_told_as_word_with_its_agenda(tmp_path: Path):
    note = read_import(sample_docx(tmp_path))
    assert format_name(note) == "Word (DOCX)"
    last = outline(note.meeting)[-1]
    assert (last.title, last.paragraphs) == ("IOM's future role", "11–29")
    assert last.text == "IOM's future role — paragraphs 11–29"


def test_a_text_without_headings_says_where_its_paragraphs_are():
    note = read_pasted_text("Some words.\n\n1. The meeting opened.\n\n2. It closed.\n")
    assert note.headings == 0
    assert outline(note.meeting)[0].text.startswith("Before the first heading —")
    assert first_paragraphs(note.meeting)[-1] == "2. It closed."
