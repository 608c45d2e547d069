"""What the history window shows, read as the QTextBrowser shows it: the snapshot's note
numbered as the note numbers it; the comparison naming each paragraph changed, moved, added
and removed by its place, words added underlined and removed struck through; the note's own
text never taken for markup."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from PySide6.QtGui import QTextDocument, QTextFragment

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.core.note_diff import compare
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.ui.history.note_html import DARK, diff_html, note_html
from tests.conftest import SAMPLE_NOTE


def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def shown(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def fragments(document: QTextDocument) -> Iterator[QTextFragment]:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def marked(html: str) -> tuple[list[str], list[str]]:
    """The runs of text shown underlined and those struck through."""
    document = shown(html)
    underlined, struck = [], []
    for fragment in fragments(document):
        if fragment.charFormat().fontUnderline():
            underlined.append(fragment.text())
        if fragment.charFormat().fontStrikeOut():
            struck.append(fragment.text())
    return underlined, struck


def lines(html: str) -> list[str]:
    return [line for line in shown(html).toPlainText().splitlines() if line.strip()]


def test_the_snapshot_is_shown_with_its_numbers_letters_and_footnotes():
    text = lines(note_html(sample()))
    assert text[:2] == ["WG/REL/2017/7", "Chairperson's note on the meeting held on 28 August 2017"]
    assert text[2].startswith("1. The meeting of the Working Group")
    numbered = [m.group(1) for line in text if (m := re.match(r"(\d+)\. ", line))]
    assert numbered == [str(n) for n in range(1, len(numbered) + 1)]
    assert "IOM's future role" in text
    assert any(line.startswith("(a) ") for line in text)  # the sub-items of paragraph 26
    assert "December 2017.¹" in shown(note_html(sample())).toPlainText()
    assert text[-1].startswith("¹ ")  # the footnote, at the end


def test_a_changed_paragraph_shows_its_words_added_and_removed():
    former = sample()
    current = copy.deepcopy(former)
    paragraph = list(current.paragraphs())[2]
    words = paragraph.text.plain_text().split()
    words[words.index("workshop")] = "seminar"
    paragraph.text = Inline.plain(" ".join(["Meanwhile,", *words]))
    html = diff_html(compare(former, current))
    assert lines(html)[0].startswith("2 words changed since this snapshot, in 1 paragraph.")
    assert "Paragraph 3 — changed, 2 words" in lines(html)
    underlined, struck = marked(html)
    assert underlined == ["Added words are underlined", "Meanwhile,", "seminar"]
    assert struck == ["removed ones struck through", "workshop"]


def test_moved_added_and_removed_paragraphs_are_named_by_their_place_now_and_before():
    former = sample()
    current = copy.deepcopy(former)
    moved = current.agenda[1].paragraphs.pop(0)  # paragraph 11, to the top of the first item
    current.agenda[0].paragraphs.insert(0, moved)
    removed = current.agenda[1].paragraphs.pop(0)  # the one that followed it
    current.agenda[1].paragraphs.insert(0, Paragraph(Inline.plain("A new view was heard.")))
    text = lines(diff_html(compare(former, current)))
    assert "Paragraph 3, formerly 11 — moved" in text
    assert "Paragraph 12 — added, 5 words" in text
    assert any(line.startswith("Formerly paragraph 12 — removed, ") for line in text)
    underlined, struck = marked(diff_html(compare(former, current)))
    assert "A new view was heard." in underlined
    assert removed.text.plain_text().split()[0] in struck[-1]


def test_the_notes_own_text_is_never_taken_for_markup():
    former = sample()
    current = copy.deepcopy(former)
    current.opening[0].text = Inline.plain("See <b>this</b> & <script>that</script>.")
    assert "See <b>this</b> & <script>that</script>." in shown(
        diff_html(compare(former, current))
    ).toPlainText().replace("\u2029", "\n")
    assert "1. See <b>this</b> & <script>that</script>." in lines(note_html(current))


def test_the_same_note_says_so_and_a_dark_window_gets_light_colours():
    meeting = sample()
    assert lines(diff_html(compare(meeting, copy.deepcopy(meeting)))) == [
        "The current note is the same as this snapshot."
    ]
    current = copy.deepcopy(meeting)
    current.opening[0].text = Inline.plain("Shorter.")
    document = shown(diff_html(compare(meeting, current), DARK))
    colours = {f.charFormat().foreground().color().lightness() for f in fragments(document)}
    assert min(c for c in colours if c) > 128  # every coloured word readable on dark grey
