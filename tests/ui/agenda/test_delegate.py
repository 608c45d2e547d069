"""An agenda item's row: the label then the title, the paragraphs it covers in a quieter
column, long titles wrapped, and its editor holding the title alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop_app.core.outline import AgendaEntry
from desktop_app.ui.agenda.delegate import (
    ITEM_COLUMN,
    RANGE_COLUMN,
    AgendaDelegate,
    item_text,
    range_description,
    show_entry,
    shows_entry,
)
from desktop_app.ui.agenda.tree import AgendaTree
from tests.ui.agenda.helpers import NESTED, item

COMPACT = AgendaEntry("compact", "Update on the global compact", "2.", 1, "3–10", 8)


@pytest.fixture
def tree(qtbot) -> AgendaTree:
    tree = AgendaTree()
    qtbot.addWidget(tree)
    tree.resize(320, 400)
    tree.set_agenda(NESTED)
    tree.show()
    qtbot.waitExposed(tree)
    tree.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    return tree


def delegate_of(tree: AgendaTree) -> AgendaDelegate:
    delegate = tree.itemDelegate()
    assert isinstance(delegate, AgendaDelegate)
    return delegate


def test_the_item_column_shows_the_label_then_the_title():
    assert item_text("(a)", "Thematic sessions") == "(a) Thematic sessions"
    assert item_text("", "IOM's future role") == "IOM's future role"
    assert item_text("3.", "") == "3. Untitled"


def test_the_range_is_said_in_words_for_a_screen_reader_and_a_tip():
    assert range_description("3–10") == "Paragraphs 3–10"
    assert range_description("11") == "Paragraph 11"
    assert range_description("") == "No numbered paragraphs"


def test_an_entry_is_written_into_its_row_with_its_tips(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    row = QTreeWidgetItem(tree)
    show_entry(row, COMPACT)
    assert (row.text(ITEM_COLUMN), row.text(RANGE_COLUMN)) == (
        "2. Update on the global compact",
        "3–10",
    )
    assert row.toolTip(ITEM_COLUMN) == "2. Update on the global compact\nParagraphs 3–10"
    assert row.toolTip(RANGE_COLUMN) == "Paragraphs 3–10"
    assert row.data(RANGE_COLUMN, Qt.ItemDataRole.AccessibleTextRole) == "Paragraphs 3–10"
    assert shows_entry(row, COMPACT)
    assert not shows_entry(row, replace(COMPACT, paragraph_range="3–11"))
    assert not shows_entry(row, replace(COMPACT, label="(a)"))


def test_the_tree_is_told_only_of_the_texts_that_changed(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    row = QTreeWidgetItem(tree)
    show_entry(row, COMPACT)
    told: list[int] = []
    tree.model().dataChanged.connect(lambda top, _bottom: told.append(top.column()))
    show_entry(row, COMPACT)
    assert told == []
    show_entry(row, replace(COMPACT, paragraph_range="3–11", paragraph_count=9))
    assert told == [RANGE_COLUMN]
    assert row.toolTip(ITEM_COLUMN).endswith("Paragraphs 3–11")


def test_the_range_column_is_quieter_than_the_titles(tree):
    delegate = delegate_of(tree)
    placeholder = tree.palette().color(QPalette.ColorRole.PlaceholderText)
    options = {}
    for column in (ITEM_COLUMN, RANGE_COLUMN):
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        delegate.initStyleOption(option, tree.indexFromItem(item(tree, "opening"), column))
        options[column] = option
    assert options[RANGE_COLUMN].palette.color(QPalette.ColorRole.Text) == placeholder
    assert options[ITEM_COLUMN].palette.color(QPalette.ColorRole.Text) != placeholder
    assert options[ITEM_COLUMN].features & QStyleOptionViewItem.ViewItemFeature.WrapText


def test_a_long_title_wraps_onto_more_lines(qtbot, tree):
    short = tree.visualItemRect(item(tree, "opening")).height()
    long_title = "Update by the Senior Policy Adviser to the Director General on the global compact"
    tree.set_agenda([replace(NESTED[0], title=long_title), *NESTED[1:]])
    qtbot.waitUntil(lambda: tree.visualItemRect(item(tree, "opening")).height() > 1.5 * short)
    assert tree.visualItemRect(item(tree, "other")).height() == short


def test_the_editor_holds_the_title_alone_selected_to_type_over(qtbot, tree):
    tree.select_item("sessions")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and delegate_of(tree).editor is editor
    assert editor.accessibleName() == "Agenda item title"
    assert editor.text() == editor.selectedText() == "Thematic sessions"  # not "(a) Thematic…"
    with qtbot.waitSignal(tree.rename_requested) as renamed:
        qtbot.keyClicks(editor, "Thematic panels")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert renamed.args == ["sessions", "Thematic panels"]
    assert delegate_of(tree).editor is None
