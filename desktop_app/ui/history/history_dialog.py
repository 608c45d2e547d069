"""File › History of this note (Ctrl+Alt+H): the snapshots of the note on screen, newest
first, with when each was taken (in the user's time), why and how many words changed; the
one chosen shown as it was ("View") or compared with the note now ("Compare with the current
note"). Restore asks first, then hands the snapshot to the window; so does Take a snapshot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import long_date
from desktop_app.core.model import Meeting
from desktop_app.core.note_diff import compare
from desktop_app.store.errors import LibraryError
from desktop_app.store.snapshots import BEFORE_RESTORE, EDITING, EXPORT, FINAL, Snapshot
from desktop_app.ui.history.note_html import DARK, LIGHT, Colours, diff_html, note_html

WHY = {
    EXPORT: "exported",
    FINAL: "marked final",
    EDITING: "while editing",
    BEFORE_RESTORE: "before a restore",
}  # "on demand" says it as it is
NOTHING_YET = (
    "<p>No snapshot of this note yet. One is kept whenever the note is exported or marked "
    "final, every ten minutes of editing, and whenever you take one.</p>"
)
VIEW, COMPARE = 0, 1  # the tabs


def taken_text(snapshot: Snapshot) -> str:
    """When a snapshot was taken, in the user's time: 3 December 2026, 10:15."""
    local = snapshot.time.astimezone()
    return f"{long_date(local.date())}, {local:%H:%M}"


def why_text(snapshot: Snapshot) -> str:
    return WHY.get(snapshot.reason, snapshot.reason)


class HistoryDialog(QDialog):
    """Signals: restore_requested (a snapshot's id, the user having said yes),
    snapshot_requested (Take a snapshot)."""

    restore_requested = Signal(str)
    snapshot_requested = Signal()
    COLUMNS = ("Taken", "Why", "Words changed")

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        snapshots: list[Snapshot],
        read_snapshot: Callable[[str], Meeting],
        current: Meeting,
        restore_refusal: str = "",
        snapshot_refusal: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of {name}")
        self.resize(1000, 640)
        self._read_snapshot = read_snapshot
        self._current = current
        self._snapshots: list[Snapshot] = []
        self._shown: dict[int, str | None] = {VIEW: None, COMPARE: None}  # snapshot shown
        self._restore_refusal = restore_refusal
        self._build(snapshot_refusal)
        self.set_snapshots(snapshots)
        self.list.setFocus()

    # What the window asks of it

    def set_snapshots(self, snapshots: list[Snapshot], select: str | None = None) -> None:
        """Show these snapshots (newest first), `select` or else the newest chosen."""
        self._snapshots = list(snapshots)
        self.list.clear()
        self.list.addTopLevelItems([self._item(s) for s in self._snapshots])
        for column in (1, 2):
            self.list.resizeColumnToContents(column)
        index = next((i for i, s in enumerate(self._snapshots) if s.id == select), 0)
        item = self.list.topLevelItem(index)
        if item is not None:
            self.list.setCurrentItem(item)
        self._chosen_changed()

    def current_snapshot(self) -> Snapshot | None:
        item = self.list.currentItem()
        return self._snapshots[self.list.indexOfTopLevelItem(item)] if item else None

    # Building

    def _build(self, snapshot_refusal: str) -> None:
        self.list = QTreeWidget()
        self.list.setAccessibleName("Snapshots")
        self.list.setHeaderLabels(list(self.COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        self.list.currentItemChanged.connect(lambda *_: self._chosen_changed())

        self.view = self._browser("The snapshot's note")
        self.comparison = self._browser("The snapshot compared with the current note")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, "&View")
        self.tabs.addTab(self.comparison, "&Compare with the current note")
        self.tabs.currentChanged.connect(lambda _: self._show_chosen())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        splitter.setChildrenCollapsible(False)

        self.take_button = self._button("&Take a snapshot", snapshot_refusal)
        self.take_button.clicked.connect(self.snapshot_requested)
        self.restore_button = self._button("&Restore this snapshot…", self._restore_refusal)
        self.restore_button.clicked.connect(self._ask_restore)
        self.refusal = QLabel(self._restore_refusal)
        self.refusal.setWordWrap(True)
        self.refusal.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.refusal.setVisible(bool(self._restore_refusal))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)

    @staticmethod
    def _browser(name: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setAccessibleName(name)
        browser.setOpenLinks(False)
        return browser

    @staticmethod
    def _button(text: str, refusal: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setEnabled(not refusal)
        button.setToolTip(refusal)
        return button

    def _item(self, snapshot: Snapshot) -> QTreeWidgetItem:
        item = QTreeWidgetItem([taken_text(snapshot), why_text(snapshot)])
        item.setText(2, str(snapshot.words_changed))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, f"{snapshot.time.astimezone():%Y-%m-%d %H:%M:%S %Z}, {snapshot.id}")
        return item

    # Showing the snapshot chosen

    def _chosen_changed(self) -> None:
        chosen = self.current_snapshot()
        self.restore_button.setEnabled(chosen is not None and not self._restore_refusal)
        self._shown = {VIEW: None, COMPARE: None}
        self._show_chosen()

    def _show_chosen(self) -> None:
        """Fill the tab on screen for the snapshot chosen (the other when it is shown)."""
        tab = self.tabs.currentIndex()
        browser = self.view if tab == VIEW else self.comparison
        chosen = self.current_snapshot()
        if chosen is None:
            browser.setHtml(NOTHING_YET)
            return
        if self._shown.get(tab) == chosen.id:
            return
        self._shown[tab] = chosen.id
        try:
            former = self._read_snapshot(chosen.id)
        except LibraryError as error:
            browser.setHtml(f"<p>{error.message}</p>")
            return
        if tab == VIEW:
            browser.setHtml(note_html(former))
        else:
            browser.setHtml(diff_html(compare(former, self._current), self._colours()))

    def _colours(self) -> Colours:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return DARK if dark else LIGHT

    # Restoring

    def _ask_restore(self) -> None:
        chosen = self.current_snapshot()
        if chosen is None or self._restore_refusal:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore this snapshot?",
            f"The note becomes again what it was on {taken_text(chosen)} ({why_text(chosen)}). "
            "The current note is kept as a snapshot first (“before a restore”), so that it "
            "can be restored in turn.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText("&Restore")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen.id)
