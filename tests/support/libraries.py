"""A library of unequal meetings: the sample meeting (WG/REL/2017/7, a draft, as the window's
"Open the sample meeting" adds it), two generated notes of another body in other years, and
a French one of a third body, final."""

import dataclasses
import datetime as dt
from pathlib import Path

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import (
    ActionItem,
    AgendaItem,
    Footnote,
    Meeting,
    MeetingStatus,
    Paragraph,
    SubItem,
)
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.store.library import Library
from tests.conftest import SAMPLE_NOTE
from tests.support.notes import generated_meeting

CAT = "Comité contre la torture"


def fill_library(library_path: Path) -> Path:
    sample = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    sample.status = MeetingStatus.DRAFT
    long_one = generated_meeting(120, 6, seed=40)  # 2020-02-10
    short_one = generated_meeting(9, 0, seed=400)  # 2021-02-04
    french = dataclasses.replace(
        generated_meeting(15, 1, seed=7),
        body=CAT,
        title="Compte rendu analytique de la 229e séance",
        symbol="CAT/C/SR.229",
        date=dt.date(1995, 5, 3),
        language="fr",
        status=MeetingStatus.FINAL,
    )
    list(french.paragraphs())[3].text = Inline.from_markup(
        "La migración des données a été examinée."
    )
    with Library.open(library_path) as library:
        for meeting in (sample, long_one, short_one, french):
            library.add_meeting(meeting)
    return library_path


# The next meeting of the sample's series, by hand: every place a word can stand, and text
# in the scripts search finds by substring.
CHINESE = "工作组审议了移民数据问题，并请秘书处提交报告。"
ARABIC = "ناقش الفريق العامل بيانات الهجرة والتعاون مع الأمم المتحدة."
JAPANESE = "作業部会は移住データの共有について議論した。"


def next_in_series() -> Meeting:
    footnote = Footnote(Inline.plain("Circulated to delegations as a conference room paper."))
    lettered = Paragraph(
        Inline.plain("The Working Group requested the Administration to prepare:"),
        sub_items=[
            SubItem(Inline.plain("A paper on migracion statistics;")),
            SubItem(
                Inline.plain("A review of partnerships, covering:"),
                sub_items=[
                    SubItem(Inline.plain("regional offices;")),
                    SubItem(Inline.plain("the quarterly staffing tables.")),
                ],
            ),
        ],
    )
    called = Paragraph(
        Inline(
            [
                Run("The Chairperson circulated an outline of the annual report."),
                FootnoteMarker(footnote.id),
            ]
        )
    )
    data = AgendaItem(
        title="Migration data and statistics",
        paragraphs=[
            Paragraph(Inline.plain("Delegations welcomed the data portal.")),
            Paragraph(Inline.plain(CHINESE)),
            Paragraph(Inline.plain(ARABIC)),
            lettered,
        ],
        sub_items=[
            AgendaItem(
                title="Partnerships",
                paragraphs=[
                    Paragraph(Inline.plain("Session break."), numbered=False),
                    Paragraph(Inline.plain(JAPANESE)),
                    called,
                ],
            )
        ],
    )
    return Meeting(
        body="Working Group on IOM–UN Relations and Related Issues",
        title="Chairperson's note on the meeting held on 16 October 2017",
        date=dt.date(2017, 10, 16),
        symbol="WG/REL/2017/8",
        opening=[
            Paragraph(Inline.plain("The meeting was opened by the Chairperson."), numbered=False),
            Paragraph(Inline.plain("The Chairperson recalled the meeting of 28 August 2017.")),
        ],
        agenda=[
            data,
            AgendaItem(
                title="Other business",
                paragraphs=[Paragraph(Inline.plain("No other business was raised."))],
            ),
        ],
        footnotes={footnote.id: footnote},
        action_items=[
            ActionItem(
                what="Circulate the quarterly statistics",
                owner="Secretariat",
                paragraph_id=lettered.id,
            )
        ],
    )


def fill_search_library(library_path: Path) -> Path:
    """fill_library's meetings, and the next meeting of the sample's series."""
    fill_library(library_path)
    with Library.open(library_path) as library:
        library.add_meeting(next_in_series())
    return library_path
