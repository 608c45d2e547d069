"""The library's backups, newest first, with when each was made and its number of meetings;
Restore asks first, and the dialog then gives the chosen backup to the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.store.backups import Backup, folder_for, listed_backups


def ask_backup_to_restore(parent: QWidget, library_path: Path) -> Backup | None:
    """The backup the user chose and confirmed, or None."""
    dialog = RestoreBackupDialog(parent, library_path, listed_backups(library_path))
    dialog.exec()
    chosen = dialog.chosen_backup()
    dialog.deleteLater()
    return chosen


def made_text(backup: Backup) -> str:
    """When a backup was made, as a user reads it: 3 December 2026, 10:15."""
    return f"{long_date(backup.made.date())}, {backup.made:%H:%M}"


def meetings_text(backup: Backup) -> str:
    count = backup.meetings or 0
    return f"{count} meeting" if count == 1 else f"{count} meetings"


class RestoreBackupDialog(QDialog):
    COLUMNS = ("Made", "Meetings", "Kind")

    def __init__(self, parent: QWidget | None, library_path: Path, backups: list[Backup]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from a backup")
        self.resize(640, 400)
        self._library_path = library_path
        self._backups = backups
        self._chosen: Backup | None = None
        self._build()

    def chosen_backup(self) -> Backup | None:
        """The backup to restore once the dialog was accepted; None if it was cancelled."""
        return self._chosen if self.result() == QDialog.DialogCode.Accepted else None

    def select(self, name: str) -> None:
        """Make the backup with this file name the current one."""
        for index, backup in enumerate(self._backups):
            item = self.list.topLevelItem(index)
            if backup.name == name and item is not None:
                self.list.setCurrentItem(item)

    def _build(self) -> None:
        intro = QLabel(
            "Restoring a backup replaces every meeting in the library with the backup's. "
            "What the library holds now is kept as a backup first, so a restore can be undone."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName("Backups")
        self.list.setHeaderLabels(list(self.COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.addTopLevelItems([self._item(b) for b in self._backups])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # sized once from their contents, with room between them
            self.list.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 16)
        self.list.headerItem().setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore())
        self.list.currentItemChanged.connect(lambda *_: self._update_restore())

        where = QLabel(self._where_text())
        where.setWordWrap(True)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setAccessibleName("Restore the chosen backup")
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(where)
        layout.addWidget(buttons)
        first_sound = next((i for i, b in enumerate(self._backups) if not b.damaged), None)
        item = self.list.topLevelItem(first_sound) if first_sound is not None else None
        if item is not None:
            self.list.setCurrentItem(item)
        self._update_restore()
        self.list.setFocus()

    def _where_text(self) -> str:
        folder = folder_for(self._library_path)
        if not self._backups:
            return (
                f"There are no backups in {folder} yet: one is made each day the library is "
                "opened and whenever it is closed after changes."
            )
        return f"Backups of {self._library_path}, in {folder}."

    def _item(self, backup: Backup) -> QTreeWidgetItem:
        meetings = "damaged" if backup.damaged else str(backup.meetings)
        kind = "kept before a restore" if backup.before_restore else "backup"
        item = QTreeWidgetItem([made_text(backup), meetings, kind])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, str(backup.path))
        if backup.damaged:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(1, "This backup is damaged and cannot be restored.")
        return item

    def _current(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        backup = self._backups[self.list.indexOfTopLevelItem(item)]
        return None if backup.damaged else backup

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self._current() is not None)

    def _restore(self) -> None:
        backup = self._current()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore this backup?",
            f"Replace every meeting in the library with those of the backup made "
            f"{made_text(backup)} ({meetings_text(backup)})? What the library holds now is "
            "kept as a backup first.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is restore:
            self._chosen = backup
            self.accept()
