"""The questions the window asks about meetings, each on a real library: which meeting to
open, the details of a new one (continuing its body's series) or of this one; the sample."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QTreeWidget, QWidget

from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails, details_of
from desktop_app.core.model import Meeting, MeetingStatus, Paragraph
from desktop_app.store.library import Library
from desktop_app.ui.meeting.choices import (
    ask_details,
    ask_meeting_to_open,
    ask_new_meeting,
    latest_details_by_body,
    sample_meeting,
)
from tests.conftest import FIXED_TODAY

IOM = "Working Group on IOM–UN Relations and Related Issues"
CAT = "Committee against Torture"


def meeting(body: str, date: dt.date, symbol: str, place: str = "Geneva") -> Meeting:
    return Meeting(
        body=body,
        title=f"Note on the meeting of {date:%d %B %Y}",
        date=date,
        symbol=symbol,
        place=place,
        language="en",
        status=MeetingStatus.FINAL,
        opening=[Paragraph(Inline.plain("The Chair opened the meeting."))],
    )


JULY = meeting(IOM, dt.date(2017, 7, 3), "WG/REL/2017/6")
AUGUST = meeting(IOM, dt.date(2017, 8, 28), "WG/REL/2017/7")
MAY = meeting(CAT, dt.date(2017, 5, 3), "CAT/C/SR.229", "Palais Wilson")
LUNCH = meeting("", dt.date(2017, 9, 1), "")


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with Library.open(library_path) as opened:
        for each in (JULY, AUGUST, MAY, LUNCH):
            opened.add_meeting(each)
        yield opened


@pytest.fixture
def parent(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer(qtbot, how: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the dialog about to be shown as a user would; the dialogs seen."""
    seen: list[QDialog] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(10, when_shown)
            return
        seen.append(dialog)
        how(dialog)

    QTimer.singleShot(0, when_shown)
    return seen


def key(qtbot, key: Qt.Key) -> Callable[[QDialog], None]:
    return lambda dialog: qtbot.keyClick(QApplication.focusWidget() or dialog, key)


def test_the_sample_meeting_is_the_chairpersons_note_of_28_august_2017():
    sample = sample_meeting()
    assert (sample.symbol, sample.date) == ("WG/REL/2017/7", dt.date(2017, 8, 28))
    assert sample.body == IOM
    assert sample.title.startswith("Chairperson")
    assert len(sample.agenda) == 2 and sample.footnotes and sample.action_items


def test_each_body_continues_from_its_latest_meeting(library):
    assert latest_details_by_body(library) == {
        IOM: details_of(AUGUST),
        CAT: details_of(MAY),
    }  # the lunch, of no body, starts no series


def test_a_new_meeting_continues_the_series_of_the_latest_meeting(qtbot, library, parent):
    seen = answer(qtbot, key(qtbot, Qt.Key.Key_Return))
    created = ask_new_meeting(parent, library)
    assert len(seen) == 1
    assert created is not None
    assert (created.body, created.symbol, created.place) == (IOM, "WG/REL/2017/8", "Geneva")
    assert (created.date, created.status) == (FIXED_TODAY, MeetingStatus.DRAFT)
    assert [p.text for p in created.opening] == [Inline()]  # one empty paragraph to type in
    assert created.agenda == []


def test_a_new_meeting_cancelled_is_none(qtbot, library, parent):
    answer(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert ask_new_meeting(parent, library) is None
    assert len(library.meetings()) == 4


def test_the_details_dialog_offers_the_librarys_bodies_and_returns_the_changes(
    qtbot, library, parent
):
    offered: list[str] = []

    def change_the_place(dialog: QDialog) -> None:
        body = next(w for w in dialog.findChildren(QComboBox) if w.accessibleName() == "Body")
        offered.extend(body.itemText(i) for i in range(body.count()))
        place = next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == "Place")
        place.setFocus()
        place.selectAll()
        qtbot.keyClicks(place, "Palais des Nations")
        qtbot.keyClick(place, Qt.Key.Key_Return)

    answer(qtbot, change_the_place)
    changed = ask_details(parent, library, details_of(JULY))
    assert offered == [CAT, IOM]  # each body once, in order
    assert changed == MeetingDetails(**{**vars(details_of(JULY)), "place": "Palais des Nations"})
    answer(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert ask_details(parent, library, details_of(JULY)) is None


def test_open_lists_the_librarys_meetings_and_returns_the_one_chosen(qtbot, library, parent):
    listed: list[str] = []

    def choose_august(dialog: QDialog) -> None:
        tree = dialog.findChild(QTreeWidget)
        listed.extend(tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount()))
        qtbot.keyClicks(dialog.focusWidget(), "2017/7")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer(qtbot, choose_august)
    assert ask_meeting_to_open(parent, library) == AUGUST.id
    assert listed == ["", "WG/REL/2017/7", "WG/REL/2017/6", "CAT/C/SR.229"]
    answer(qtbot, key(qtbot, Qt.Key.Key_Escape))
    assert ask_meeting_to_open(parent, library) is None
