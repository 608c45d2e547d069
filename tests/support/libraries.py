"""A library of unequal meetings: the sample meeting (WG/REL/2017/7, a draft, as the window's
"Open the sample meeting" adds it), two generated notes of another body in other years, and
a French one of a third body, final."""

import dataclasses
import datetime as dt
from pathlib import Path

from desktop_app.core.inline import Inline
from desktop_app.core.model import MeetingStatus
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
