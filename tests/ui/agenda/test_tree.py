"""The agenda pane, driven as a user drives it: keys, clicks, the context menu's actions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.outline import AgendaEntry
from desktop_app.ui.agenda.delegate import ID_ROLE, RANGE_COLUMN
from desktop_app.ui.agenda.tree import AgendaTree
from tests.ui.agenda.helpers import NESTED, item, shown

SAMPLE = [
    AgendaEntry(
        "compact",
        "Update by the Senior Policy Adviser to the Director General on the global compact "
        "on migration and exchange of views",
        "",
        1,
        "3–10",
        8,
    ),
    AgendaEntry("future", "IOM's future role", "", 1, "11–29", 19),
]


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


def choose(tree: AgendaTree, item_id: str) -> None:
    tree.select_item(item_id)
    tree.setFocus()


def test_shows_each_item_with_its_paragraph_range(qtbot):
    tree = AgendaTree()
    qtbot.addWidget(tree)
    tree.set_agenda(SAMPLE)
    assert shown(tree) == [
        (1, SAMPLE[0].title, "3–10"),
        (1, "IOM's future role", "11–29"),
    ]
    assert tree.objectName() == "agendaTree"
    assert tree.accessibleName() == "Agenda"
    range_alignment = tree.topLevelItem(0).textAlignment(1)
    assert range_alignment & Qt.AlignmentFlag.AlignRight


def test_sub_items_are_children_of_the_item_before_them_and_show_their_labels(tree):
    assert shown(tree) == [
        (1, "1. Opening of the session", "1–2"),
        (1, "2. Update on the global compact", "3"),
        (2, "(a) Thematic sessions", "4–10"),
        (2, "(b) Budget", ""),
        (2, "(c) Multi-stakeholder hearing", "11"),
        (1, "3. IOM's future role", "12–29"),
        (1, "4. Other business", "30"),
    ]
    assert tree.topLevelItem(1).isExpanded()


def test_clicking_an_item_or_moving_to_it_with_the_keys_activates_it_enter_enters_it(tree, qtbot):
    with qtbot.waitSignal(tree.item_activated) as clicked:
        rect = tree.visualItemRect(item(tree, "future"))
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["future"]
    with qtbot.waitSignal(tree.item_activated) as moved:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert moved.args == ["other"]
    with qtbot.waitSignal(tree.item_entered) as entered:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert entered.args == ["other"]


def test_select_item_follows_the_editor_without_activating(tree, qtbot):
    with qtbot.assertNotEmitted(tree.item_activated):
        tree.select_item("budget")
    assert tree.current_item_id() == "budget"
    assert item(tree, "budget").isSelected()
    with qtbot.assertNotEmitted(tree.item_activated):
        tree.select_item(None)
    assert tree.current_item_id() is None
    assert tree.selectedItems() == []


def test_set_agenda_keeps_the_current_item_and_what_was_collapsed(tree, qtbot):
    choose(tree, "future")
    item(tree, "compact").setExpanded(False)
    renumbered = [
        AgendaEntry("new", "Adoption of the agenda", "1.", 1, "1", 1),
        *[
            AgendaEntry(e.id, e.title, e.label, e.level, e.paragraph_range, e.paragraph_count)
            for e in NESTED
        ],
    ]
    with qtbot.assertNotEmitted(tree.item_activated):
        tree.set_agenda(renumbered)
    assert tree.current_item_id() == "future"
    assert not item(tree, "compact").isExpanded()
    assert shown(tree)[0] == (1, "1. Adoption of the agenda", "1")


def test_set_agenda_updates_titles_and_ranges_in_place(tree):
    choose(tree, "budget")
    before = item(tree, "budget")
    changed = [
        AgendaEntry(e.id, e.title.upper(), e.label, e.level, e.paragraph_range, 0) for e in NESTED
    ]
    tree.set_agenda(changed)
    assert item(tree, "budget") is before
    assert before.text(0) == "(b) BUDGET"
    assert tree.current_item_id() == "budget"


def test_set_agenda_with_a_hundred_items(qtbot):
    tree = AgendaTree()
    qtbot.addWidget(tree)
    entries = [
        AgendaEntry(f"item-{n}", f"Agenda item {n}", f"({n})", 1 if n % 4 == 0 else 2, str(n), 1)
        for n in range(100)
    ]
    tree.set_agenda(entries)
    tree.set_agenda(entries[::-1])
    assert (
        tree.topLevelItemCount()
        + sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
        == 100
    )


def test_f2_renames_the_title_alone(tree, qtbot):
    choose(tree, "sessions")
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Thematic sessions"  # no label, no range
    assert editor.accessibleName() == "Agenda item title"
    editor.selectAll()
    with qtbot.waitSignal(tree.rename_requested) as renamed:
        qtbot.keyClicks(editor, "Informal thematic sessions")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert renamed.args == ["sessions", "Informal thematic sessions"]
    assert item(tree, "sessions").text(0) == "(a) Informal thematic sessions"


def test_escape_or_an_unchanged_title_renames_nothing(tree, qtbot):
    choose(tree, "budget")
    with qtbot.assertNotEmitted(tree.rename_requested):
        qtbot.keyClick(tree, Qt.Key.Key_F2)
        qtbot.keyClicks(QApplication.focusWidget(), "Something else")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.keyClick(tree, Qt.Key.Key_F2)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert item(tree, "budget").text(0) == "(b) Budget"


def test_double_click_renames(tree, qtbot):
    rect = tree.visualItemRect(item(tree, "other"))
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Other business"


def test_delete_key_asks_to_delete(tree, qtbot):
    choose(tree, "future")
    with qtbot.waitSignal(tree.delete_requested) as deleted:
        qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert deleted.args == ["future"]


def test_alt_up_and_down_move_among_siblings(tree, qtbot):
    choose(tree, "future")
    with qtbot.waitSignal(tree.move_requested) as up:
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert up.args == ["future", None, 1]
    with qtbot.waitSignal(tree.move_requested) as down:
        qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert down.args == ["future", None, 3]
    choose(tree, "budget")
    with qtbot.waitSignal(tree.move_requested) as sub_up:
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert sub_up.args == ["budget", "compact", 0]


def test_alt_up_and_down_do_nothing_at_the_edges(tree, qtbot):
    with qtbot.assertNotEmitted(tree.move_requested):
        choose(tree, "opening")
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        choose(tree, "other")
        qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        choose(tree, "sessions")
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        choose(tree, "hearing")
        qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert tree.current_item_id() == "hearing"
    assert tree.move_up_action.isEnabled()
    assert not tree.move_down_action.isEnabled()


def test_add_actions_say_where_the_new_item_goes(tree, qtbot):
    choose(tree, "budget")
    with qtbot.waitSignal(tree.add_requested) as item_after_parent:
        tree.add_item_action.trigger()
    assert item_after_parent.args == [None, "compact"]
    with qtbot.waitSignal(tree.add_requested) as sub_item_after:
        tree.add_sub_item_action.trigger()
    assert sub_item_after.args == ["compact", "budget"]
    choose(tree, "future")
    with qtbot.waitSignal(tree.add_requested) as last_sub_item:
        tree.add_sub_item_action.trigger()
    assert last_sub_item.args == ["future", None]
    tree.select_item(None)
    with qtbot.waitSignal(tree.refused) as refused, qtbot.assertNotEmitted(tree.add_requested):
        tree.add_sub_item_action.trigger()  # the shortcut is taken, never typed into the note
    assert "goes under an agenda item" in refused.args[0]
    with qtbot.waitSignal(tree.add_requested) as at_the_end:
        tree.add_item_action.trigger()
    assert at_the_end.args == [None, None]


def test_the_actions_are_there_for_the_window_menu(tree):
    actions = tree.actions_for_menu()
    assert [a.text().replace("&", "") for a in actions] == [
        "Add agenda item",
        "Add sub-item",
        "Rename",
        "Delete",
        "Move up",
        "Move down",
    ]
    shortcuts = [a.shortcut().toString() for a in actions]
    assert shortcuts == ["Ctrl+Alt+I", "Ctrl+Alt+Shift+I", "F2", "Del", "Alt+Up", "Alt+Down"]
    # Adding works from anywhere in the window; the others where the agenda has the keyboard.
    window_wide = Qt.ShortcutContext.WindowShortcut
    assert all(a.shortcutContext() == window_wide for a in actions[:2])
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert all(a.shortcutContext() == context for a in actions[2:])


def test_read_only_blocks_renaming_deleting_moving_and_adding(tree, qtbot):
    choose(tree, "budget")
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Typed as the file became read-only")
    with qtbot.assertNotEmitted(tree.rename_requested):
        tree.set_read_only(True)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    choose(tree, "future")
    assert not any(action.isEnabled() for action in tree.actions_for_menu())
    with (
        qtbot.assertNotEmitted(tree.rename_requested),
        qtbot.assertNotEmitted(tree.delete_requested),
        qtbot.assertNotEmitted(tree.move_requested),
    ):
        qtbot.keyClick(tree, Qt.Key.Key_F2)
        assert not isinstance(QApplication.focusWidget(), QLineEdit)
        qtbot.keyClick(tree, Qt.Key.Key_Delete)
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        rect = tree.visualItemRect(item(tree, "other"))
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert not tree.dragEnabled()
    with qtbot.waitSignal(tree.item_activated):  # reading still moves through the note
        qtbot.keyClick(tree, Qt.Key.Key_Up)
    tree.set_read_only(False)
    assert tree.delete_action.isEnabled()


def test_an_empty_agenda_shows_a_hint(qtbot):
    tree = AgendaTree()
    qtbot.addWidget(tree)
    tree.set_agenda([])
    tree.resize(300, 200)
    assert not tree.grab().isNull()
    assert tree.current_item_id() is None


def renumbered(entries: list[AgendaEntry], ranges: dict[str, str]) -> list[AgendaEntry]:
    return [replace(e, paragraph_range=ranges.get(e.id, e.paragraph_range)) for e in entries]


def test_set_agenda_rewrites_only_the_rows_that_changed(tree, qtbot):
    changed_rows: list[str] = []
    tree.model().dataChanged.connect(
        lambda top_left, bottom_right, roles: changed_rows.append(
            top_left.siblingAtColumn(0).data(ID_ROLE)
        )
    )
    tree.set_agenda(list(NESTED))
    assert changed_rows == []
    tree.set_agenda(renumbered(NESTED, {"future": "12–30", "other": "31"}))
    assert set(changed_rows) == {"future", "other"}
    other = item(tree, "other")
    assert other.toolTip(RANGE_COLUMN) == "Paragraph 31"
    assert other.data(RANGE_COLUMN, Qt.ItemDataRole.AccessibleTextRole) == "Paragraph 31"
    assert other.toolTip(0) == "4. Other business\nParagraph 31"
    assert shown(tree)[-2:] == [
        (1, "3. IOM's future role", "12–30"),
        (1, "4. Other business", "31"),
    ]


def test_the_range_column_still_fits_a_longer_range_after_an_update(tree, qtbot):
    longest = "1000–1999"
    tree.set_agenda(renumbered(NESTED, {"other": longest}))
    needed = tree.fontMetrics().horizontalAdvance(longest)
    qtbot.waitUntil(lambda: tree.columnWidth(RANGE_COLUMN) > needed)
    other = item(tree, "other")
    assert tree.visualItemRect(other).right() <= tree.viewport().width()


def test_rows_are_measured_again_when_the_column_narrows_or_the_font_grows(tree, qtbot):
    long_title = "Update by the Senior Policy Adviser on the global compact on migration"
    tree.set_agenda([replace(NESTED[0], title=long_title), *NESTED[1:]])
    opening = item(tree, "opening")
    qtbot.waitUntil(lambda: tree.visualItemRect(opening).height() > 0)
    wide = tree.visualItemRect(opening).height()
    tree.resize(160, 400)
    qtbot.waitUntil(lambda: tree.visualItemRect(opening).height() > wide)
    narrow = tree.visualItemRect(opening).height()
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tree.setFont(font)
    qtbot.waitUntil(lambda: tree.visualItemRect(opening).height() > narrow)
    needed = tree.fontMetrics().horizontalAdvance("12–29")  # in the bigger font
    qtbot.waitUntil(lambda: tree.columnWidth(RANGE_COLUMN) > needed)
