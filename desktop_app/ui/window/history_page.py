"""The history of the note on screen in the window: File › History of this note (Ctrl+Alt+H)
shows its snapshots compared with the note as it is on screen; File › Take a snapshot now
keeps one; a snapshot restored becomes the note, the note as it was kept as a snapshot
first, and the meeting is opened again so that the editor shows it (its undo history starts
afresh, as when a meeting is opened). The dialog loads when it is first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.store.errors import LibraryError
from desktop_app.store.snapshots import ON_DEMAND, Snapshot
from desktop_app.ui.window.snapshots import note_on_screen
from desktop_app.ui.window.window_state import is_final

if TYPE_CHECKING:
    from desktop_app.ui.history.history_dialog import HistoryDialog
    from desktop_app.ui.window.main_window import MainWindow

FINAL_REFUSAL = "A final note cannot be restored: reopen it for editing first (File menu)."


class NoteHistory:
    """Shows the history dialog and carries out what is asked in it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: HistoryDialog | None = None
        window.actions.show_history.triggered.connect(self.show)
        window.actions.take_snapshot.triggered.connect(self.take_snapshot)

    def show(self) -> None:
        from desktop_app.ui.history.history_dialog import HistoryDialog

        w = self.window
        current = note_on_screen(w)
        if current is None or w.session is None:
            return
        meeting_id = current.id
        try:
            snapshots = w.library.snapshots.listed(meeting_id)
        except LibraryError as error:
            w.warn("Cannot show the history of the note", error.message)
            return
        dialog = HistoryDialog(
            w,
            current.symbol or current.title or "this note",
            snapshots,
            lambda snapshot_id: w.library.snapshots.meeting(meeting_id, snapshot_id),
            current,
            restore_refusal=self.restore_refusal(),
            snapshot_refusal=self.snapshot_refusal(),
        )
        dialog.restore_requested.connect(self.restore)
        dialog.snapshot_requested.connect(self.take_snapshot)
        dialog.finished.connect(lambda _: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def restore_refusal(self) -> str:
        """Why no snapshot can be restored now; "" when one can."""
        if self.window.library.read_only:
            reason = self.window.read_only_reason or "This library is open read-only."
            return f"{reason} No snapshot can be restored here."
        return FINAL_REFUSAL if is_final(self.window) else ""

    def snapshot_refusal(self) -> str:
        if self.window.library.read_only:
            reason = self.window.read_only_reason or "This library is open read-only."
            return f"{reason} No snapshot can be taken here."
        return ""

    def take_snapshot(self) -> Snapshot | None:
        """A snapshot of the note as on screen, kept even when nothing changed since the last."""
        w = self.window
        current = note_on_screen(w)
        if current is None or self.snapshot_refusal():
            return None
        try:
            taken = w.library.snapshots.take(current, ON_DEMAND, always=True)
            snapshots = w.library.snapshots.listed(current.id)
        except LibraryError as error:
            w.warn("Cannot take a snapshot", error.message)
            return None
        if self.dialog is not None and taken is not None:
            self.dialog.set_snapshots(snapshots, select=taken.id)
        w.statusBar().showMessage(
            "A snapshot of the note was kept (on demand): see File › History of this note.", 8000
        )
        return taken

    def restore(self, snapshot_id: str) -> bool:
        """The snapshot becomes the note; the window shows it as a meeting just opened."""
        w = self.window
        session = w.session
        if session is None or self.restore_refusal():
            return False
        meeting_id = session.meeting_id
        w.take_pending_edits()
        if not session.save_now():  # the store keeps the note as saved before it restores
            w.warn("Cannot restore the snapshot", "The note on screen could not be saved first.")
            return False
        try:
            kept, _ = w.library.snapshots.restore(meeting_id, snapshot_id)
        except LibraryError as error:
            w.warn("Cannot restore the snapshot", error.message)
            return False
        if self.dialog is not None:
            self.dialog.accept()
        w.meetings.open_meeting(meeting_id)
        kept_as = " The note as it was is kept in its history (before a restore)." if kept else ""
        w.statusBar().showMessage(f"The snapshot was restored.{kept_as}", 10000)
        return True

    def _forget(self, dialog: HistoryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
