"""The meeting open in the window, and its saving: every change reaches the library within a
second of being made, also while the user keeps typing, in a small transaction, and a failed
write loses nothing.

The note's text lives in the editor's document; the meeting's details and action items live
here. A save writes only what changed: the edited paragraphs when nothing moved, otherwise
whatever the comparison of the whole meeting finds.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from desktop_app.core import clock
from desktop_app.core.ids import new_id
from desktop_app.core.inline import Inline
from desktop_app.core.meeting_series import MeetingDetails, apply_details, details_of
from desktop_app.core.model import ActionItem, ActionStatus, Footnote, Meeting, Paragraph
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.core.outline import Outline
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from desktop_app.store.snapshots import EDITING, EDITING_INTERVAL

SAVE_DELAY_MS = 300  # after the last keystroke: a pause in typing is saved at once
# From the first unsaved change, whatever follows: keystrokes do not push it back. Well under
# a second, so that a busy event loop still leaves every change in the file within one.
LONGEST_UNSAVED_MS = 700
RETRY_DELAY_MS = 3000


class SavedNote(Protocol):
    """What the session needs of the note being edited (the editor's document is one)."""

    changed_ids: set[str]  # the blocks edited since the last save
    structure_changed_since_save: bool

    @property
    def contentsChanged(self) -> SignalInstance: ...

    def load(self, meeting: Meeting) -> None: ...

    def structure(self) -> Outline: ...

    def to_meeting(self, template: Meeting) -> Meeting: ...

    def paragraph(self, paragraph_id: str) -> tuple[Paragraph, dict[str, Inline]] | None: ...

    def mark_saved(self) -> None: ...


class MeetingSession(QObject):
    """Signals: saved (when), save_failed (a message to show), action_items_changed."""

    saved = Signal(object)  # datetime of the save
    save_failed = Signal(str)
    action_items_changed = Signal()
    details_changed = Signal()

    def __init__(
        self, library: Library, meeting: Meeting, note: SavedNote, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.meeting = meeting
        self.note = note
        self.read_only = library.read_only
        self.failing = False
        self._meeting_changed = False  # details or action items
        self._after_typing = self._save_timer(SAVE_DELAY_MS)
        self._deadline = self._save_timer(LONGEST_UNSAVED_MS)
        self._retry = self._save_timer(RETRY_DELAY_MS)
        self.longest_save_seconds = 0.0  # for the benchmarks: the longest pause a save made
        self._known_paragraphs: set[str] | None = None  # those of self.meeting
        self._next_snapshot = clock.now() + EDITING_INTERVAL  # of ten minutes' editing
        if not self.read_only:
            # On failure SQLite checkpoints as it commits: slower saves, nothing lost.
            with contextlib.suppress(LibraryError):
                library.checkpoint_in_background()
        note.load(meeting)
        note.contentsChanged.connect(self._changed)
        _set_aside_what_was_loaded()

    def _save_timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=interval_ms)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(self.save_now)
        return timer

    def _stop_timers(self) -> None:
        for timer in (self._after_typing, self._deadline, self._retry):
            timer.stop()

    def close(self) -> None:
        """Stop watching the note (another meeting is about to be shown in it)."""
        self._stop_timers()
        self.note.contentsChanged.disconnect(self._changed)

    # What the window shows

    @property
    def meeting_id(self) -> str:
        return self.meeting.id

    def details(self) -> MeetingDetails:
        return details_of(self.meeting)

    def action_item_views(self) -> list[NumberedActionItem]:
        """In the order of the paragraphs they come from; those from none (or from a
        paragraph since deleted) last, each group in the order they were made."""
        structure = self.note.structure()
        places = structure.positions
        unlinked = len(structure.rows)
        in_order = sorted(
            self.meeting.action_items,
            key=lambda a: places.get(a.paragraph_id or "", unlinked),
        )
        return [
            NumberedActionItem.of(a, structure.paragraph_number(a.paragraph_id)) for a in in_order
        ]

    def action_item(self, action_item_id: str) -> ActionItem | None:
        return next((a for a in self.meeting.action_items if a.id == action_item_id), None)

    @property
    def has_unsaved_changes(self) -> bool:
        note = self.note
        return bool(note.changed_ids or note.structure_changed_since_save or self._meeting_changed)

    # Changes that are not in the note's text

    def set_details(self, details: MeetingDetails) -> None:
        apply_details(self.meeting, details)
        self._meeting_changed = True
        self.details_changed.emit()
        self._changed()

    def add_action_item(self, what: str, paragraph_id: str | None) -> str:
        action = ActionItem(what=what, paragraph_id=paragraph_id, id=new_id())
        self.meeting.action_items.append(action)
        self._action_items_edited()
        return action.id

    def change_action_item(self, action_item_id: str, field: str, value: object) -> None:
        action = self.action_item(action_item_id)
        if action is None or field not in {"what", "owner", "due", "status"}:
            return
        if field == "status":
            value = ActionStatus(str(value))
        elif isinstance(value, str):
            value = " ".join(value.split())
        if getattr(action, field) != value:
            setattr(action, field, value)
            self._action_items_edited()

    def delete_action_item(self, action_item_id: str) -> None:
        self.meeting.action_items = [a for a in self.meeting.action_items if a.id != action_item_id]
        self._action_items_edited()

    def restore_action_item(self, position: int, action: ActionItem) -> None:
        """Put a deleted action item back where it was (undo)."""
        items = self.meeting.action_items
        items.insert(min(position, len(items)), action)
        self._action_items_edited()

    def take_statuses(self, item_ids: Iterable[str], status: ActionStatus) -> None:
        """Items marked in the library itself (the tracker, a whole chain at once): the
        meeting here says so too, so that its next save writes nothing old back."""
        wanted = set(item_ids)
        marked = [a for a in self.meeting.action_items if a.id in wanted and a.status != status]
        for action in marked:
            action.status = status
        if marked:
            self.action_items_changed.emit()

    def _action_items_edited(self) -> None:
        self._meeting_changed = True
        self.action_items_changed.emit()
        self._changed()

    # Saving

    def _changed(self) -> None:
        if self.read_only or self.failing:
            return  # a failed save is retried on its own timer, not at every keystroke
        self._after_typing.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def save_now(self) -> bool:
        """Write what changed; True when everything is in the file."""
        if self.read_only:
            return False
        self._stop_timers()
        if not self.has_unsaved_changes:
            return True
        started = time.perf_counter()
        try:
            self._write()
        except LibraryError as error:
            self.failing = True
            self._retry.start()
            self.save_failed.emit(error.message)
            return False
        finally:
            self.longest_save_seconds = max(
                self.longest_save_seconds, time.perf_counter() - started
            )
        self.failing = False
        self._keep_editing_snapshot()
        self.saved.emit(clock.now())
        return True

    def _keep_editing_snapshot(self) -> None:
        """At most every ten minutes of editing, the note as saved kept as a snapshot: a way
        back from a morning's mistake (see rapporteur history). Its failure loses nothing."""
        if clock.now() < self._next_snapshot:
            return
        self._next_snapshot = clock.now() + EDITING_INTERVAL
        with contextlib.suppress(LibraryError):
            self.library.snapshots.take(self.note.to_meeting(self.meeting), EDITING)

    def save_and_flush(self) -> bool:
        """Ctrl+S and closing: everything written and made durable."""
        if not self.save_now():
            return False
        try:
            self.library.flush()
        except LibraryError as error:
            self.save_failed.emit(error.message)
            return False
        return True

    def _write(self) -> None:
        note = self.note
        edited = (
            None
            if (note.structure_changed_since_save or self._meeting_changed)
            else (self._edited_paragraphs())
        )
        if edited is None:
            meeting = note.to_meeting(self.meeting)
            self.library.save_meeting(meeting)
            self.meeting = meeting
            self._known_paragraphs = None
        else:
            paragraphs, footnotes = edited
            self.library.save_edits(self.meeting, paragraphs, footnotes)
        note.mark_saved()
        self._meeting_changed = False

    def _edited_paragraphs(self) -> tuple[list[Paragraph], list[Footnote]] | None:
        """The paragraphs whose text changed, when nothing else did; None otherwise."""
        structure = self.note.structure()
        if self._known_paragraphs is None:
            self._known_paragraphs = {p.id for p in self.meeting.paragraphs()}
        known = self._known_paragraphs
        paragraph_ids: dict[str, None] = {}
        for entity_id in self.note.changed_ids:
            number = structure.positions.get(entity_id)
            if number is None:
                continue  # gone since: then the structure changed too
            owner = structure.rows[number].paragraph_id
            if owner is None or owner not in known:
                return None
            paragraph_ids[owner] = None
        paragraphs = []
        footnotes: list[Footnote] = []
        for paragraph_id in paragraph_ids:
            found = self.note.paragraph(paragraph_id)
            if found is None:
                return None
            paragraph, texts = found
            paragraphs.append(paragraph)
            for footnote_id, text in texts.items():
                footnote = Footnote(text, footnote_id)
                self.meeting.footnotes[footnote_id] = footnote
                footnotes.append(footnote)
        return paragraphs, footnotes


def _set_aside_what_was_loaded() -> None:
    """Keep the cyclic garbage collector away from the meeting just loaded (and the window
    around it): a full collection walks every object, about 80 ms for a note of 1,000
    paragraphs, a pause a typist feels when it falls in an autosave. The previous meeting's
    objects, if one was open, are let go first and collected once here, where opening takes
    longer anyway; the first meeting of a start has none, and is shown without that pause."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()
