"""The next meeting of a series starts from the last one: its title block, its agenda's
headings, an opening paragraph naming the last note, and the requests still open."""

import datetime as dt

import pytest

from desktop_app.core.inline import Inline
from desktop_app.core.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.core.next_meeting import (
    next_date,
    next_meeting,
    opening_text,
    short_name,
    usual_interval,
)
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from tests.conftest import SAMPLE_NOTE

AUGUST_28 = dt.date(2017, 8, 28)
SEPTEMBER_4 = dt.date(2017, 9, 4)
SAMPLE_OPENING = (
    "The Working Group had before it the Chairperson's note on the meeting held on "
    "28 August 2017 (WG/REL/2017/7)."
)
CAT = "Comité contre la torture"


@pytest.fixture
def sample() -> Meeting:
    return read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def french_meeting() -> Meeting:
    """A French meeting of two agenda items, one with sub-items, and three requests."""
    denmark = Paragraph(Inline.plain("M. Reimann (Danemark) appelle l'attention du Comité."))
    question = Paragraph(Inline.plain("Le Président invite la délégation à répondre."))
    return Meeting(
        body=CAT,
        title="Note de la présidence sur la réunion du 14 novembre 1995",
        date=dt.date(1995, 11, 14),
        symbol="CAT/C/SR.229",
        place="Genève",
        language="fr",
        status=MeetingStatus.FINAL,
        opening=[Paragraph(Inline.plain("La séance est ouverte à 15 heures."))],
        agenda=[
            AgendaItem(
                "Examen des rapports présentés par les États parties",
                label="4.",
                paragraphs=[denmark],
                sub_items=[
                    AgendaItem("Deuxième rapport périodique du Danemark", paragraphs=[question])
                ],
            ),
            AgendaItem("Questions diverses", label="5."),
        ],
        action_items=[
            ActionItem("Communiquer les statistiques demandées", "Danemark", "", ActionStatus.OPEN),
            ActionItem("Traduire le rapport", "Secrétariat", "", ActionStatus.DONE),
            ActionItem(
                "Répondre par écrit aux questions du Comité",
                "Danemark",
                "avant la seizième session",
                paragraph_id=question.id,
            ),
        ],
    )


# The title block


def test_the_next_meeting_continues_the_title_block_of_the_sample(sample):
    meeting = next_meeting(sample)
    assert (meeting.body, meeting.language, meeting.place) == (sample.body, "en", sample.place)
    assert meeting.symbol == "WG/REL/2017/8"
    assert meeting.date == SEPTEMBER_4  # a week on: the series has one meeting
    assert meeting.title == "Chairperson's note on the meeting held on 4 September 2017"
    assert meeting.status is MeetingStatus.DRAFT
    assert meeting.id != sample.id


def test_the_date_given_is_the_date_and_names_the_title():
    meeting = next_meeting(french_meeting(), dt.date(1995, 12, 1))
    assert meeting.date == dt.date(1995, 12, 1)
    assert meeting.title == "Note de la présidence sur la réunion du 1er décembre 1995"
    assert (meeting.symbol, meeting.place, meeting.language) == ("CAT/C/SR.230", "Genève", "fr")


def test_the_usual_interval_of_the_series_gives_the_date(sample):
    assert next_meeting(sample, interval=dt.timedelta(days=56)).date == dt.date(2017, 10, 23)


def test_the_usual_interval_is_the_median_gap_between_meetings():
    dates = [dt.date(2017, 3, 6), dt.date(2017, 7, 3), AUGUST_28, dt.date(2017, 5, 8)]
    # gaps of 63, 56 and 56 days
    assert usual_interval(dates) == dt.timedelta(days=56)
    two_on_a_day = [dt.date(2017, 7, 3), dt.date(2017, 7, 3), AUGUST_28]
    assert usual_interval(two_on_a_day) == dt.timedelta(days=56)


def test_with_fewer_than_two_days_there_is_no_usual_interval():
    assert usual_interval([AUGUST_28, AUGUST_28]) is None
    assert usual_interval([]) is None


def test_without_a_previous_date_the_next_meeting_is_today(today):
    assert next_date(None) == today
    assert next_date(AUGUST_28) == SEPTEMBER_4


# The agenda


def test_the_agenda_s_headings_are_copied_without_their_paragraphs(sample):
    meeting = next_meeting(sample)
    assert [item.title for item in meeting.agenda] == [item.title for item in sample.agenda]
    assert [item.title for item in meeting.agenda] == [
        "Update by the Senior Policy Adviser to the Director General on the global compact "
        "on migration and exchange of views",
        "IOM's future role",
    ]
    assert all(not item.paragraphs for item, _ in meeting.agenda_items())
    assert [p.text.plain_text() for p in meeting.paragraphs()] == [SAMPLE_OPENING]


