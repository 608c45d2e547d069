"""The new meeting and meeting details dialogs, driven from the keyboard."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.core.meeting_series import MeetingDetails
from desktop_app.core.model import MeetingStatus
from desktop_app.ui.meeting.date_field import DateField
from desktop_app.ui.meeting.details_dialogs import MeetingDetailsDialog

pytestmark = pytest.mark.on_several_days  # a new meeting is today's, whatever day that is

IOM = "Working Group on IOM–UN Relations and Related Issues"
CAT = "Comité contre la torture"
AUGUST_28 = dt.date(2017, 8, 28)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def previous_by_body():
    return {
        IOM: MeetingDetails(
            body=IOM,
            title="Chairperson's note on the meeting held on 28 August 2017",
            date=dt.date(2017, 8, 28),
            symbol="WG/REL/2017/7",
            place="Geneva",
            language="en",
            status=MeetingStatus.FINAL,
        ),
        CAT: MeetingDetails(
            body=CAT,
            title="Compte rendu analytique de la 229e séance",
            date=dt.date(2017, 5, 3),
            symbol="CAT/C/SR.229",
            place="Genève",
            language="fr",
            status=MeetingStatus.FINAL,
        ),
    }


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # so that a field given the focus has it
    return dialog


def field(dialog: QWidget, name: str) -> QWidget:
    """The control a screen reader announces as `name` (a combo box, not its text field)."""
    found = [
        w
        for w in dialog.findChildren(QWidget)
        if w.accessibleName() == name and w.parentWidget().accessibleName() != name
    ]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    assert isinstance(widget, QLineEdit | DateField)
    return widget.text()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def english_title(date: dt.date) -> str:
    return f"Chairperson's note on the meeting held on {long_date(date)}"


def ok_button(dialog: QDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key presses for each character, accented ones included (QTest only knows ASCII)."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select everything in the field and type over it, as a user would."""
    widget.setFocus()
    editor = focused()  # the text field of a combo box or of the date
    assert widget is editor or widget.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    if text:
        type_text(qtbot, editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)


# New meeting


def new_meeting(qtbot, previous_by_body, today) -> MeetingDetailsDialog:
    return shown(qtbot, MeetingDetailsDialog.for_new_meeting(None, previous_by_body, today))


