"""The line above the note: hidden until there is something to say, red for a failed save,
the highlight's colour for a notice, gone once cleared."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.ui.window.banner import Banner


@pytest.fixture
def banner(qtbot):
    shown = Banner()
    qtbot.addWidget(shown)
    shown.resize(500, 40)
    return shown


def background(banner: Banner) -> QColor:
    """The colour drawn at the banner's edge, inside its frame and beside the text."""
    return banner.grab().toImage().pixelColor(4, 4)


def test_a_banner_says_nothing_until_told(qtbot):
    note_area = QWidget()
    qtbot.addWidget(note_area)
    banner = Banner(note_area)
    note_area.show()
    assert not banner.isVisible() and banner.kind == ""


def test_an_error_shows_its_text_on_a_red_tint(qtbot, banner):
    plain = background(banner)
    banner.show_error("The disk is full.")
    assert banner.isVisible() and banner.kind == "error"
    assert banner.label.text() == "The disk is full."
    tinted = background(banner)
    assert tinted.red() > tinted.green() + 10 and tinted.red() > tinted.blue() + 10
    assert tinted != plain


def test_a_notice_shows_on_the_highlight_tint_and_replaces_an_error(banner):
    banner.show_error("The disk is full.")
    banner.show_notice("This library is open read-only.")
    assert banner.kind == "notice" and banner.label.text() == "This library is open read-only."
    highlight = banner.palette().color(banner.palette().ColorRole.Highlight)
    tinted = background(banner)
    assert (tinted.blue() > tinted.red()) == (highlight.blue() > highlight.red())
    assert not (tinted.red() > tinted.green() + 10 and tinted.red() > tinted.blue() + 10)


def test_clearing_hides_the_banner(banner):
    banner.show_error("The disk is full.")
    banner.clear()
    assert not banner.isVisible() and banner.kind == ""
