"""The footnote being edited: one paragraph of text whose Ctrl+B and Ctrl+I are its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app.core.inline import Inline, Run
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.text import read_inline
from desktop_app.ui.footnotes.text_editor import FootnoteEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot) -> QMainWindow:
    """A window with its own Bold and Italic on Ctrl+B and Ctrl+I, as the real one has."""
    window = QMainWindow()
    qtbot.addWidget(window)
    for name, keys in (("Bold", "Ctrl+B"), ("Italic", "Ctrl+I")):
        action = QAction(name, window)
        action.setShortcut(QKeySequence(keys))
        window.addAction(action)
    return window


@pytest.fixture
def editor(qtbot, window) -> FootnoteEditor:
    editor = FootnoteEditor(NumberedFootnote("records", 2, Inline()), QModelIndex(), window)
    window.setCentralWidget(editor)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return editor


def test_it_is_named_for_a_screen_reader_by_its_footnote(editor):
    assert editor.footnote_id == "records"
    assert editor.accessibleName() == "Footnote text"
    assert editor.accessibleDescription() == "Footnote 2"
    assert editor.placeholderText() == "Footnote text"


def test_ctrl_b_and_ctrl_i_format_what_is_typed_next_not_the_windows_actions(qtbot, window, editor):
    triggered: list[str] = []
    for action in window.actions():
        action.triggered.connect(lambda _=False, a=action: triggered.append(a.text()))
    qtbot.keyClicks(editor, "See ")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "A/72/1")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, ", ")
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(editor, "passim")
    assert read_inline(editor.document()) == Inline(
        [Run("See "), Run("A/72/1", strong=True), Run(", "), Run("passim", emphasis=True)]
    )
    assert triggered == []


def test_ctrl_b_on_bold_words_makes_them_plain_again(qtbot, editor):
    qtbot.keyClicks(editor, "Official Records")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert read_inline(editor.document()) == Inline([Run("Official Records", strong=True)])
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert read_inline(editor.document()) == Inline([Run("Official Records", emphasis=True)])