def test_a_new_meeting_continues_the_series_of_the_latest_meeting(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    assert dialog.windowTitle() == "New meeting"
    assert text_of(field(dialog, "Body")) == IOM
    assert text_of(field(dialog, "Document symbol")) == "WG/REL/2017/8"
    assert text_of(field(dialog, "Place")) == "Geneva"
    assert text_of(field(dialog, "Date")) == long_date(today)
    assert text_of(field(dialog, "Title")) == english_title(today)
    assert not field(dialog, "Status").isVisible()
    assert ok_button(dialog).isEnabled()


def test_typing_another_known_body_fills_in_its_series(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Body"), CAT)
    assert text_of(field(dialog, "Document symbol")) == "CAT/C/SR.230"
    assert text_of(field(dialog, "Place")) == "Genève"
    assert text_of(field(dialog, "Language")) == "Français (fr)"
    assert text_of(field(dialog, "Title")) == (
        f"Note de la présidence sur la réunion du {long_date(today, 'fr')}"
    )


def test_a_body_typed_in_other_letter_case_is_the_known_body(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Body"), "comité contre la torture")
    assert text_of(field(dialog, "Document symbol")) == "CAT/C/SR.230"
    assert dialog.details().body == CAT


def test_a_new_body_starts_blank_but_keeps_what_the_user_typed(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Place"), "New York")
    retype(qtbot, field(dialog, "Body"), "Bureau of the Conference")
    assert text_of(field(dialog, "Document symbol")) == ""
    assert text_of(field(dialog, "Place")) == "New York"
    assert text_of(field(dialog, "Title")) == english_title(today)


def test_changing_the_date_suggests_the_title_again(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    date = field(dialog, "Date")
    date.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # a day later
    tomorrow = today + dt.timedelta(days=1)
    assert text_of(date) == long_date(tomorrow)
    assert text_of(field(dialog, "Title")) == english_title(tomorrow)


def test_a_title_the_user_typed_stays_when_the_date_changes(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Title"), "Informal consultations on the budget")
    retype(qtbot, field(dialog, "Date"), "28 August 2017")
    retype(qtbot, field(dialog, "Body"), CAT)
    assert text_of(field(dialog, "Title")) == "Informal consultations on the budget"
    assert dialog.details().date == AUGUST_28


def test_ok_waits_for_a_body_and_a_title_and_says_what_is_missing(qtbot, today):
    dialog = new_meeting(qtbot, {}, today)
    hint = field(dialog, "What is missing")
    assert isinstance(hint, QLabel)
    assert not ok_button(dialog).isEnabled()
    assert hint.isVisible()
    assert "body" in hint.text()

    retype(qtbot, field(dialog, "Body"), "Bureau of the Conference")
    assert ok_button(dialog).isEnabled()
    assert not hint.isVisible()

    retype(qtbot, field(dialog, "Title"), "")
    assert not ok_button(dialog).isEnabled()
    assert hint.text() == "A meeting needs a title."

    qtbot.keyClicks(field(dialog, "Title"), "Summary of the first meeting")
    assert ok_button(dialog).isEnabled()


def test_enter_creates_the_meeting_with_the_details_shown(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    title = field(dialog, "Title")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.details() == MeetingDetails(
        body=IOM,
        title=english_title(today),
        date=today,
        symbol="WG/REL/2017/8",
        place="Geneva",
        language="en",
        status=MeetingStatus.DRAFT,
    )


def test_enter_does_nothing_while_the_title_is_missing(qtbot, today):
    dialog = new_meeting(qtbot, {}, today)
    body = field(dialog, "Body")
    qtbot.keyClicks(body.lineEdit(), "Bureau")
    retype(qtbot, field(dialog, "Title"), "")
    qtbot.keyClick(field(dialog, "Title"), Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_escape_cancels(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    qtbot.keyClick(field(dialog, "Place"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


# The date


@pytest.mark.parametrize(
    "typed",
    [
        "28 August 2017",
        "28 Aug 2017",
        "28/08/2017",
        "2017-08-28",
        "28 août 2017",
        "28 de agosto de 2017",
    ],
)
def test_a_date_typed_over_the_date_shown_is_that_date_and_tab_goes_on(
    qtbot, previous_by_body, today, typed
):
    dialog = new_meeting(qtbot, previous_by_body, today)
    field(dialog, "Title").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # into the date, all of it selected
    date = field(dialog, "Date")
    assert date.isAncestorOf(focused())
    assert focused().selectedText() == long_date(today)
    type_text(qtbot, focused(), typed)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is field(dialog, "Document symbol")
    type_text(qtbot, focused(), "WG/REL/2017/7")  # over the symbol suggested
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    created = dialog.details()
    assert (created.date, created.symbol) == (AUGUST_28, "WG/REL/2017/7")
    assert created.title == "Chairperson's note on the meeting held on 28 August 2017"
    assert text_of(date) == "28 August 2017"  # as the note writes it, once left


def test_alt_d_selects_the_date_to_type_over(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    field(dialog, "Place").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_D, ALT)
    assert field(dialog, "Date").isAncestorOf(focused())
    type_text(qtbot, focused(), "3/9/2017")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.details().date == dt.date(2017, 9, 3)


def test_the_calendar_chooses_a_date_from_the_keyboard(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Date"), "28 August 2017")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    calendar = field(dialog, "Date").calendar()
    assert calendar.isVisible()
    assert calendar.selected_date() == AUGUST_28  # it opens on the date in the field
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
        qtbot.keyClick(focused(), key)  # a day on, a week on, a month on
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not calendar.isVisible()
    assert text_of(field(dialog, "Date")) == "5 October 2017"
    assert text_of(field(dialog, "Title")) == english_title(dt.date(2017, 10, 5))
    assert field(dialog, "Date").isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is field(dialog, "Document symbol")


def test_escape_closes_the_calendar_and_leaves_the_date_as_it_was(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    field(dialog, "Date").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    calendar = field(dialog, "Date").calendar()
    assert calendar.isVisible() and calendar.selected_date() == today
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert dialog.isVisible()  # Escape closed the calendar, not the dialog
    assert dialog.details().date == today


def test_an_empty_date_opens_the_calendar_on_today(qtbot, previous_by_body, today):
    details = previous_by_body[CAT]
    details.date = None
    dialog = shown(qtbot, MeetingDetailsDialog.for_existing(None, details, [CAT]))
    field(dialog, "Date").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert text_of(field(dialog, "Date")) == long_date(today)


def test_a_date_that_cannot_be_read_is_refused_and_kept(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    hint = field(dialog, "What is missing")
    retype(qtbot, field(dialog, "Date"), "31 Febuary 2017")
    assert not hint.isVisible()  # no message in the middle of typing
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert hint.isVisible()
    assert hint.text().startswith("“31 Febuary 2017” cannot be read as a date.")
    assert "28 August 2017" in hint.text() and "2017-08-28" in hint.text()
    assert not ok_button(dialog).isEnabled()
    assert text_of(field(dialog, "Date")) == "31 Febuary 2017"
    assert text_of(field(dialog, "Title")) == english_title(today)  # the last date read

    field(dialog, "Date").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)  # still not a date: still refused
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert hint.text().startswith("“31 Febuary 201” cannot be read as a date.")
    retype(qtbot, field(dialog, "Date"), "28 February 2017")
    assert not hint.isVisible() and ok_button(dialog).isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.details().date == dt.date(2017, 2, 28)


def test_leaving_a_date_that_cannot_be_read_says_so_at_once(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Date"), "28 August 17")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    hint = field(dialog, "What is missing")
    assert hint.isVisible() and "“28 August 17”" in hint.text()
    assert field(dialog, "Date").findChild(QLineEdit).accessibleDescription() == hint.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in the symbol
    assert dialog.isVisible()
    assert text_of(field(dialog, "Date")) == "28 August 17"


def test_an_emptied_date_is_no_date(qtbot, previous_by_body, today):
    dialog = new_meeting(qtbot, previous_by_body, today)
    retype(qtbot, field(dialog, "Date"), "")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.details().date is None
    assert dialog.details().title == english_title(today)  # a title is kept, not emptied


# Meeting details


def test_the_details_of_a_meeting_can_be_changed_status_included(qtbot, previous_by_body):
    details = previous_by_body[IOM]
    dialog = shown(qtbot, MeetingDetailsDialog.for_existing(None, details, [IOM, CAT]))
    assert dialog.windowTitle() == "Meeting details"
    assert text_of(field(dialog, "Status")) == "Final"
    status = field(dialog, "Status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Up)
    retype(qtbot, field(dialog, "Language"), "de")
    retype(qtbot, field(dialog, "Place"), "Geneva, Palais des Nations")
    qtbot.keyClick(field(dialog, "Place"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    changed = dialog.details()
    assert changed.status is MeetingStatus.DRAFT
    assert changed.language == "de"
    assert changed.place == "Geneva, Palais des Nations"
    assert changed.symbol == "WG/REL/2017/7"
    assert changed.date == AUGUST_28


def test_a_title_naming_its_date_follows_a_corrected_date(qtbot, previous_by_body):
    details = previous_by_body[IOM]
    dialog = shown(qtbot, MeetingDetailsDialog.for_existing(None, details, [IOM]))
    field(dialog, "Date").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # a day earlier
    assert dialog.details().title == "Chairperson's note on the meeting held on 27 August 2017"
    retype(qtbot, field(dialog, "Date"), "29.08.2017")
    assert dialog.details().title == "Chairperson's note on the meeting held on 29 August 2017"


def test_a_title_without_its_date_is_left_alone(qtbot, previous_by_body):
    details = previous_by_body[CAT]
    dialog = shown(qtbot, MeetingDetailsDialog.for_existing(None, details, [CAT]))
    field(dialog, "Date").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert dialog.details().title == "Compte rendu analytique de la 229e séance"
    assert dialog.details().date == dt.date(2017, 5, 2)


def test_a_meeting_without_a_date_keeps_none(qtbot, previous_by_body):
    details = previous_by_body[CAT]
    details.date = None
    dialog = shown(qtbot, MeetingDetailsDialog.for_existing(None, details, [CAT]))
    date = field(dialog, "Date")
    assert text_of(date) == ""
    assert date.findChild(QLineEdit).placeholderText() == "No date"
    qtbot.keyClick(field(dialog, "Place"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.details() == details


def test_every_control_has_a_name_for_screen_readers(qtbot, previous_by_body, today):
    dialogs = [
        MeetingDetailsDialog.for_new_meeting(None, previous_by_body, today),
        MeetingDetailsDialog.for_existing(None, previous_by_body[IOM], [IOM]),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        # The parts of a list are named by the list; a text field inside a combo box takes
        # the keyboard itself, so it needs its own name.
        compound = (QTreeWidget,)
        unnamed = [
            widget
            for widget in dialog.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisible()
            and not widget.accessibleName()
            and not isinstance(widget.parentWidget(), compound)
            and not isinstance(widget.parentWidget().parentWidget(), compound)
        ]
        assert unnamed == [], dialog.windowTitle()
