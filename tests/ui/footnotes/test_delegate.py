"""A footnote's row: its number, then its text wrapped to the width; its editor in place,
filled once, which grows the row as lines are typed and commits on Esc or Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.delegate import FootnoteDelegate
from desktop_app.ui.footnotes.footnote_list import FootnoteList
from desktop_app.ui.footnotes.model import FootnoteModel
from desktop_app.ui.footnotes.text_editor import FootnoteEditor

LONG = (
    "Originally planned to take place in Guadalajara, the stocktaking meeting will now be "
    "held in Puerto Vallarta, from 4 to 6 December 2017."
)
FOOTNOTES = [
    NumberedFootnote("venue", 1, Inline.plain(LONG)),
    NumberedFootnote("records", 2, Inline.from_markup("See *Official Records*.")),
    NumberedFootnote("empty", 3, Inline()),
]


@pytest.fixture
def footnote_list(qtbot) -> FootnoteList:
    view = FootnoteList(None)
    qtbot.addWidget(view)
    model = FootnoteModel(view)
    view.setModel(model)
    view.setItemDelegate(FootnoteDelegate(view))
    model.replace(FOOTNOTES)
    view.resize(360, 300)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def delegate_of(view: FootnoteList) -> FootnoteDelegate:
    delegate = view.itemDelegate()
    assert isinstance(delegate, FootnoteDelegate)
    return delegate


def row_height(view: FootnoteList, row: int) -> int:
    return view.visualRect(view.model().index(row)).height()


def open_editor(qtbot, view: FootnoteList, row: int) -> FootnoteEditor:
    view.setCurrentIndex(view.model().index(row))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, FootnoteEditor)
    return editor


def highlighted_pixels(view: FootnoteList) -> int:
    image = view.viewport().grab().toImage()
    colour = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    return sum(
        QColor(image.pixel(x, y)).rgb() == colour
        for x in range(image.width())
        for y in range(image.height())
    )


def test_a_long_footnote_wraps_and_grows_taller_as_the_list_narrows(qtbot, footnote_list):
    one_line = row_height(footnote_list, 1)
    assert row_height(footnote_list, 0) > 1.5 * one_line
    wide = row_height(footnote_list, 0)
    footnote_list.resize(180, 300)
    qtbot.waitUntil(lambda: row_height(footnote_list, 0) > wide)
    assert row_height(footnote_list, 1) == one_line


def test_the_text_stands_clear_of_numbers_of_three_digits(qtbot, footnote_list):
    delegate = delegate_of(footnote_list)
    editor = open_editor(qtbot, footnote_list, 1)
    left_of_two_digits = editor.geometry().left()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    many = [NumberedFootnote(f"f{n}", n, Inline.plain(f"Note {n}.")) for n in range(1, 101)]
    footnote_list.model().replace(many)
    editor = open_editor(qtbot, footnote_list, 99)
    assert editor.geometry().left() > left_of_two_digits
    assert delegate.editor is editor


def test_the_editor_opens_with_the_text_and_the_cursor_at_its_end(qtbot, footnote_list):
    editor = open_editor(qtbot, footnote_list, 1)
    assert editor.toPlainText() == "See Official Records."
    assert editor.textCursor().atEnd()
    assert delegate_of(footnote_list).editor is editor
    footnote_list.model().set_text("records", Inline.plain("Changed by the window."))
    assert editor.toPlainText() == "See Official Records."  # what is being typed stays
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "See Official Records."  # loading is not an undo step


def test_escape_and_enter_commit_the_text_and_finish(qtbot, footnote_list):
    delegate = delegate_of(footnote_list)
    heard: list[tuple] = []
    delegate.committed.connect(lambda *args: heard.append(("committed", *args)))
    delegate.finished.connect(lambda *args: heard.append(("finished", *args)))
    editor = open_editor(qtbot, footnote_list, 2)
    qtbot.keyClicks(editor, "Ibid.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert heard == [("committed", "empty", Inline.plain("Ibid.")), ("finished", "empty")]
    assert delegate.editor is None
    assert footnote_list.hasFocus()
    editor = open_editor(qtbot, footnote_list, 1)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert heard[2:] == [("committed", "records", FOOTNOTES[1].text), ("finished", "records")]


def test_the_row_grows_as_lines_are_typed_into_the_editor(qtbot, footnote_list):
    editor = open_editor(qtbot, footnote_list, 1)
    before = row_height(footnote_list, 1)
    qtbot.keyClicks(editor, " And a good many words more, to run over several lines." * 3)
    qtbot.waitUntil(lambda: row_height(footnote_list, 1) > before + editor.fontMetrics().height())
    assert editor.geometry().bottom() <= footnote_list.visualRect(editor.index).bottom()


def test_words_found_in_a_footnote_are_highlighted(qtbot, footnote_list):
    delegate = delegate_of(footnote_list)
    footnote_list.clearSelection()
    footnote_list.setCurrentIndex(footnote_list.model().index(-1))
    assert highlighted_pixels(footnote_list) == 0
    delegate.found = ("venue", LONG.index("Puerto"), LONG.index("Puerto") + len("Puerto Vallarta"))
    footnote_list.viewport().update()
    assert highlighted_pixels(footnote_list) > 100
