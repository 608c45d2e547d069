"""The seed note and every corpus file import with the paragraphs, headings and footnotes
their sources hold (counts from tests/data/corpus/INDEX.md, words read off the sources)."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.model import Meeting
from desktop_app.formats.text_import import read_text
from tests.formats.text_import.corpus import corpus_file, imported, numbered, numbered_under

PARAGRAPHS = {"seed": 29, "01": 216, "02": 15, "03": 141, "04": 92, "05": 45, "06": 28}

# A sample of paragraphs per file with the words that follow their number in the source,
# picked by hand where a naive reading goes wrong (01's 7 after the agenda quoted in 6,
# 03's 5 after a page break, the paragraph after a numbered sub-heading).
FIRST_WORDS = {
    "seed": {
        1: "The meeting of the Working Group",
        12: "The Chairperson said",
        26: "The Chairperson thanked",
    },
    "01": {
        6: "At the same meeting, on the basis",
        7: "At its resumed 1st meeting",
        8: "The SBSTA considered this agenda sub-item",
        18: "As requested, the SBSTA",
        216: "In concluding, the Chair thanked",
    },
    "02": {
        1: "The second part of the forty-eighth",
        8: "Also at the 5th meeting",
        15: "The session of the SBI",
    },
    "03": {
        1: "The Working Group on the Universal",
        5: "The head of the delegation",
        141: "All conclusions",
    },
    "04": {
        1: "The Human Rights Council held",
        28: "During the ensuing first part",
        92: "At the same meeting",
    },
    "05": {
        1: "The first session of the Plenary",
        22: "The Plenary agreed",
        45: "After an exchange of courtesies",
    },
    "06": {
        1: "Sur l'invitation du Président",
        7: "Le système de traitement",
        28: "Il est vrai que",
    },
}


def source_openings(prefix: str, number: int) -> list[tuple[int, str]]:
    """Every line of the source numbered `number` ("N.", "(N)", "- N."): where it is, and the
    words after the number (on the next line when the number stands alone)."""
    lines = corpus_file(prefix).read_text(encoding="utf-8").splitlines()
    pattern = re.compile(rf"^\s*(?:-\s+)?(?:{number}\.|\({number}\))(?:\s+(\S.*))?$")
    openings = []
    for index, line in enumerate(lines):
        if found := pattern.match(line):
            rest = found[1] or next((later for later in lines[index + 1 :] if later.strip()), "")
            openings.append((index, " ".join(rest.split())))
    return openings


def first_words(text: str, count: int = 3) -> list[str]:
    return text.split()[:count]


@pytest.mark.parametrize("prefix", PARAGRAPHS)
def test_every_numbered_paragraph_of_the_source_is_found(prefix: str) -> None:
    assert len(numbered(imported(prefix).meeting)) == PARAGRAPHS[prefix]


@pytest.mark.parametrize("prefix", PARAGRAPHS)
def test_paragraph_n_begins_with_the_words_after_n_in_the_source(prefix: str) -> None:
    """Paragraph N begins as a line numbered N of the source does, that line coming after
    the one paragraph N - 1 begins as: the paragraphs are the source's, in its order."""
    paragraphs = numbered(imported(prefix).meeting)
    previous = -1
    for number, paragraph in enumerate(paragraphs, 1):
        words = first_words(paragraph.text.plain_text())
        openings = [
            (index, first_words(text))
            for index, text in source_openings(prefix, number)
            if index > previous
        ]
        matching = [index for index, opening in openings if opening == words]
        assert matching, f"{prefix} paragraph {number}: {words} not in {openings}"
        previous = matching[0]


@pytest.mark.parametrize("prefix", PARAGRAPHS)
def test_sampled_paragraphs_begin_as_read_off_the_source(prefix: str) -> None:
    paragraphs = numbered(imported(prefix).meeting)
    for number, words in FIRST_WORDS[prefix].items():
        assert paragraphs[number - 1].text.plain_text().startswith(words), (prefix, number)


