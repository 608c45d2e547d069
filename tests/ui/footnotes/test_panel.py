"""The footnotes pane, driven as a user drives it: typing, Ctrl+B, Esc, clicks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

from desktop_app.core.inline import Inline, Run
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.panel import FootnoteEditor, FootnotePanel

CTRL = Qt.KeyboardModifier.ControlModifier
PUERTO_VALLARTA = (
    "Originally planned to take place in Guadalajara, the stocktaking meeting will now be "
    "held in Puerto Vallarta."
)
FOOTNOTES = [
    NumberedFootnote("venue", 1, Inline.plain(PUERTO_VALLARTA)),
    NumberedFootnote("records", 2, Inline.from_markup("See *Official Records*, **A/72/1**.")),
    NumberedFootnote("empty", 3, Inline()),
]


def rows(panel: FootnotePanel) -> list[str]:
    """What each row says, as a screen reader reads it."""
    model = panel.findChild(QListView).model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
    ]


def double_click(qtbot, view: QListView, row: int) -> None:
    """Press, release, then the double-click, as a real mouse sends them."""
    point = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def editor_of(panel: FootnotePanel) -> FootnoteEditor:
    editor = QApplication.focusWidget()
    assert isinstance(editor, FootnoteEditor)
    assert panel.isAncestorOf(editor)
    return editor


@pytest.fixture
def panel(qtbot) -> Iterator[FootnotePanel]:
    window = QMainWindow()  # a window with its own Ctrl+B, as the real one has
    qtbot.addWidget(window)
    panel = FootnotePanel()
    window.setCentralWidget(panel)
    window.resize(420, 320)
    panel.set_footnotes(FOOTNOTES)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield panel


def test_every_footnote_is_shown_with_its_number(panel):
    assert rows(panel) == [
        f"Footnote 1: {PUERTO_VALLARTA}",
        "Footnote 2: See Official Records, A/72/1.",
        "Footnote 3: empty",
    ]
    assert panel.objectName() == "footnotePanel"
    assert panel.findChild(QListView).accessibleName() == "Footnotes"


def test_edit_footnote_puts_the_keyboard_in_that_footnote_at_the_end(panel):
    panel.edit_footnote("records")
    editor = editor_of(panel)
    assert editor.toPlainText() == "See Official Records, A/72/1."
    assert editor.textCursor().atEnd()
    assert editor.accessibleName() == "Footnote text"
    assert panel.editing_footnote_id() == "records"


def test_typing_sends_the_text_a_little_later_not_at_every_key(panel, qtbot):
    sent = []
    panel.footnote_edited.connect(lambda *args: sent.append(args))
    panel.edit_footnote("venue")
    qtbot.keyClicks(editor_of(panel), " Dates")
    assert sent == []
    qtbot.waitUntil(lambda: len(sent) == 1)
    assert sent == [("venue", Inline.plain(PUERTO_VALLARTA + " Dates"))]


def test_ctrl_b_and_ctrl_i_format_what_is_typed_next(panel, qtbot):
    bold_in_window = QAction("Bold", panel.window())
    bold_in_window.setShortcut(QKeySequence("Ctrl+B"))
    panel.window().addAction(bold_in_window)
    panel.edit_footnote("empty")
    editor = editor_of(panel)
    with qtbot.assertNotEmitted(bold_in_window.triggered):
        qtbot.keyClicks(editor, "See ")
        qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
        qtbot.keyClicks(editor, "A/72/1")
        qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
        qtbot.keyClicks(editor, ", ")
        qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
        qtbot.keyClicks(editor, "passim")
    with qtbot.waitSignal(panel.footnote_edited) as edited:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert edited.args == ["empty", Inline.from_markup("See **A/72/1**, *passim*")]


def test_ctrl_b_on_a_selection_makes_it_bold(panel, qtbot):
    panel.edit_footnote("venue")
    editor = editor_of(panel)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    with qtbot.waitSignal(panel.footnote_edited) as edited:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edited.args == ["venue", Inline([Run(PUERTO_VALLARTA, strong=True)])]


def test_escape_sends_the_text_at_once_then_finishes(panel, qtbot):
    heard = []
    panel.footnote_edited.connect(lambda *args: heard.append(("edited", *args)))
    panel.editing_finished.connect(lambda *args: heard.append(("finished", *args)))
    panel.edit_footnote("records")
    qtbot.keyClicks(editor_of(panel), " Add.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert heard == [
        ("edited", "records", Inline.from_markup("See *Official Records*, **A/72/1**. Add.")),
        ("finished", "records"),
    ]
    assert panel.editing_footnote_id() is None
    assert not isinstance(QApplication.focusWidget(), FootnoteEditor)
    assert "Add." in rows(panel)[1]


def test_enter_finishes_without_a_new_line(panel, qtbot):
    panel.edit_footnote("venue")
    with qtbot.waitSignal(panel.editing_finished) as finished:
        qtbot.keyClick(editor_of(panel), Qt.Key.Key_Return)
    assert finished.args == ["venue"]
    assert rows(panel)[0] == f"Footnote 1: {PUERTO_VALLARTA}"


def test_finishing_unchanged_sends_no_edit(panel, qtbot):
    panel.edit_footnote("records")
    with qtbot.assertNotEmitted(panel.footnote_edited):
        qtbot.keyClick(editor_of(panel), Qt.Key.Key_Escape)


def test_new_footnotes_keep_the_one_being_edited(panel, qtbot):
    panel.edit_footnote("records")
    editor = editor_of(panel)
    qtbot.keyClicks(editor, " More")
    renumbered = [
        NumberedFootnote("first", 1, Inline.plain("A new first footnote.")),
        NumberedFootnote("venue", 2, FOOTNOTES[0].text),
        NumberedFootnote("records", 3, FOOTNOTES[1].text),  # the window has not heard yet
    ]
    panel.set_footnotes(renumbered)
    assert QApplication.focusWidget() is editor
    assert editor.toPlainText() == "See Official Records, A/72/1. More"
    assert rows(panel)[:2] == [
        "Footnote 1: A new first footnote.",
        f"Footnote 2: {PUERTO_VALLARTA}",
    ]
    with qtbot.waitSignal(panel.footnote_edited) as edited:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert edited.args[0] == "records"
    assert edited.args[1].plain_text() == "See Official Records, A/72/1. More"


def test_reordered_and_deleted_footnotes(panel):
    panel.set_footnotes([
        NumberedFootnote("records", 1, FOOTNOTES[1].text),
        NumberedFootnote("venue", 2, FOOTNOTES[0].text),
    ])  # fmt: skip
    assert rows(panel) == [
        "Footnote 1: See Official Records, A/72/1.",
        f"Footnote 2: {PUERTO_VALLARTA}",
    ]
    panel.set_footnotes([])
    assert rows(panel) == []
    assert not panel.grab().isNull()  # the hint for an empty list


def test_clicking_or_enter_shows_the_footnote_in_the_text(panel, qtbot):
    view = panel.findChild(QListView)
    second = view.visualRect(view.model().index(1, 0))
    with qtbot.waitSignal(panel.footnote_activated) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second.center())
    assert clicked.args == ["records"]
    with qtbot.waitSignal(panel.footnote_activated) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Up)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == ["venue"]
    assert panel.editing_footnote_id() is None


def test_f2_or_a_double_click_edits(panel, qtbot):
    view = panel.findChild(QListView)
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert editor_of(panel).toPlainText() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    double_click(qtbot, view, 0)
    editor = editor_of(panel)
    assert editor.toPlainText() == PUERTO_VALLARTA
    assert 0 < editor.textCursor().position() < len(PUERTO_VALLARTA)  # where the click was


def test_read_only_footnotes_cannot_be_edited(panel, qtbot):
    panel.edit_footnote("venue")
    qtbot.keyClicks(editor_of(panel), " Typed before.")
    with qtbot.waitSignal(panel.footnote_edited):
        panel.set_read_only(True)  # what was typed is not lost
    view = panel.findChild(QListView)
    with qtbot.assertNotEmitted(panel.footnote_edited):
        panel.edit_footnote("records")
        assert QApplication.focusWidget() is view
        qtbot.keyClick(view, Qt.Key.Key_F2)
        double_click(qtbot, view, 0)
        qtbot.keyClicks(view, "abc")
    assert panel.editing_footnote_id() is None
    panel.set_read_only(False)
    panel.edit_footnote("records")
    assert panel.editing_footnote_id() == "records"


def test_five_hundred_footnotes(panel, qtbot):
    many = [NumberedFootnote(f"f{n}", n, Inline.plain(f"Footnote text {n}. " * (n % 7 + 1)))
            for n in range(1, 501)]  # fmt: skip
    panel.set_footnotes(many)
    assert len(rows(panel)) == 500
    panel.edit_footnote("f500")
    editor = editor_of(panel)
    assert editor.toPlainText().startswith("Footnote text 500.")
    view = panel.findChild(QListView)
    assert view.viewport().rect().intersects(editor.geometry())
    panel.set_footnotes(many[1:])
    assert QApplication.focusWidget() is editor
    assert rows(panel)[0].startswith("Footnote 2:")
