"""The walk: which numbered lines are paragraphs, which lines are headings and sub-items."""

from __future__ import annotations

from desktop_app.core.model import Meeting
from tests.formats.text_import.texts import numbered_texts, read


def sub_items(meeting: Meeting, index: int) -> list[tuple[int, str]]:
    paragraph = [p for p in meeting.paragraphs() if p.numbered][index]
    return [(depth, item.text.plain_text()) for item, depth in paragraph.all_sub_items()]


def test_a_number_continuing_a_line_is_never_a_paragraph() -> None:
    result = read("""
        1. The Working Group held its session from 20 to 31 January
        2025. The review of Slovenia was held at the 13th meeting.
        2. The Working Group adopted the report.
        """)
    assert numbered_texts(result.meeting) == [
        "The Working Group held its session from 20 to 31 January 2025. The review of Slovenia"
        " was held at the 13th meeting.",
        "The Working Group adopted the report.",
    ]


def test_paragraphs_numbered_in_brackets_or_after_a_dash() -> None:
    brackets = read("(1) The Plenary opened its session.\n(2) The Plenary adopted its agenda.\n")
    dashes = read("- 1. The meeting opened.\n- 2. The meeting closed.\n")
    assert numbered_texts(brackets.meeting) == [
        "The Plenary opened its session.",
        "The Plenary adopted its agenda.",
    ]
    assert numbered_texts(dashes.meeting) == ["The meeting opened.", "The meeting closed."]


def test_lettered_sub_items_and_roman_ones_under_b() -> None:
    result = read("""
        1. The Group adopted the agenda:
        (a) Opening;
        (b) Matters:
        (i) first matter;
        (ii) second matter;
        (c) Other business.
        2. The Chair closed the session.
        """)
    assert sub_items(result.meeting, 0) == [
        (1, "Opening;"),
        (1, "Matters:"),
        (2, "first matter;"),
        (2, "second matter;"),
        (1, "Other business."),
    ]


def test_the_letter_i_between_h_and_j_is_a_letter_not_a_roman_one() -> None:
    letters = "abcdefghij"
    lines = "\n".join(f"({letter}) Speaker {letter.upper()};" for letter in letters)
    result = read(f"1. Statements were made by:\n{lines}\n2. The debate closed.\n")
    items = sub_items(result.meeting, 0)
    assert [depth for depth, _ in items] == [1] * 10
    assert items[8] == (1, "Speaker I;")


def test_chapter_section_and_agenda_item_headings() -> None:
    result = read("""
        I. Opening of the session
        (Agenda item 1)
        1. The session was opened by the Chair.
        II. Organizational matters
        (Agenda item 2)
        A. Adoption of the agenda
        2. The Group adopted its agenda.
        B. Organization of work
        3. The Group agreed on its programme of work.
        III. Closure of the session
        (Agenda item 3)
        4. The Chair closed the session.
        """)
    agenda = result.meeting.agenda
    assert [(item.label, item.title) for item in agenda] == [
        ("I.", "Opening of the session (Agenda item 1)"),
        ("II.", "Organizational matters (Agenda item 2)"),
        ("III.", "Closure of the session (Agenda item 3)"),
    ]
    assert [(item.label, item.title) for item in agenda[1].sub_items] == [
        ("A.", "Adoption of the agenda"),
        ("B.", "Organization of work"),
    ]
    assert len(numbered_texts(result.meeting)) == 4


def test_a_numbered_sub_heading_is_not_a_paragraph() -> None:
    result = read("""
        I. Research and systematic observation
        1. Proceedings
        1. The SBSTA considered this agenda item at its 1st meeting.
        2. Conclusions
        2. The SBSTA welcomed the report.
        """)
    (chapter,) = result.meeting.agenda
    assert [(item.label, item.title) for item in chapter.sub_items] == [
        ("1.", "Proceedings"),
        ("2.", "Conclusions"),
    ]
    assert numbered_texts(result.meeting) == [
        "The SBSTA considered this agenda item at its 1st meeting.",
        "The SBSTA welcomed the report.",
    ]