def footnote_texts(meeting: Meeting, paragraph_index: int) -> list[str]:
    paragraph = numbered(meeting)[paragraph_index - 1]
    return [meeting.footnotes[fid].text.plain_text() for fid in paragraph.footnote_ids()]


def test_the_seed_has_its_two_headings_sub_items_and_footnote() -> None:
    meeting = imported("seed").meeting
    assert [item.title for item in meeting.agenda] == [
        "Update by the Senior Policy Adviser to the Director General on the global compact on"
        " migration and exchange of views",
        "IOM's future role",
    ]
    sub_items = numbered(meeting)[25].sub_items
    assert [item.text.plain_text().split()[:3] for item in sub_items] == [
        ["An", "update", "on"],
        ["A", "brief", "on"],
        ["A", "summary", "of"],
    ]
    assert footnote_texts(meeting, 4) == [
        "Originally planned to take place in Guadalajara, the stocktaking meeting will now be"
        " held in Puerto Vallarta."
    ]


# 01's contents table: each chapter I.–XIX. with the paragraphs it holds.
CHAPTERS_01 = [
    ("I.", 3), ("II.", 8), ("III.", 17), ("IV.", 16), ("V.", 8), ("VI.", 16), ("VII.", 12),
    ("VIII.", 10), ("IX.", 4), ("X.", 12), ("XI.", 26), ("XII.", 26), ("XIII.", 36),
    ("XIV.", 7), ("XV.", 3), ("XVI.", 6), ("XVII.", 1), ("XVIII.", 1), ("XIX.", 4),
]  # fmt: skip


def test_01_runs_1_to_216_under_its_nineteen_chapters() -> None:
    meeting = imported("01").meeting
    chapters = [(item.label, numbered_under(item)) for item in meeting.agenda]
    assert chapters == CHAPTERS_01
    assert meeting.agenda[0].title == "Opening of the session (Agenda item 1)"
    assert meeting.agenda[1].sub_items[0].title.startswith("Adoption of the agenda")


def test_02s_annex_restart_is_said_and_kept_apart_unnumbered() -> None:
    result = imported("02")
    assert any("restarts at 1 after paragraph 15" in warning for warning in result.warnings)
    annex = result.meeting.agenda[-1]
    assert annex.title.startswith("Annex")
    assert annex.paragraphs and not any(paragraph.numbered for paragraph in annex.paragraphs)
    assert annex.paragraphs[0].text.plain_text().startswith("1. This annex provides references")


# The footnotes of each source, by hand: marker, where its marker is, how its text begins.
FOOTNOTES = {
    "seed": [("1", "paragraph 4", "Originally planned to take place in Guadalajara")],
    "01": [],
    "02": [("a", "an unnumbered paragraph", "Different views have been expressed by Parties")],
    "03": [
        ("*", "title", "The annex is being circulated without formal editing"),
        ("1", "paragraph 3 (a)", "A/HRC/WG.6/48/SVN/1."),
        ("2", "paragraph 3 (b)", "A/HRC/WG.6/48/SVN/2."),
        ("3", "paragraph 3 (c)", "A/HRC/WG.6/48/SVN/3."),
    ],
    "04": [
        ("1", "paragraph 28 (a)", "Observer of the Human Rights Council speaking on behalf"),
        ("2", "paragraph 66 (a)", "Observer of the Human Rights Council speaking on behalf"),
    ],
    "05": [],
    "06": [("*", "title", "Le compte rendu analytique de la deuxième partie (privée)")],
}


@pytest.mark.parametrize("prefix", FOOTNOTES)
def test_the_footnotes_of_the_source_are_found_with_their_texts(prefix: str) -> None:
    found = [(f.marker, f.place, f.text) for f in imported(prefix).footnotes]
    assert [(marker, place) for marker, place, _ in found] == [
        (marker, place) for marker, place, _ in FOOTNOTES[prefix]
    ]
    for (_, _, text), (_, _, start) in zip(found, FOOTNOTES[prefix], strict=True):
        assert text.startswith(start)
    assert not any("has no marker" in warning for warning in imported(prefix).warnings)


