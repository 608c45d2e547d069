"""The list of footnotes: Enter or a click chooses one, a click that opens the editor is
remembered for its cursor, and an empty list says how to add a footnote."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.delegate import FootnoteDelegate
from desktop_app.ui.footnotes.footnote_list import FootnoteList
from desktop_app.ui.footnotes.model import FootnoteModel

FOOTNOTES = [
    NumberedFootnote("venue", 1, Inline.plain("Held in Puerto Vallarta, not in Guadalajara.")),
    NumberedFootnote("records", 2, Inline.from_markup("See *Official Records*, **A/72/1**.")),
]


@pytest.fixture
def footnote_list(qtbot) -> FootnoteList:
    """The list as the pane makes it: its model and its delegate."""
    view = FootnoteList(None)
    qtbot.addWidget(view)
    model = FootnoteModel(view)
    view.setModel(model)
    view.setItemDelegate(FootnoteDelegate(view))
    model.replace(FOOTNOTES)
    view.resize(360, 240)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }


def test_enter_chooses_the_current_footnote(qtbot, footnote_list):
    footnote_list.setCurrentIndex(footnote_list.model().index(1))
    with qtbot.waitSignal(footnote_list.chosen) as chosen:
        qtbot.keyClick(footnote_list, Qt.Key.Key_Return)
    assert chosen.args == ["records"]
    with qtbot.waitSignal(footnote_list.chosen) as chosen:
        qtbot.keyClick(footnote_list, Qt.Key.Key_Up)
        qtbot.keyClick(footnote_list, Qt.Key.Key_Enter)
    assert chosen.args == ["venue"]


def test_the_click_that_opens_an_editor_is_remembered_once_and_keys_forget_it(qtbot, footnote_list):
    point = footnote_list.visualRect(footnote_list.model().index(0)).center()
    qtbot.mouseClick(footnote_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert footnote_list.take_click_point() == point
    assert footnote_list.take_click_point() is None
    qtbot.mouseClick(footnote_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(footnote_list, Qt.Key.Key_Down)
    assert footnote_list.take_click_point() is None


def test_an_empty_list_says_how_to_add_a_footnote(qtbot, footnote_list):
    footnote_list.model().replace([])
    footnote_list.viewport().repaint()
    hint = footnote_list.viewport().grab().toImage()
    background = QColor(hint.pixel(1, 1)).rgb()
    assert colours(hint) - {background}  # words drawn on the empty list


def test_a_bigger_font_makes_the_rows_taller(qtbot, footnote_list):
    first = footnote_list.model().index(0)
    before = footnote_list.visualRect(first).height()
    font = footnote_list.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    footnote_list.setFont(font)
    qtbot.waitUntil(lambda: footnote_list.visualRect(first).height() > before * 1.5)