def test_a_restart_in_an_annex_is_kept_apart_and_said() -> None:
    result = read("""
        1. The Group met.
        2. The Group adopted its report.

        Annex

        1. This annex lists the documents.
        2. It was not edited.
        """)
    assert numbered_texts(result.meeting) == ["The Group met.", "The Group adopted its report."]
    annex = result.meeting.agenda[-1]
    assert annex.title == "Annex"
    assert [p.numbered for p in annex.paragraphs] == [False, False]
    assert any("restarts at 1 after paragraph 2" in warning for warning in result.warnings)


def test_a_list_quoted_inside_a_paragraph_does_not_take_the_numbers() -> None:
    result = read("""
        1. The Chair opened the session.
        2. The agenda was adopted as follows:
        1. Opening of the session.
        2. Organizational matters.
        3. Closure of the session.
        3. The Chair closed the session.
        """)
    assert numbered_texts(result.meeting) == [
        "The Chair opened the session.",
        "The agenda was adopted as follows:",
        "The Chair closed the session.",
    ]


def test_an_agenda_item_line_ends_its_heading_and_a_title_line_after_it_is_a_sub_heading() -> None:
    result = read("""
        1. The session was opened.
        II.\tOrganizational matters
        \t(Agenda item 2)
        \tOrganization of the work of the session
        \t\t(Agenda sub-item 2(b))
        2. The Body considered this sub-item.
        """)
    (chapter,) = result.meeting.agenda
    assert chapter.title == "Organizational matters (Agenda item 2)"
    assert [sub.title for sub in chapter.sub_items] == [
        "Organization of the work of the session (Agenda sub-item 2(b))"
    ]


def test_a_wrapped_heading_goes_on_but_a_sentence_after_it_does_not() -> None:
    result = read("""
        1. The Council met.

        Composition of staff of the Office of the United Nations High Commissioner for
        Human Rights
        2. At the 55th meeting, the representative of Cuba introduced the draft.

        Part II - Procedures for admission of observers
        The following admission process applies:
        3. Observers are admitted by the Plenary.
        """)
    assert [item.title for item in result.meeting.agenda] == [
        "Composition of staff of the Office of the United Nations High Commissioner for Human"
        " Rights",
        "Procedures for admission of observers",
    ]


def test_a_line_after_a_colon_is_part_of_the_paragraph_not_a_heading() -> None:
    result = read("""
        1. The draft was adopted by 24 votes to 19. The voting was as follows:
        Abstaining:
        Gabon, Ghana, Kenya, Paraguay
        2. At the same meeting, the representative of China spoke.
        """)
    assert result.meeting.agenda == []
    assert numbered_texts(result.meeting)[0].endswith("Abstaining: Gabon, Ghana, Kenya, Paraguay")


def test_a_lower_case_line_after_a_blank_carries_on_the_paragraph() -> None:
    result = read("""
        1. Le nombre de plaintes pour les

        années 1990-1993 s'établissant à 1 189, 1 143, 1144 et 1251, respectivement.
        2. La séance est levée.
        """)
    assert numbered_texts(result.meeting) == [
        "Le nombre de plaintes pour les années 1990-1993 s'établissant à 1 189, 1 143, 1144 et"
        " 1251, respectivement.",
        "La séance est levée.",
    ]
    assert result.meeting.language == "fr"


def test_an_annexs_parts_are_its_sub_headings() -> None:
    result = read("""
        Part I - Opening of the session
        1. The Plenary met.

        Annex I

        Part I - Scope
        (1) These rules apply to the sessions.

        Part II - Definitions
        (1) "Member" means a member of the Platform.

        Annex II

        Part I - Policy for admission of observers
        """)
    titles = [(item.title, [sub.title for sub in item.sub_items]) for item in result.meeting.agenda]
    assert titles == [
        ("Opening of the session", []),
        ("Annex I", ["Scope", "Definitions"]),
        ("Annex II", ["Policy for admission of observers"]),
    ]
