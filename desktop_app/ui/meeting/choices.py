"""The questions the window asks about meetings: which to open, the details of a new one or
of this one; and the sample meeting. Each shows its dialog and returns the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core import clock
from desktop_app.core.meeting_series import MeetingDetails, apply_details, details_of
from desktop_app.core.model import Meeting, MeetingStatus, Paragraph
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.resource_files import resource_path
from desktop_app.store.library import Library
from desktop_app.ui.meeting.details_dialogs import MeetingDetailsDialog, OpenMeetingDialog

SAMPLE_MEETING = resource_path("sample-meeting.md")


def ask_meeting_to_open(parent: QWidget, library: Library) -> str | None:
    dialog = OpenMeetingDialog(parent, library.meetings())
    chosen = dialog.chosen_meeting_id() if dialog.exec() else None
    _dismiss(parent, dialog)
    return chosen


def ask_new_meeting(parent: QWidget, library: Library) -> Meeting | None:
    """A new meeting, its details continuing the series of its body; None if cancelled."""
    dialog = MeetingDetailsDialog.for_new_meeting(
        parent, latest_details_by_body(library), clock.today()
    )
    accepted = dialog.exec()
    details = dialog.details()
    _dismiss(parent, dialog)
    if not accepted:
        return None
    meeting = Meeting()
    apply_details(meeting, details)
    meeting.opening.append(Paragraph())
    return meeting


def ask_details(
    parent: QWidget, library: Library, details: MeetingDetails
) -> MeetingDetails | None:
    bodies = sorted({m.body for m in library.meetings() if m.body})
    dialog = MeetingDetailsDialog.for_existing(parent, details, bodies)
    accepted = dialog.exec()
    changed = dialog.details()
    _dismiss(parent, dialog)
    return changed if accepted else None


def sample_meeting() -> Meeting:
    """The Chairperson's note of 28 August 2017, as a draft to try the editor on (the note
    as issued is final, and a final note opens read-only); raises OSError or FormatError."""
    meeting = read_markdown(SAMPLE_MEETING.read_text(encoding="utf-8"), str(SAMPLE_MEETING))
    meeting.status = MeetingStatus.DRAFT
    return meeting


def latest_details_by_body(library: Library) -> dict[str, MeetingDetails]:
    """The details of the most recent meeting of each body in the library."""
    latest: dict[str, MeetingDetails] = {}
    for summary in library.meetings():  # most recent first
        if summary.body and summary.body not in latest:
            latest[summary.body] = details_of(library.load_meeting(summary.id))
    return latest


def _dismiss(parent: QWidget, dialog: QDialog) -> None:
    """Done with a dialog: the window is active again, whatever the platform does."""
    dialog.deleteLater()
    parent.activateWindow()
