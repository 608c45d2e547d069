"""What the panes' item views share: sizes measured once, and the line an empty view shows."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QListView

from desktop_app.ui.common.item_views import Measurements, draw_empty_text, show_wrapped_rows


def test_a_size_is_measured_once_until_forgotten():
    measured: list[str] = []
    sizes: Measurements[int] = Measurements()

    def measure() -> int:
        measured.append("text")
        return 42

    assert sizes.get(("text", 300), measure) == 42
    assert sizes.get(("text", 300), measure) == 42
    assert measured == ["text"]
    sizes.forget()
    sizes.get(("text", 300), measure)
    assert measured == ["text", "text"]


def test_too_many_sizes_are_all_forgotten():
    sizes: Measurements[int] = Measurements(most=2)
    sizes.get("a", lambda: 1)
    sizes.get("b", lambda: 2)
    sizes.get("c", lambda: 3)
    assert sizes.get("a", lambda: 10) == 10  # measured again


class EmptyList(QListView):
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        draw_empty_text(self, "No footnotes. Ctrl+Alt+F adds one at the cursor.")


def test_an_empty_view_shows_its_line_in_the_placeholder_colour(qtbot):
    view = EmptyList()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#ff0000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    view.setPalette(palette)
    view.setModel(QStringListModel([]))
    show_wrapped_rows(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    image: QImage = view.viewport().grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, 60, 2)
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 100
    )
    assert reds > 20  # the words are drawn, in red, at the top
    assert (
        sum(1 for x in range(0, image.width(), 4) if image.pixelColor(x, 150).green() < 100) == 0
    )  # and nothing lower down
