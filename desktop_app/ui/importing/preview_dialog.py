"""The import preview: what was recognised in one file or pasted text before anything is
saved. The title block in fields to correct, the counts, the headings with their paragraph
ranges, what to check, and the first paragraphs' opening words. Import saves the meeting;
a symbol already in the library is said here, and the dialog stays open with what was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import clock
from desktop_app.core.model import Meeting
from desktop_app.formats.importing import ImportedNote
from desktop_app.store.errors import LibraryError
from desktop_app.ui.importing.outline import (
    Heading,
    counts,
    first_paragraphs,
    format_name,
    outline,
)
from desktop_app.ui.meeting.date_field import DateField

# Writes the meeting to the library; raises LibraryError (a symbol taken, a full disk).
SaveMeeting = Callable[[Meeting], None]


class ImportPreviewDialog(QDialog):
    """The note recognised in `note`; `imported` is the meeting once it is saved."""

    def __init__(
        self,
        parent: QWidget | None,
        note: ImportedNote,
        save: SaveMeeting,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self._note = note
        self._save = save
        self.imported: Meeting | None = None
        source = note.file.name if note.file else "the pasted text"
        self.setWindowTitle(f"Import {source}")
        self.resize(980, 660)
        self._build(today)
        self._show(note)
        self._title.textChanged.connect(lambda _text: self._update())
        self._date.problem_changed.connect(lambda _problem: self._update())
        self._update()
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)
        self._title.end(False)
        self._title.home(True)  # the whole title selected, to type over, its start in sight

    # Building

    def _build(self, today: Callable[[], dt.date]) -> None:
        self.source = QLabel()
        self.source.setWordWrap(True)
        self._body = _line("Body", "The committee or working group that met")
        self._title = _line("Title", "The note's title")
        self._symbol = _line("Document symbol", "For example WG/REL/2017/7, or none")
        self._date = DateField("Date", today=today)
        self._place = _line("Place", "For example Geneva, or none")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName("What was recognised")
        self.checks = _list("Check")
        self.outline = QTreeWidget()
        self.outline.setHeaderLabels(["Heading", "Paragraphs"])
        self.outline.setAccessibleName("Headings")
        header = self.outline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.openings = _list("First paragraphs")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("What is wrong")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        self.import_button.setAccessibleName("Import the meeting")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow("&Body:", self._body)
        form.addRow("&Title:", self._title)
        form.addRow("S&ymbol:", self._symbol)
        form.addRow("&Date:", self._date)
        form.addRow("&Place:", self._place)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(_heading("What was recognised:"))
        left.addWidget(self.counts)
        self.checks_heading = _heading("&Check:", self.checks)
        left.addWidget(self.checks_heading)
        left.addWidget(self.checks, 1)
        right = QVBoxLayout()
        right.addWidget(_heading("&Headings and their paragraphs:", self.outline))
        right.addWidget(self.outline, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.openings.setWordWrap(False)
        self.openings.setFixedHeight(self.openings.fontMetrics().height() * 6 + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(columns, 1)
        layout.addWidget(_heading("&First paragraphs:", self.openings))
        layout.addWidget(self.openings)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _show(self, note: ImportedNote) -> None:
        meeting = note.meeting
        where = f"“{note.file.name}”" if note.file else "The pasted text"
        self.source.setText(
            f"{where}, read as {format_name(note)}. Correct the title block if need be; "
            "nothing is saved until you import it, as a draft."
        )
        self._body.setText(meeting.body)
        self._title.setText(meeting.title)
        self._symbol.setText(meeting.symbol)
        self._date.set_date(meeting.date)
        self._place.setText(meeting.place)
        for edit in (self._body, self._title, self._symbol, self._place):
            edit.setCursorPosition(0)  # a long body or title shown from its start
        self.counts.setText(counts(note) + ".")
        self._show_checks(note.warnings)
        for heading in outline(meeting):
            item = _outline_item(self.outline, heading)
            for sub in heading.sub_headings:
                _outline_item(item, sub)
        self.outline.expandAll()
        openings = first_paragraphs(meeting) or ["(no numbered paragraph was recognised)"]
        for line in openings:
            QListWidgetItem(line, self.openings).setToolTip(line)

    def _show_checks(self, warnings: list[str]) -> None:
        if not warnings:
            QListWidgetItem("Nothing the reader was unsure of.", self.checks)
            return
        self.checks_heading.setText(f"&Check ({len(warnings)}):")
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for text in warnings:
            shown = text[:1].upper() + text[1:]
            item = QListWidgetItem(warning, shown, self.checks)
            item.setToolTip(shown)

    # The fields as corrected

    def meeting(self) -> Meeting:
        """The meeting recognised, with the title block as the fields have it."""
        meeting = self._note.meeting
        meeting.body = self._body.text().strip()
        meeting.title = self._title.text().strip()
        meeting.symbol = self._symbol.text().strip()
        meeting.date = self._date.date()
        meeting.place = self._place.text().strip()
        return meeting

    def _update(self, problem: str = "") -> None:
        if not problem and self._date.problem():
            problem = self._date.problem()
        elif not problem and not self._title.text().strip():
            problem = "A meeting needs a title."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.import_button.setEnabled(bool(self._title.text().strip()) and not self._date.problem())

    def accept(self) -> None:
        # A date typed and not yet left is checked here: never saved on a date that is not one.
        if not self._date.check():
            self._date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        meeting = self.meeting()
        try:
            self._save(meeting)
        except LibraryError as error:  # a symbol taken: said here, nothing typed is lost
            self._update(error.message)
            self._symbol.setFocus(Qt.FocusReason.OtherFocusReason)
            self._symbol.selectAll()
            return
        self.imported = meeting
        super().accept()


def _line(accessible_name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(accessible_name)
    line.setPlaceholderText(placeholder)
    return line


def _outline_item(parent: QTreeWidget | QTreeWidgetItem, heading: Heading) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [heading.title, heading.paragraphs])
    item.setToolTip(0, heading.text)
    item.setToolTip(1, heading.text)
    return item


def _list(accessible_name: str) -> QListWidget:
    shown = QListWidget()
    shown.setAccessibleName(accessible_name)
    shown.setWordWrap(True)
    shown.setTextElideMode(Qt.TextElideMode.ElideRight)
    return shown


def _heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:  # its Alt+letter puts the keyboard there
        label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def ask_to_import(parent: QWidget, note: ImportedNote, save: SaveMeeting) -> Meeting | None:
    """The meeting saved from `note`, or None if the user cancelled."""
    dialog = ImportPreviewDialog(parent, note, save)
    dialog.exec()
    imported = dialog.imported
    dialog.deleteLater()
    parent.activateWindow()
    return imported