def test_03s_footnote_texts_hang_on_the_sub_items_of_paragraph_3() -> None:
    meeting = imported("03").meeting
    paragraph = numbered(meeting)[2]
    notes = [
        [meeting.footnotes[fid].text.plain_text() for fid in item.text.footnote_ids()]
        for item in paragraph.sub_items
    ]
    assert notes == [["A/HRC/WG.6/48/SVN/1."], ["A/HRC/WG.6/48/SVN/2."], ["A/HRC/WG.6/48/SVN/3."]]


def test_05s_marker_with_no_note_text_is_warned_and_kept_as_text() -> None:
    result = imported("05")
    assert "the marker [1] has no note text: kept as text" in result.warnings
    assert not result.meeting.footnotes


@pytest.mark.parametrize(("prefix", "language"), [("06", "fr"), ("01", "en"), ("seed", "en")])
def test_the_language_is_read_off_the_text(prefix: str, language: str) -> None:
    assert imported(prefix).meeting.language == language


def test_06_has_the_two_headings_of_its_source() -> None:
    (examen,) = imported("06").meeting.agenda
    assert examen.title.startswith("EXAMEN DES RAPPORTS PRESENTES PAR LES ETATS PARTIES")
    assert examen.title.endswith("(point 4 de l'ordre du jour) (suite)")
    assert [sub.title for sub in examen.sub_items] == [
        "Deuxième rapport périodique du Danemark (suite) (CAT/C/17/Add.13; HRI/CORE/1/Add.58)"
    ]
    assert numbered_under(examen) == 28


def test_03s_headings_are_those_of_its_source() -> None:
    agenda = imported("03").meeting.agenda
    assert [(item.label, item.title) for item in agenda] == [
        ("", "Introduction"),
        ("I.", "Summary of the proceedings of the review process"),
        ("II.", "Conclusions and/or recommendations"),
        ("", "Annex Composition of the delegation"),
    ]
    assert [sub.title for sub in agenda[1].sub_items] == [
        "Presentation by the State under review",
        "Interactive dialogue and responses by the State under review",
    ]
    assert [numbered_under(item) for item in agenda] == [4, 135, 2, 0]


def test_03s_recommendations_140_1_to_140_254_follow_paragraph_140_unnumbered() -> None:
    meeting = imported("03").meeting
    section = meeting.agenda[2].paragraphs
    recommendations = [p for p in section if p.text.plain_text().startswith("140.")]
    assert len(recommendations) == 254
    assert not any(p.numbered for p in recommendations)
    assert recommendations[0].text.plain_text().startswith("140.1 Ratify the International")


@pytest.mark.parametrize("prefix", FOOTNOTES)
def test_no_number_in_the_text_is_taken_for_a_marker(prefix: str) -> None:
    """Each note is called once in these sources: as many markers as notes in the body."""
    meeting = imported(prefix).meeting
    markers = [
        fid for p in meeting.paragraphs() for text in p.texts() for fid in text.footnote_ids()
    ]
    in_body = [marker for marker, place, _ in FOOTNOTES[prefix] if place != "title"]
    assert len(markers) == len(in_body) == len(meeting.footnotes)


def test_03_without_layout_reads_as_with_it() -> None:
    """pdftotext without -layout: no indents, no runs of spaces; the same note comes in."""
    source = corpus_file("03").read_text(encoding="utf-8")
    flat = read_text("\n".join(" ".join(line.split()) for line in source.splitlines()))
    laid_out = imported("03")
    assert [p.text.plain_text() for p in numbered(flat.meeting)] == [
        p.text.plain_text() for p in numbered(laid_out.meeting)
    ]
    assert [(f.marker, f.place) for f in flat.footnotes] == [
        (f.marker, f.place) for f in laid_out.footnotes
    ]
    assert flat.meeting.title == laid_out.meeting.title
