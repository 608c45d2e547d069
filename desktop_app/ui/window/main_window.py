"""The main window: agenda (left), the note (centre), footnotes (below), action items
(right), and a status line that says "Saved" honestly.

The window composes the panes and wires their signals here, pane by pane: each pane emits
signals, and only the window calls the others in answer. What it does in answer lives in
modules of its own: the meeting's life cycle (meetings), the library file (library_files),
the library view (library_page, library_edits), export, find and replace, the agenda's
requests, Edit › Undo and the action items (undo_routing), the docks, closing …"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from desktop_app.store.library import Library
from desktop_app.ui.action_items.pane import ActionItemsPane
from desktop_app.ui.action_items.undo import ActionItemHistory
from desktop_app.ui.agenda.tree import AgendaTree
from desktop_app.ui.common.icons import icon
from desktop_app.ui.editor.find_bar import FindBar
from desktop_app.ui.editor.note_editor import NoteEditor
from desktop_app.ui.export.jobs import ExportJobs
from desktop_app.ui.footnotes.panel import FootnotePanel
from desktop_app.ui.meeting.header import MeetingHeader
from desktop_app.ui.window.actions import WindowActions
from desktop_app.ui.window.agenda_requests import AgendaRequests
from desktop_app.ui.window.banner import Banner
from desktop_app.ui.window.closing import close_window, save_everything
from desktop_app.ui.window.docks import column_of, dock_panes, focus_pane, note_page, pane_toggles
from desktop_app.ui.window.exporting import Exporting
from desktop_app.ui.window.final_note import reopen_for_editing
from desktop_app.ui.window.finding import Finding
from desktop_app.ui.window.help_dialogs import show_about, show_shortcuts
from desktop_app.ui.window.history_page import NoteHistory
from desktop_app.ui.window.importing import Importing
from desktop_app.ui.window.library_files import LibraryFiles
from desktop_app.ui.window.library_page import LibraryPage
from desktop_app.ui.window.meetings import MeetingLife
from desktop_app.ui.window.next_meeting import NextMeeting
from desktop_app.ui.window.search_page import SearchPage
from desktop_app.ui.window.session import MeetingSession
from desktop_app.ui.window.settings import WindowSettings
from desktop_app.ui.window.status_line import build_status_line
from desktop_app.ui.window.tracker_page import TrackerPage
from desktop_app.ui.window.undo_routing import UndoRouting
from desktop_app.ui.window.welcome import WelcomePane
from desktop_app.ui.window.window_state import (
    enable_meeting_actions,
    restore_window,
    show_read_only_reason,
)

if TYPE_CHECKING:  # the export dialog loads when it is first opened
    from desktop_app.ui.export.dialog import ExportChoice
    from desktop_app.ui.export.jobs import ExportJob
    from desktop_app.ui.library.library_view import LibraryView


class MainWindow(QMainWindow):
    # The window's commands by name; QWidget.actions() (the list) is not used on the window.
    actions: WindowActions  # type: ignore[assignment]

    def __init__(self, library: Library, read_only_reason: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.read_only_reason = read_only_reason
        self.session: MeetingSession | None = None
        self.ending = False  # the application must end now, with no question asked
        self.action_history = ActionItemHistory(self)
        self.exports = ExportJobs(self)
        self.settings = WindowSettings()
        self.meetings = MeetingLife(self)
        self.files = LibraryFiles(self)
        self.exporting = Exporting(self)
        self.finding = Finding(self)
        self.agenda_requests = AgendaRequests(self)
        self.undo = UndoRouting(self)
        self.setWindowIcon(icon("rapporteur"))
        self.resize(1280, 820)
        self._build_panes()
        self.note_commands = self.editor.bring_commands(self)
        self.actions = WindowActions(
            self, self.note_commands, self.action_items.new_action_item_action
        )
        toggles = pane_toggles(self, [
            (self.agenda_dock, "Show the agenda &pane"),
            (self.footnotes_dock, "Show the footnotes pa&ne"),
            (self.actions_dock, "Show the action items pan&e"),
        ])  # fmt: skip
        self.actions.build_menus(self.agenda.actions_for_menu(), toggles)
        self.addToolBar(self.actions.build_toolbar())
        self.export_progress, self.saved_label, self.hints = build_status_line(self, self.editor)
        self.library_page = LibraryPage(self)
        self.tracker_page, self.next_meeting = TrackerPage(self), NextMeeting(self)
        self.search_page = SearchPage(self)  # Ctrl+Shift+F: search all meetings
        self.history = NoteHistory(self)
        self.importing = Importing(self)
        self._connect()
        restore_window(self)
        show_read_only_reason(self)
        self.meetings.show_title()
        enable_meeting_actions(self, False)

    @property
    def library_view(self) -> LibraryView:
        return self.library_page.view

    # Building

    def _build_panes(self) -> None:
        self.editor = NoteEditor(self)
        self.find_bar = FindBar(self)
        self.banner = Banner(self)
        self.meeting_header = MeetingHeader(self)
        page = note_page(self, self.meeting_header, self.editor)
        note_area = column_of(self, [page, self.find_bar], stretching=page)
        self.welcome = WelcomePane(self)
        self.welcome.set_library_path(self.library.path)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.welcome)
        self.centre.addWidget(note_area)
        # The banner above every page: a read-only library says so on the library view too.
        self.setCentralWidget(column_of(self, [self.banner, self.centre], stretching=self.centre))

        self.agenda = AgendaTree(self)
        self.footnotes = FootnotePanel(self)
        self.action_items = ActionItemsPane(self)
        self.agenda_dock, self.actions_dock, self.footnotes_dock = dock_panes(
            self, self.agenda, self.action_items, self.footnotes
        )

    # Wiring, pane by pane

    def _connect(self) -> None:
        self._connect_file_commands()
        self._connect_view_commands()
        self._connect_editor()
        self._connect_agenda()
        self._connect_footnotes()
        self._connect_action_items()
        self.welcome.new_meeting_requested.connect(self.meetings.new_meeting)
        self.welcome.open_sample_requested.connect(self.meetings.open_sample_meeting)
        self.meeting_header.use_details_action(self.actions.details)
        self.meeting_header.use_reopen_action(self.actions.reopen)
        self.meeting_header.details_requested.connect(self.meetings.edit_details)
        self.exports.busy_changed.connect(self.export_progress.setVisible)
        self.exports.exported.connect(self.exporting.exported)
        self.exports.failed.connect(self.exporting.export_failed)

    def _connect_file_commands(self) -> None:
        a = self.actions
        a.new_meeting.triggered.connect(self.meetings.new_meeting)
        a.open_meeting.triggered.connect(self.meetings.choose_meeting)
        a.open_sample.triggered.connect(self.meetings.open_sample_meeting)
        a.save.triggered.connect(self.files.save)
        a.save_copy.triggered.connect(self.files.save_copy)
        a.restore_backup.triggered.connect(self.files.choose_backup)
        a.export.triggered.connect(self.exporting.export_note)
        a.details.triggered.connect(self.meetings.edit_details)
        a.reopen.triggered.connect(lambda: reopen_for_editing(self))
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo.undo)
        a.redo.triggered.connect(self.undo.redo)

    def _connect_view_commands(self) -> None:
        a = self.actions
        a.go_agenda.triggered.connect(lambda: focus_pane(self.agenda_dock, self.agenda))
        a.go_note.triggered.connect(self.editor.setFocus)
        a.go_footnotes.triggered.connect(lambda: focus_pane(self.footnotes_dock, self.footnotes))
        a.go_actions.triggered.connect(lambda: focus_pane(self.actions_dock, self.action_items))
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self, self.findChildren(QAction)))
        a.about.triggered.connect(lambda: show_about(self, self.library.path))

    def _connect_editor(self) -> None:
        editor, find_bar = self.editor, self.find_bar
        self.note_commands.find.triggered.connect(self.finding.open_find)
        self.note_commands.replace.triggered.connect(lambda: self.finding.open_find(True))
        find_bar.find_requested.connect(self.finding.find)
        find_bar.replace_requested.connect(self.finding.replace)
        find_bar.replace_all_requested.connect(self.finding.replace_all)
        find_bar.closed.connect(self.finding.closed)
        editor.structure_changed.connect(self.refresh_from_note)
        editor.footnote_texts_changed.connect(self.refresh_footnotes)
        editor.undoAvailable.connect(self.undo.update_actions)
        editor.redoAvailable.connect(self.undo.update_actions)
        self.action_history.changed.connect(self.undo.update_actions)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self.undo.update_actions)
        editor.current_section_changed.connect(self.agenda.select_item)
        editor.footnote_inserted.connect(self._footnote_inserted)
        editor.message.connect(lambda text: self.hints.show(text, 6000))

    def _connect_agenda(self) -> None:
        agenda, requests = self.agenda, self.agenda_requests
        agenda.item_activated.connect(self.editor.go_to_section)
        agenda.item_entered.connect(requests.write_in_section)
        agenda.add_requested.connect(requests.add)
        agenda.rename_requested.connect(requests.rename)
        agenda.delete_requested.connect(requests.delete)
        agenda.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        agenda.move_requested.connect(requests.move)

    def _connect_footnotes(self) -> None:
        self.footnotes.footnote_edited.connect(self.editor.set_footnote_text)
        self.footnotes.footnote_activated.connect(self.editor.show_footnote_marker)
        self.footnotes.editing_finished.connect(self._back_to_marker)

    def _connect_action_items(self) -> None:
        pane = self.action_items
        pane.action_item_changed.connect(self.undo.change_action_item)
        pane.action_item_deleted.connect(self.undo.delete_action_item)
        pane.undo_requested.connect(self.undo.undo_action_item)
        pane.redo_requested.connect(self.undo.redo_action_item)
        pane.new_undo_step.connect(self.action_history.new_step)
        pane.action_item_activated.connect(self.undo.show_action_source)
        pane.title_changed.connect(self.actions_dock.setWindowTitle)
        self.actions.new_action_item.triggered.connect(self.undo.new_action_item)

    # What the tests and the application ask of the window

    def start(self, meeting_reference: str | None = None) -> None:
        self.meetings.start(meeting_reference)

    def open_meeting(self, meeting_id: str, at_end: bool = False) -> bool:
        return self.meetings.open_meeting(meeting_id, at_end)

    def open_sample_meeting(self) -> None:
        self.meetings.open_sample_meeting()

    def continue_in_copy(self, path: Path) -> bool:
        return self.files.continue_in_copy(path)

    def start_export(self, choice: ExportChoice) -> ExportJob | None:
        return self.exporting.start_export(choice)

    # Keeping the panes in step with the note

    def refresh_from_note(self) -> None:
        self.agenda.set_agenda(self.editor.agenda())
        self.agenda.select_item(self.editor.current_section())
        self.refresh_footnotes()
        self.refresh_action_items()

    def refresh_footnotes(self) -> None:
        self.footnotes.set_footnotes(self.editor.footnotes())

    def refresh_action_items(self) -> None:
        if self.session:
            self.action_items.set_action_items(self.session.action_item_views())

    def _footnote_inserted(self, footnote_id: str) -> None:
        self.refresh_from_note()
        self.footnotes_dock.show()
        self.footnotes.edit_footnote(footnote_id)

    def _back_to_marker(self, footnote_id: str) -> None:
        self.editor.go_to_footnote_marker(footnote_id)
        self.editor.setFocus()

    # Closing

    def save_everything(self) -> bool:
        return save_everything(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        close_window(self, event)

    def take_pending_edits(self) -> None:
        """Words typed in a pane and not yet handed to the note join it now."""
        self.footnotes.send_pending_edit()

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
        self.activateWindow()
