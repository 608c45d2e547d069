"""The main window: agenda (left), the note (centre), footnotes (below), action items
(right), and a status line that says "Saved" honestly.

This is where the panes are wired: each pane emits signals, and only the window calls the
others in answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import editing
from desktop_app.core.editing import EditError
from desktop_app.core.model import Meeting
from desktop_app.core.numbered import numbered_footnotes
from desktop_app.formats.errors import FormatError
from desktop_app.formats.export import ExportFormat
from desktop_app.store.backups import Backup
from desktop_app.store.errors import (
    LibraryError,
)
from desktop_app.store.library import Library
from desktop_app.ui.action_items.pane import ActionItemsPane
from desktop_app.ui.action_items.undo import ActionItemHistory
from desktop_app.ui.agenda.tree import AgendaTree
from desktop_app.ui.backups import ask_backup_to_restore
from desktop_app.ui.common.icons import icon
from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.find_bar import FindBar
from desktop_app.ui.editor.find_replace import Found, NoteFinder
from desktop_app.ui.editor.footnote_marker import MARKER_CHARACTER
from desktop_app.ui.editor.note_editor import NoteEditor
from desktop_app.ui.export.dialog import ExportChoice, ExportDialog, ExportJob, file_name_for
from desktop_app.ui.export.jobs import ExportJobs
from desktop_app.ui.footnotes.panel import FootnotePanel
from desktop_app.ui.meeting.choices import (
    ask_details,
    ask_meeting_to_open,
    ask_new_meeting,
    sample_meeting,
)
from desktop_app.ui.meeting.header import MeetingHeader, window_title
from desktop_app.ui.window.actions import WindowActions
from desktop_app.ui.window.banner import Banner
from desktop_app.ui.window.help_dialogs import show_about, show_shortcuts
from desktop_app.ui.window.session import MeetingSession
from desktop_app.ui.window.settings import WindowSettings
from desktop_app.ui.window.status_hints import CursorHints
from desktop_app.ui.window.welcome import WelcomePane


class MainWindow(QMainWindow):
    def __init__(self, library: Library, read_only_reason: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self._read_only_reason = read_only_reason
        self.session: MeetingSession | None = None
        self.ending = False  # the application must end now, with no question asked
        self.action_history = ActionItemHistory(self)
        self.exports = ExportJobs(self)
        self.settings = WindowSettings()
        self.setWindowIcon(icon("rapporteur"))
        self.resize(1280, 820)
        self._build_panes()
        self.actions = WindowActions(self)
        # Adding an agenda item works from anywhere in the window, at the cursor's section.
        for action, keys in (
            (self.agenda.add_item_action, "Ctrl+Alt+I"),
            (self.agenda.add_sub_item_action, "Ctrl+Alt+Shift+I"),
        ):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actions.build_menus(self.agenda.actions_for_menu(), self._pane_toggles())
        self.addToolBar(self.actions.build_toolbar())
        self._build_status_bar()
        self._connect()
        self._restore_window()
        self._show_read_only_reason()
        self._update_title()
        self._enable_meeting_actions(False)

    # Building

    def _build_panes(self) -> None:
        self.editor = NoteEditor(self)
        self.finder = NoteFinder(self.editor.note)
        self._footnotes_timer = QTimer(self, singleShot=True, interval=0)
        self._footnotes_timer.timeout.connect(self._refresh_footnotes)
        self.find_bar = FindBar(self)
        self.banner = Banner(self)
        self.meeting_header = MeetingHeader(self)
        note_area = QWidget(self)
        layout = QVBoxLayout(note_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self._page(), 1)
        layout.addWidget(self.find_bar)
        self.welcome = WelcomePane(self)
        self.welcome.set_library_path(self.library.path)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.welcome)
        self.centre.addWidget(note_area)
        self.setCentralWidget(self.centre)

        self.agenda = AgendaTree(self)
        self.footnotes = FootnotePanel(self)
        self.action_items = ActionItemsPane(self)
        self.agenda_dock = self._dock(
            "Agenda", "agendaDock", self.agenda, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.actions_dock = self._dock(
            "Action items",
            "actionItemsDock",
            self.action_items,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.footnotes_dock = self._dock(
            "Footnotes", "footnotesDock", self.footnotes, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.resizeDocks(
            [self.agenda_dock, self.actions_dock], [280, 330], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.footnotes_dock], [110], Qt.Orientation.Vertical)

    def _page(self) -> QFrame:
        """The title block and the note in one frame, as one page."""
        page = QFrame(self)
        page.setObjectName("notePage")
        page.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.meeting_header)
        layout.addWidget(self.editor, 1)
        return page

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _pane_toggles(self) -> list[QAction]:
        """View › Show …: one per pane (the docks' own would follow their changing titles)."""
        toggles = []
        for dock, text in (
            (self.agenda_dock, "Show the agenda &pane"),
            (self.footnotes_dock, "Show the footnotes pa&ne"),
            (self.actions_dock, "Show the action items pan&e"),
        ):
            toggle = QAction(text, self, checkable=True, checked=True)
            toggle.toggled.connect(dock.setVisible)
            dock.visibilityChanged.connect(
                lambda visible, toggle=toggle, dock=dock: toggle.setChecked(
                    visible or not dock.isHidden()
                )
            )
            toggles.append(toggle)
        return toggles

    def _build_status_bar(self) -> None:
        self.export_progress = QProgressBar(self)
        self.export_progress.setRange(0, 0)  # busy: the writers do not report steps
        self.export_progress.setMaximumWidth(160)
        self.export_progress.setAccessibleName("Export in progress")
        self.export_progress.hide()
        self.statusBar().addPermanentWidget(self.export_progress)
        self.saved_label = QLabel("", self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName("Save status")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.hints = CursorHints(self.statusBar(), self.editor)

    def _connect(self) -> None:
        a = self.actions
        a.new_meeting.triggered.connect(self.new_meeting)
        a.open_meeting.triggered.connect(self.choose_meeting)
        a.open_sample.triggered.connect(self.open_sample_meeting)
        a.save.triggered.connect(self.save)
        a.save_copy.triggered.connect(self.save_copy)
        a.restore_backup.triggered.connect(self.choose_backup)
        a.export.triggered.connect(self.export_note)
        a.details.triggered.connect(self.edit_details)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        a.cut.triggered.connect(self.editor.cut)
        a.copy.triggered.connect(self.editor.copy)
        a.paste.triggered.connect(self.editor.paste)
        a.select_all.triggered.connect(self.editor.selectAll)
        a.find.triggered.connect(self._open_find)
        a.replace.triggered.connect(lambda: self._open_find(replacing=True))
        a.bold.triggered.connect(self.editor.toggle_strong)
        a.italic.triggered.connect(self.editor.toggle_emphasis)
        a.footnote.triggered.connect(self.editor.insert_footnote)
        a.indent.triggered.connect(self.editor.indent)
        a.outdent.triggered.connect(self.editor.outdent)
        a.numbered.triggered.connect(self.editor.toggle_numbered)
        a.move_up.triggered.connect(lambda: self.editor.move_paragraph(-1))
        a.move_down.triggered.connect(lambda: self.editor.move_paragraph(1))
        a.delete_paragraph.triggered.connect(self.editor.delete_paragraph)
        a.new_action_item.triggered.connect(self.new_action_item)
        a.go_agenda.triggered.connect(lambda: self._focus(self.agenda_dock, self.agenda))
        a.go_note.triggered.connect(self.editor.setFocus)
        a.go_footnotes.triggered.connect(lambda: self._focus(self.footnotes_dock, self.footnotes))
        a.go_actions.triggered.connect(lambda: self._focus(self.actions_dock, self.action_items))
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self, self.findChildren(QAction)))
        a.about.triggered.connect(lambda: show_about(self, self.library.path))
        self.meeting_header.use_details_action(a.details)
        self.meeting_header.details_requested.connect(self.edit_details)

        self.exports.busy_changed.connect(self.export_progress.setVisible)
        self.exports.exported.connect(self._exported)
        self.exports.failed.connect(self._export_failed)

        self.welcome.new_meeting_requested.connect(self.new_meeting)
        self.welcome.open_sample_requested.connect(self.open_sample_meeting)
        self.find_bar.find_requested.connect(self._find)
        self.find_bar.replace_requested.connect(self._replace)
        self.find_bar.replace_all_requested.connect(self._replace_all)
        self.find_bar.closed.connect(self._find_bar_closed)

        note = self.editor.note
        note.structure_changed.connect(self._refresh_from_note)
        note.contentsChange.connect(self._note_changed)
        note.undoAvailable.connect(self._update_undo_actions)
        note.redoAvailable.connect(self._update_undo_actions)
        self.action_history.changed.connect(self._update_undo_actions)
        QApplication.instance().focusChanged.connect(self._update_undo_actions)
        self.editor.current_section_changed.connect(self.agenda.select_item)
        self.editor.footnote_inserted.connect(self._footnote_inserted)
        self.editor.message.connect(lambda text: self.hints.show(text, 6000))
        self.editor.cursorPositionChanged.connect(self._update_paragraph_actions)

        self.agenda.item_activated.connect(self._show_section)
        self.agenda.item_entered.connect(self._write_in_section)
        self.agenda.add_requested.connect(self._add_agenda_item)
        self.agenda.rename_requested.connect(self._rename_agenda_item)
        self.agenda.delete_requested.connect(self._delete_agenda_item)
        self.agenda.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.agenda.move_requested.connect(self._move_agenda_item)

        self.footnotes.footnote_edited.connect(note.set_footnote_text)
        self.footnotes.footnote_activated.connect(self.editor.show_footnote_marker)
        self.footnotes.editing_finished.connect(self._back_to_marker)

        self.action_items.action_item_changed.connect(self._change_action_item)
        self.action_items.action_item_deleted.connect(self._delete_action_item)
        self.action_items.undo_requested.connect(self._undo_action_item)
        self.action_items.redo_requested.connect(self._redo_action_item)
        self.action_items.new_undo_step.connect(self.action_history.new_step)
        self.action_items.action_item_activated.connect(self._show_action_source)
        self.action_items.title_changed.connect(self.actions_dock.setWindowTitle)

    # Opening meetings

    def start(self, meeting_reference: str | None = None) -> None:
        """Show the meeting asked for, else the last one open, else the welcome screen."""
        meeting_id = None
        if meeting_reference:
            found = self.library.find_meetings(meeting_reference)
            if len(found) != 1:
                self._warn(
                    "Meeting not found",
                    f"No single meeting matches '{meeting_reference}' in {self.library.path}.",
                )
            else:
                meeting_id = found[0].id
        if meeting_id is None:
            last = self.settings.last_meeting(self.library.path)
            if last and self.library.find_meetings(last):
                meeting_id = last
        if meeting_id is None:
            meetings = self.library.meetings()
            meeting_id = meetings[0].id if meetings else None
        if meeting_id:
            self.open_meeting(meeting_id, at_end=bool(meeting_reference))
        else:
            self.centre.setCurrentWidget(self.welcome)

    def open_meeting(self, meeting_id: str, at_end: bool = False) -> bool:
        if not self._leave_current_meeting():
            return False
        try:
            meeting = self.library.load_meeting(meeting_id)
        except LibraryError as error:
            self._warn("Cannot open the meeting", error.message)
            return False
        self._show_meeting(meeting)
        if at_end:
            self.editor.go_to_end()
        return True

    def _show_meeting(self, meeting: Meeting) -> None:
        session = MeetingSession(self.library, meeting, self.editor.note)
        self.session = session
        session.saved.connect(self._saved)
        session.save_failed.connect(self._save_failed)
        session.action_items_changed.connect(self._refresh_action_items)
        session.details_changed.connect(self._update_title)
        self.finder.forget()
        self.find_bar.close_bar()
        self.editor.setReadOnly(self.library.read_only)
        self.centre.setCurrentWidget(self.centre.widget(1))
        self.settings.set_last_meeting(self.library.path, meeting.id)
        self._refresh_from_note()
        self._refresh_action_items()
        self._update_title()
        self._enable_meeting_actions(True)
        self.saved_label.setText("Read-only" if self.library.read_only else "Saved")
        self.editor.go_to_end()
        self.editor.setFocus()

    def _leave_current_meeting(self) -> bool:
        """Save the meeting on screen before another takes its place."""
        if self.session is None:
            return True
        self._take_pending_edits()
        if not self.session.save_now():
            answer = QMessageBox.warning(
                self,
                "Not saved",
                "The meeting on screen could not be saved. Keep it open and try again?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self.session.close()
        self.session.deleteLater()
        self.session = None
        return True

    def choose_meeting(self) -> None:
        chosen = ask_meeting_to_open(self, self.library)
        if chosen:
            self.open_meeting(chosen)

    def new_meeting(self) -> None:
        if self.library.read_only:
            return
        meeting = ask_new_meeting(self, self.library)
        if meeting and self._add_to_library(meeting):
            self.open_meeting(meeting.id)

    def open_sample_meeting(self) -> None:
        """The Chairperson's note of 28 August 2017, added to the library once."""
        try:
            sample = sample_meeting()
        except (OSError, FormatError) as error:
            self._warn("Cannot open the sample meeting", str(error))
            return
        existing = [
            m for m in self.library.find_meetings(sample.symbol) if m.symbol == sample.symbol
        ]
        if existing:
            self.open_meeting(existing[0].id)
        elif self._add_to_library(sample):
            self.open_meeting(sample.id)

    def _add_to_library(self, meeting: Meeting) -> bool:
        try:
            self.library.add_meeting(meeting)
        except LibraryError as error:
            self._warn("Cannot add the meeting", error.message)
            return False
        return True

    def edit_details(self) -> None:
        if self.session is None or self.library.read_only:
            return
        details = ask_details(self, self.library, self.session.details())
        if details:
            self.session.set_details(details)

    # Saving

    def save(self) -> None:
        self._take_pending_edits()
        if self.session and self.session.save_and_flush():
            self.statusBar().showMessage("Saved.", 3000)

    def save_copy(self) -> None:
        """File › Save a copy of the library as…: everything, the unsaved changes included,
        goes to a new file, which the window then works on (the way out when the library's
        own file cannot be written)."""
        path, _ = QFileDialog.getSaveFileName(
            self, "Save a copy of the library", str(Path.home() / "library copy.rapporteur"),
            "Rapporteur library (*.rapporteur)",
        )  # fmt: skip
        if path:
            self.continue_in_copy(Path(path))

    def continue_in_copy(self, path: Path) -> bool:
        try:
            self.library.save_copy(path)
            copy = Library.open(path)
        except LibraryError as error:
            self._warn("Cannot save a copy", error.message)
            return False
        old, self.library = self.library, copy
        self.welcome.set_library_path(path)
        if self.session:
            self.session.library = copy
            self.session.failing = False
            self.session.save_now()
        old.close()
        self.statusBar().showMessage(
            f"The library was saved as {path}; you are working on it.", 8000
        )
        return True

    def choose_backup(self) -> None:
        """File › Restore from a backup…"""
        if self.library.read_only:
            reason = self._read_only_reason or "This library is open read-only."
            self._warn("Cannot restore a backup", f"{reason} A backup cannot be restored here.")
            return
        backup = ask_backup_to_restore(self, self.library.path)
        if backup and self._leave_current_meeting():
            self.restore_backup(backup)

    def restore_backup(self, backup: Backup) -> None:
        """Put the backup in place of the library (what it held kept as a backup), then show it."""
        try:
            restored = self.library.restore_backup(backup)
        except LibraryError as error:
            self._warn("Cannot restore the backup", error.message)
        else:
            message = "The backup was restored."
            if restored.kept_as:
                message += f" What the library held before is kept as {restored.kept_as.name}."
            self.statusBar().showMessage(message, 10000)
        self._enable_meeting_actions(False)
        self.start()

    # Exporting

    def export_note(self) -> None:
        if self.session is None:
            return
        folder, export_format, open_when_done = self.settings.export_preferences()
        dialog = ExportDialog(
            self,
            file_name_for(self.session.meeting),
            folder,
            ExportFormat(export_format)
            if export_format in set(ExportFormat)
            else ExportFormat.DOCX,
            open_when_done,
        )
        accepted = dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        self.activateWindow()
        if accepted:
            self.start_export(choice)

    def start_export(self, choice: ExportChoice) -> ExportJob | None:
        """Export in the background; the window goes on, and says when it is done."""
        if self.session is None:
            return None
        self.settings.set_export_preferences(
            choice.path.parent, choice.format.value, choice.open_when_done
        )
        self._take_pending_edits()
        snapshot = self.editor.note.to_meeting(self.session.meeting)
        snapshot.action_items = [replace(action) for action in snapshot.action_items]
        self.statusBar().showMessage(f"Exporting to {choice.path}…")
        return self.exports.start(snapshot, choice)

    def _exported(self, path: str, open_it: bool) -> None:
        self.statusBar().showMessage(f"Exported to {path}.", 10000)
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _export_failed(self, message: str) -> None:
        self.statusBar().showMessage("The export failed.", 10000)
        self._warn("Export failed", message)

    def _saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(f"Saved {when:%H:%M:%S}")
        self.saved_label.setToolTip(f"Everything is saved in {self.library.path}")
        if self.banner.kind == "error":
            self.banner.clear()
        if backup_problem := self.library.backups.take_problem():  # told once
            self.banner.show_notice(backup_problem)

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText("Not saved")
        self.banner.show_error(
            f"{message} Rapporteur keeps trying; your text is safe in this window."
        )

    # Keeping the panes in step with the note

    def _refresh_from_note(self) -> None:
        structure = self.editor.note.structure()
        self.agenda.set_agenda(structure.agenda)
        self.agenda.select_item(structure.section_at(self.editor.textCursor().blockNumber()))
        self._refresh_footnotes()
        self._refresh_action_items()
        self._update_paragraph_actions()

    def _refresh_footnotes(self) -> None:
        texts = self.editor.note.footnote_texts()
        numbers = self.editor.note.structure().footnote_numbers
        self.footnotes.set_footnotes(numbered_footnotes(numbers, texts))

    def _note_changed(self, position: int, removed: int, added: int) -> None:
        """A footnote's text changes in its marker (an undo, a replacement): the pane
        shows it once the change is done. Typing elsewhere costs nothing."""
        note = self.editor.note
        block, last = note.findBlock(position), note.findBlock(position + added)
        while block.isValid():
            if MARKER_CHARACTER in block.text():
                self._footnotes_timer.start()
                return
            if block == last:
                return
            block = block.next()

    def _refresh_action_items(self) -> None:
        if self.session:
            self.action_items.set_action_items(self.session.action_item_views())

    def _update_paragraph_actions(self) -> None:
        self.actions.numbered.setChecked(self.editor.current_kind() is BlockKind.PARAGRAPH)

    def _show_section(self, item_id: str) -> None:
        self.editor.go_to_section(item_id)

    @contextlib.contextmanager
    def _edit_refused_said(self) -> Iterator[None]:
        """A structural edit that the note does not allow is said on the status line."""
        try:
            yield
        except EditError as refusal:
            self.statusBar().showMessage(str(refusal), 6000)

    def _write_in_section(self, item_id: str) -> None:
        """Enter on an agenda item: the keyboard goes to the end of its section, to type on."""
        self._show_section(item_id)
        self.editor.setFocus()

    def _move_agenda_item(self, item_id: str, parent_id: str | None, index: int) -> None:
        """The note follows the moved section, so the agenda keeps it current: Alt+Up or
        Alt+Down again moves it on."""
        with self._edit_refused_said():
            self.editor.edit_meeting(
                lambda meeting: editing.move_agenda_item(meeting, item_id, parent_id, index)
            )
            self._show_section(item_id)

    def _rename_agenda_item(self, item_id: str, title: str) -> None:
        with self._edit_refused_said():
            self.editor.edit_meeting(
                lambda meeting: editing.rename_agenda_item(meeting, item_id, title)
            )

    def _add_agenda_item(self, parent_id: str | None, after_id: str | None) -> None:
        """A new agenda item, its title selected in the note to be typed over. An empty
        paragraph at the cursor, left by Enter, goes in the same step."""
        empty = self.editor.empty_paragraph_at_cursor()

        def add(meeting: Meeting) -> str:
            if empty:
                editing.delete_paragraph(meeting, empty)
            return editing.add_agenda_item(meeting, parent_id, after_id).id

        with self._edit_refused_said():
            item_id = self.editor.edit_meeting(add)
            self.editor.select_heading_title(item_id)
            self.editor.setFocus()
            self.hints.show("Type the agenda item's title, then Enter.")

    def _delete_agenda_item(self, item_id: str) -> None:
        entry = next((e for e in self.editor.note.structure().agenda if e.id == item_id), None)
        if entry is None:
            return
        kept = editing.deletion_outcome(self.editor.note_as_meeting(), item_id)
        answer = QMessageBox.question(
            self, "Delete agenda item", f"Delete the agenda item “{entry.title}”?\n\n{kept}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        self.activateWindow()
        if answer == QMessageBox.StandardButton.Yes:
            with self._edit_refused_said():
                self.editor.edit_meeting(
                    lambda meeting: editing.delete_agenda_item(meeting, item_id)
                )

    def _footnote_inserted(self, footnote_id: str) -> None:
        self._refresh_from_note()
        self.footnotes_dock.show()
        self.footnotes.edit_footnote(footnote_id)

    def _back_to_marker(self, footnote_id: str) -> None:
        self.editor.go_to_footnote_marker(footnote_id)
        self.editor.setFocus()

    # Action items

    def new_action_item(self) -> None:
        if self.session is None or self.library.read_only:
            return
        paragraph_id = self.editor.current_paragraph_id()
        what = self.editor.selected_text_or_paragraph()
        action_id = self.session.add_action_item(what, paragraph_id)
        self.actions_dock.show()
        self.action_items.edit_what(action_id)

    def _change_action_item(self, action_id: str, field: str, value: object) -> None:
        if self.session:
            self.action_history.change(self.session, action_id, field, value)

    def _delete_action_item(self, action_id: str) -> None:
        if self.session:
            self.action_history.delete(self.session, action_id)

    def _undo(self) -> None:
        """Edit › Undo takes back the last change of the pane the user is in."""
        if self._in_action_items():
            self._undo_action_item()
        else:
            self.editor.undo_change()

    def _redo(self) -> None:
        if self._in_action_items():
            self._redo_action_item()
        else:
            self.editor.redo_change()

    def _in_action_items(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.action_items.isAncestorOf(focus)

    def _undo_action_item(self) -> None:
        if self.session and not self.library.read_only:
            self.action_history.undo(self.session)

    def _redo_action_item(self) -> None:
        if self.session and not self.library.read_only:
            self.action_history.redo(self.session)

    def _show_action_source(self, action_id: str) -> None:
        action = self.session.action_item(action_id) if self.session else None
        if action and action.paragraph_id:
            self.editor.go_to_entity(action.paragraph_id)

    # Finding

    def _open_find(self, replacing: bool = False) -> None:
        """Ctrl+F, and Ctrl+H with the replace row; the words selected are the ones to find."""
        self._take_pending_edits()
        words = self.editor.textCursor().selectedText()
        replacing = replacing and not self.library.read_only
        self.find_bar.open_bar(words if "\u2029" not in words else "", replacing)

    def _find(self, words: str, direction: int) -> None:
        cursor, case = self.editor.textCursor(), self.find_bar.match_case.isChecked()
        self._show_found(self.finder.find(words, direction, cursor, case))

    def _replace(self, words: str, replacement: str) -> None:
        if self.editor.isReadOnly():
            return
        cursor, case = self.editor.textCursor(), self.find_bar.match_case.isChecked()
        found = self.finder.replace(words, replacement, cursor, case)
        self._refresh_footnotes()
        self._show_found(found)

    def _replace_all(self, words: str, replacement: str) -> None:
        if self.editor.isReadOnly():
            return
        count = self.finder.replace_all(words, replacement, self.find_bar.match_case.isChecked())
        self._refresh_footnotes()
        self.footnotes.clear_found()
        self.find_bar.show_replaced(count)

    def _show_found(self, found: Found) -> None:
        """The words found selected in the note; in a footnote, its marker highlighted in
        the note and the words in the footnotes pane. The keyboard stays in the find bar."""
        self.footnotes.clear_found()
        match = found.match
        if match is not None and match.footnote_id:
            self.editor.show_footnote_marker(match.footnote_id)
            self.footnotes_dock.show()
            self.footnotes.show_found(match.footnote_id, match.start, match.end)
        elif match is not None:
            self.editor.setTextCursor(self.finder.cursor_for(match))
            self.editor.ensureCursorVisible()
        self.find_bar.show_count(found.number, found.count)

    def _find_bar_closed(self) -> None:
        self.footnotes.clear_found()
        self.editor.setFocus()

    # Window state

    def _update_title(self) -> None:
        if self.session:
            details = self.session.details()
            suffix = " (read-only)" if self.library.read_only else ""
            self.setWindowTitle(f"{window_title(details)}{suffix} — Rapporteur")
            self.meeting_header.show_details(details)
        else:
            self.setWindowTitle("Rapporteur")

    def _enable_meeting_actions(self, enabled: bool) -> None:
        for action in self.actions.meeting_actions():
            action.setEnabled(enabled)
        if self.library.read_only:
            for action in self.actions.editing_actions():
                action.setEnabled(False)
            self.actions.new_meeting.setEnabled(False)
            self.actions.open_sample.setEnabled(False)
        self.agenda.set_read_only(self.library.read_only or not enabled)
        self.footnotes.set_read_only(self.library.read_only)
        self.find_bar.set_read_only(self.library.read_only)
        self.action_items.set_read_only(self.library.read_only)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        """Edit › Undo and Redo follow the pane the user is in: the note or the action items."""
        if self.session is None or self.library.read_only:
            undo = redo = False
        elif self._in_action_items():
            undo = self.action_history.can_undo(self.session)
            redo = self.action_history.can_redo(self.session)
        else:
            undo = self.editor.note.isUndoAvailable()
            redo = self.editor.note.isRedoAvailable()
        self.actions.undo.setEnabled(undo)
        self.actions.redo.setEnabled(redo)

    def _show_read_only_reason(self) -> None:
        reason = self._read_only_reason or "This library is open read-only."
        shown = [reason] if self.library.read_only else []
        shown += self.library.notices  # what opening did beside the file: a -wal set aside
        if shown:
            self.banner.show_notice(" ".join(shown))

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_everything(self) -> bool:
        """Everything typed written to the library and made durable (closing, the end of the
        application); True when it is, or when there is nothing this window can write."""
        self._take_pending_edits()
        if self.session is None or self.library.read_only:
            return True
        return self.session.save_and_flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_everything() and not self.ending:
            answer = QMessageBox.warning(
                self,
                "Not saved",
                "The latest changes could not be saved. Close anyway and lose them?",
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self.session:
            self.session.close()
            self.session = None
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.exports.is_busy():
            self.statusBar().showMessage("Finishing the export…")
            self.exports.finish_all()
        event.accept()

    def _take_pending_edits(self) -> None:
        """Words typed in a pane and not yet handed to the note join it now."""
        self.footnotes.send_pending_edit()

    def _focus(self, dock: QDockWidget, widget: QWidget) -> None:
        dock.show()
        dock.raise_()
        widget.setFocus()

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
        self.activateWindow()
