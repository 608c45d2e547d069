"""A search result in words: its meeting, title, place and snippet, the words found
highlighted and the user's text escaped, read out plainly; its height measured as its rich
text is laid out."""

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QTextDocument

from desktop_app.store.search import NoteHit
from desktop_app.ui.search.result_text import (
    MARK_STYLE,
    hit_height,
    hit_html,
    hit_words,
    meeting_line,
    snippet_html,
)


def a_hit(snippet: str = "…the «migration» data…", **changes) -> NoteHit:
    fields = dict(
        meeting_id="m1",
        symbol="WG/REL/2017/7",
        date=dt.date(2017, 8, 28),
        title="Chairperson's note on the meeting held on 28 August 2017",
        where="sub-item",
        item_id="s1",
        paragraph_id="p1",
        paragraph=26,
        place="sub-item (b) of paragraph 26",
        snippet=snippet,
        words=("migration",),
    )
    fields.update(changes)
    return NoteHit(**fields)


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def marked(html: str) -> list[str]:
    opening = f'<span style="{MARK_STYLE}">'
    return [part.split("</span>")[0] for part in html.split(opening)[1:]]


def test_a_result_names_its_meeting_its_place_and_its_words():
    hit = a_hit()
    html = hit_html(hit, "#666666")
    assert plain(html).splitlines() == [
        "WG/REL/2017/7 · 28 August 2017",
        "Chairperson's note on the meeting held on 28 August 2017",
        "Sub-item (b) of paragraph 26: …the migration data…",
    ]
    assert marked(html) == ["migration"]


def test_a_meeting_with_no_symbol_is_named_by_its_title():
    hit = a_hit(symbol="", date=None)
    assert meeting_line(hit) == "Chairperson's note on the meeting held on 28 August 2017"
    assert plain(hit_html(hit, "#666666")).count("Chairperson's note") == 1


def test_the_users_text_is_escaped():
    html = snippet_html("<b>bold</b> & «migration» <script>", ["migration"])
    assert plain(html) == "<b>bold</b> & migration <script>"
    assert marked(html) == ["migration"]


def test_french_guillemets_are_text_unless_they_hold_the_words_found():
    snippet = "Il a dit « nous verrons » sur la «migración» des données"
    html = snippet_html(snippet, ["migracion"])
    assert marked(html) == ["migración"]
    assert plain(html) == "Il a dit « nous verrons » sur la migración des données"


def test_a_phrase_and_a_prefix_are_marked_whole():
    assert marked(snippet_html("the «human rights» council", ["human rights"])) == ["human rights"]
    assert marked(snippet_html("«migrants» and «migration»", ["migra"])) == [
        "migrants",
        "migration",
    ]


def test_read_out_plainly():
    assert hit_words(a_hit()) == (
        "WG/REL/2017/7 · 28 August 2017, sub-item (b) of paragraph 26: …the migration data…"
    )


@pytest.mark.parametrize("width", [120, 200, 354])
@pytest.mark.parametrize(
    "snippet",
    [
        "…the «migration» data…",
        "…specific «migration»-related issues; however, IOM should still lead the coordination "
        "process on «migration» issues as the global lead agency on «migration»…",
        "La «migración» des données a été examinée « en détail » par le Comité contre la torture.",
    ],
)
def test_the_height_is_that_of_the_rich_text_laid_out(qtbot, snippet, width):
    hit = a_hit(snippet, words=("migration", "migración"))
    font = QFont()
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(hit_html(hit, "#666666", "A title on one line"))
    document.setTextWidth(width)
    assert hit_height(hit, font, width) == pytest.approx(document.size().height(), abs=1)
