"""The meeting's body, title, symbol and date stand above the note and name the window, in the
meeting's language, and follow the meeting details and the meeting on screen."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, MeetingStatus, Paragraph
from tests.ui.keyboard import type_text
from tests.ui.real_note import BODY

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TITLE = "Chairperson's note on the meeting held on 28 August 2017"


def header_texts(window) -> list[str]:
    """What the title block shows, top to bottom, as a screen reader names each line."""
    header = window.meeting_header
    return [
        f"{label.accessibleName()}: {label.text()}"
        for label in (header.body, header.title, header.symbol)
        if label.isVisible()
    ]


def french_meeting(status: MeetingStatus = MeetingStatus.DRAFT) -> Meeting:
    return Meeting(
        body="Comité contre la torture",
        title="Compte rendu analytique de la 229e séance",
        date=dt.date(2017, 5, 1),
        symbol="CAT/C/SR.229",
        place="Genève",
        language="fr",
        status=status,
        opening=[Paragraph(Inline.plain("La séance est ouverte à 10 heures."))],
    )


def test_the_sample_meeting_is_named_above_the_note_and_in_the_window_title(sample_window):
    assert header_texts(sample_window) == [
        f"Body: {BODY}",
        f"Title: {TITLE}",
        "Symbol and date: WG/REL/2017/7 · 28 August 2017",
    ]
    # The note as issued is final; the window adds it as a draft, to try the editor on.
    assert sample_window.meeting_header.draft.isVisible()
    assert not sample_window.meeting_header.final.isVisible()
    assert sample_window.windowTitle() == f"WG/REL/2017/7 · {TITLE} — Rapporteur"
    header = sample_window.meeting_header
    assert header.geometry().bottom() < sample_window.editor.geometry().top()
    assert header.isAncestorOf(header.details_button) and header.details_button.isEnabled()


def test_a_french_draft_shows_its_date_in_french_and_says_it_is_a_draft(sample_window):
    meeting = french_meeting()
    sample_window.library.add_meeting(meeting)
    sample_window.open_meeting(meeting.id)
    assert header_texts(sample_window) == [
        "Body: Comité contre la torture",
        "Title: Compte rendu analytique de la 229e séance",
        "Symbol and date: CAT/C/SR.229 · 1er mai 2017 · Genève",
    ]
    assert sample_window.meeting_header.draft.isVisible()
    assert sample_window.windowTitle().startswith("CAT/C/SR.229 · Compte rendu analytique")

    sample_window.open_sample_meeting()  # back to the sample: its own details again
    assert header_texts(sample_window)[1] == f"Title: {TITLE}"


def change_in_details_dialog(qtbot, field_name: str, text: str) -> None:
    """In the Meeting details dialog now open: retype a field, then Enter."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    field = next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == field_name)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def change_details(qtbot, window, field_name: str, text: str) -> None:
    """Ctrl+Alt+D in the note, then a field retyped in Meeting details, then Enter."""
    window.editor.setFocus()
    QTimer.singleShot(0, lambda: change_in_details_dialog(qtbot, field_name, text))
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL | ALT)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_changing_the_meeting_details_changes_the_title_block_and_the_window_title(
    qtbot, sample_window
):
    change_details(qtbot, sample_window, "Place", "Geneva")
    assert (
        header_texts(sample_window)[2] == "Symbol and date: WG/REL/2017/7 · 28 August 2017 · Geneva"
    )

    header = sample_window.meeting_header  # a double-click on it opens Meeting details too
    QTimer.singleShot(
        0, lambda: change_in_details_dialog(qtbot, "Document symbol", "WG/REL/2017/7/Rev.1")
    )
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=header.title.geometry().center())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sample_window)
    assert header_texts(sample_window)[2].startswith("Symbol and date: WG/REL/2017/7/Rev.1 · ")
    assert sample_window.windowTitle().startswith("WG/REL/2017/7/Rev.1 · Chairperson's note")


def test_a_read_only_library_shows_the_details_and_offers_no_change(qtbot, read_only_sample_window):
    window = read_only_sample_window
    assert header_texts(window)[1] == f"Title: {TITLE}"
    assert not window.meeting_header.details_button.isEnabled()
    header = window.meeting_header
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=header.rect().center())
    assert QApplication.activeModalWidget() is None  # no dialog to change them
