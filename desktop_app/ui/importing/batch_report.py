"""The end of an import of many files: per file, the meeting imported (title, symbol,
paragraphs) or why not (refused, its symbol already in the library, cancelled before it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.importing.batch import Outcome


def summary(outcomes: list[Outcome]) -> str:
    """ "2 of 3 files imported; 1 not imported." """
    imported = sum(1 for o in outcomes if o.meeting is not None)
    files = f"{len(outcomes)} file{'s' * (len(outcomes) != 1)}"
    missed = len(outcomes) - imported
    return f"{imported} of {files} imported" + (f"; {missed} not imported." if missed else ".")


class BatchReport(QDialog):
    """One row per file: its name and what became of it."""

    def __init__(self, parent: QWidget | None, outcomes: list[Outcome]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished")
        self.resize(860, 360)
        self.summary = QLabel(summary(outcomes))
        self.summary.setAccessibleName("Summary")
        self.table = QTreeWidget()
        self.table.setAccessibleName("What became of each file")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(["File", "What happened"])
        self.table.setWordWrap(True)
        ok = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        failed = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for outcome in outcomes:
            told = str(outcome)
            row = QTreeWidgetItem(self.table, [outcome.file.name, told[:1].upper() + told[1:]])
            row.setIcon(1, ok if outcome.meeting is not None else failed)
            row.setToolTip(0, str(outcome.file))
            row.setToolTip(1, told)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """(file name, what happened) as the table shows them."""
        items = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]
