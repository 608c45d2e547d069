"""What the pages that take the whole window (the library, the requests) are built from:
their heading, and the "Any or one of these" boxes of their filters."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

ANY = "Any"


def page_heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    return heading


def choices(name: str) -> QComboBox:
    """A filter's box, offering Any until fill_choices gives it values."""
    box = QComboBox()
    box.setAccessibleName(name)
    box.addItem(ANY)
    # Sized by a few letters, not by the longest body's name, which would crowd the row.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    return box


def fill_choices(box: QComboBox, values: list[str]) -> None:
    """The box offers Any and `values`, keeping the choice made if it is still offered."""
    chosen = box.currentText()
    box.blockSignals(True)
    box.clear()
    box.addItems([ANY, *values])
    box.setCurrentIndex(max(0, box.findText(chosen)))
    box.blockSignals(False)