def test_agenda_sub_items_and_labels_are_copied_with_new_ids():
    previous = french_meeting()
    meeting = next_meeting(previous)
    headings = [(i.label, i.title, p and p.title) for i, p in meeting.agenda_items()]
    assert headings == [
        ("4.", "Examen des rapports présentés par les États parties", None),
        ("", "Deuxième rapport périodique du Danemark", headings[0][1]),
        ("5.", "Questions diverses", None),
    ]
    old_ids = {item.id for item, _ in previous.agenda_items()}
    assert not old_ids & {item.id for item, _ in meeting.agenda_items()}
    assert len(list(meeting.paragraphs())) == 1


# The opening paragraph


def test_the_opening_paragraph_names_the_previous_note_in_english(sample):
    meeting = next_meeting(sample)
    (opening,) = meeting.opening
    assert opening.text.plain_text() == SAMPLE_OPENING
    assert opening.numbered and number_meeting(meeting).paragraphs[opening.id] == 1
    assert meeting.background_documents == [
        "Chairperson's note on the meeting held on 28 August 2017 (WG/REL/2017/7)"
    ]


def test_the_opening_paragraph_of_a_french_meeting_is_in_french():
    meeting = next_meeting(french_meeting())
    assert meeting.opening[0].text.plain_text() == (
        "La réunion était saisie du document intitulé «\u00a0Note de la présidence sur la "
        "réunion du 14 novembre 1995\u00a0» (CAT/C/SR.229)."
    )
    assert meeting.background_documents == [
        "Note de la présidence sur la réunion du 14 novembre 1995 (CAT/C/SR.229)"
    ]


def test_the_opening_paragraph_in_spanish_and_without_a_symbol():
    title = "Nota de la Presidencia sobre la reunión celebrada el 3 de julio de 2017"
    assert opening_text("Grupo de Trabajo", "es", title, "") == (
        f"La reunión tuvo ante sí el documento titulado “{title}”."
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Working Group on IOM–UN Relations and Related Issues", "Working Group"),
        ("Subsidiary Body for Scientific and Technological Advice", "Subsidiary Body"),
        ("The Conference of the Parties", "Conference"),
        ("Committee against Torture", "Committee against Torture"),
        ("", "meeting"),
    ],
)
def test_the_body_is_named_by_its_short_name(body, name):
    assert short_name(body) == name


# The action items


def test_every_open_action_item_is_carried_over_as_a_new_one(sample):
    sample.action_items[1].status = ActionStatus.DONE  # the oral update (paragraph 27)
    sample.action_items[2].status = ActionStatus.DROPPED  # the analysis (paragraph 18)
    meeting = next_meeting(sample)
    carried = meeting.action_items
    # in the order of the note: paragraphs 18, 26 and 28
    originals = [sample.action_items[i] for i in (3, 0, 4)]
    assert [a.continues_id for a in carried] == [a.id for a in originals]
    assert [(a.what, a.owner, a.due) for a in carried] == [
        (a.what, a.owner, a.due) for a in originals
    ]
    assert all(a.status is ActionStatus.OPEN and a.paragraph_id is None for a in carried)
    assert not {a.id for a in carried} & {a.id for a in sample.action_items}
    assert (
        carried[0].what
        == "Produce a short briefing note on the migration data IOM currently produces"
    )


def test_an_item_carried_twice_continues_the_one_carried_once():
    first = french_meeting()
    second = next_meeting(first)
    third = next_meeting(second)
    assert [a.what for a in third.action_items] == [
        "Répondre par écrit aux questions du Comité",
        "Communiquer les statistiques demandées",
    ]
    by_id = {a.id: a for a in [*first.action_items, *second.action_items]}
    for item in third.action_items:
        middle = by_id[item.continues_id or ""]
        assert middle in second.action_items
        assert by_id[middle.continues_id or ""] in first.action_items
    assert third.symbol == "CAT/C/SR.231"
    assert third.opening[0].text.plain_text().endswith("(CAT/C/SR.230).")


def test_a_sub_item_s_request_is_carried_like_any_other():
    previous = french_meeting()
    inner = SubItem(Inline.plain("les conditions de détention;"))
    previous.opening[0].sub_items.append(inner)
    previous.action_items.append(
        ActionItem("Visiter les lieux", "Rapporteur", paragraph_id=inner.id)
    )
    carried = next_meeting(previous).action_items
    assert carried[0].what == "Visiter les lieux"  # from paragraph 1, the first in the note
