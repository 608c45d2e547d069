"""The window on a dark palette, as a system in dark mode gives it: every part stays visible."""

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListView

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Mid: "#3c3c3c",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#444444",
}


@pytest.fixture
def dark_palette():
    app = QApplication.instance()
    before = app.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    yield
    app.setPalette(before)


def lightness(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def test_action_item_check_boxes_stand_out_on_a_dark_palette(qtbot, dark_palette, sample_window):
    view = sample_window.action_items.findChild(QListView)
    view.clearSelection()
    view.setCurrentIndex(view.model().index(-1, 0))
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    row = view.visualRect(view.model().index(0, 0))
    background = lightness(image, row.left() + 1, row.top() + 1)
    box = [
        lightness(image, x, y)
        for x in range(row.left(), row.left() + 30)
        for y in range(row.top(), row.top() + 30)
    ]
    assert background < 60  # the card really is dark
    assert max(box) - background > 80  # the box's outline shows
