"""The agenda tree drives the note: choose, rename, add, delete, each one step of undo."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph
from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def titles(sample_window) -> list[tuple[str, str]]:
    tree = sample_window.agenda
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def blocks(window) -> list:
    note = window.editor.note
    return [note.findBlockByNumber(n) for n in range(note.blockCount())]


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.button(button).click()


def test_choosing_an_item_brings_its_section_into_view(qtbot, sample_window):
    sample_window.editor.go_to_end()
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    top_block = sample_window.editor.cursorForPosition(QPoint(0, 0)).block()
    assert top_block.text().startswith("Update by the Senior Policy Adviser")


def test_f2_renames_the_heading_in_the_note(qtbot, sample_window):
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "The future role of IOM")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert titles(sample_window)[1] == ("The future role of IOM", "11–29")
    headings = [b.text() for b in blocks(sample_window) if b.text() == "The future role of IOM"]
    assert len(headings) == 1  # the heading in the note itself


def test_deleting_an_item_asks_how_many_paragraphs_move_and_undo_brings_it_back(
    qtbot, sample_window
):
    seen: list[str] = []
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 19 paragraphs will be kept" in seen[0]
    assert titles(sample_window) == [(titles(sample_window)[0][0], "3–29")]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert [r for _, r in titles(sample_window)] == ["3–10", "11–29"]


def test_cancelling_a_deletion_changes_nothing(qtbot, sample_window):
    seen: list[str] = []
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    assert "Its 8 paragraphs will be kept" in seen[0]
    assert [r for _, r in titles(sample_window)] == ["3–10", "11–29"]


def test_a_new_sub_item_goes_under_the_current_item_and_takes_the_title_typed(qtbot, sample_window):
    tree = sample_window.agenda
    sample_window.editor.go_to_entity(sample_window.editor.note.structure().agenda[0].id)
    sample_window.editor.setFocus()
    qtbot.keyClick(
        sample_window.editor,
        Qt.Key.Key_I,
        CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_text(sample_window.editor, "Thematic sessions")
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_Return)
    type_text(sample_window.editor, "The co-facilitators reported.")
    qtbot.wait(10)
    first = tree.topLevelItem(0)
    assert first.childCount() == 1
    assert (first.child(0).text(0), first.child(0).text(1)) == ("Thematic sessions", "11")
    assert titles(sample_window)[1][1] == "12–30"


@pytest.fixture
def four_items_window(window):
    """The window showing a meeting of four agenda items, each with one paragraph."""
    meeting = Meeting(body="Working Group", title="Four items", symbol="WG/4")
    for title in ("First", "Second", "Third", "Fourth"):
        paragraph = Paragraph(Inline.plain(f"On the {title.lower()} item."))
        meeting.agenda.append(AgendaItem(title=title, paragraphs=[paragraph]))
    window.library.add_meeting(meeting)
    window.open_meeting(meeting.id)
    return window


def agenda_order(window) -> list[str]:
    tree = window.agenda
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def headings_in_note(window) -> list[str]:
    note = window.editor.note
    return [
        note.findBlockByNumber(n).text()
        for n in range(note.blockCount())
        if note.structure().rows[n].kind.is_heading
    ]


def test_alt_down_pressed_again_and_again_keeps_moving_the_same_item(qtbot, four_items_window):
    window = four_items_window
    tree = window.agenda
    window.editor.go_to_end()  # the cursor in another section than the item moved
    window.agenda_dock.show()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentItem(tree.topLevelItem(0))
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down, ALT)
        qtbot.wait(10)
        assert tree.currentItem().text(0) == "First"
        assert tree.currentItem().isSelected()
        assert tree.hasFocus()
    assert agenda_order(window) == ["Second", "Third", "Fourth", "First"]
    assert headings_in_note(window) == ["Second", "Third", "Fourth", "First"]
    assert "On the first item." in window.editor.note.toPlainText().split("First", 1)[1]
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    qtbot.wait(10)
    assert agenda_order(window) == ["Second", "Third", "First", "Fourth"]
    assert tree.currentItem().text(0) == "First"


def test_alt_up_after_choosing_an_item_by_keyboard_moves_it_and_undo_puts_it_back(
    qtbot, four_items_window
):
    window = four_items_window
    tree = window.agenda
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # "Second": the note goes to its section
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    qtbot.wait(10)
    assert agenda_order(window) == ["Second", "First", "Third", "Fourth"]
    assert tree.currentItem().text(0) == "Second"
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert agenda_order(window) == ["First", "Second", "Third", "Fourth"]
    assert headings_in_note(window) == ["First", "Second", "Third", "Fourth"]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(10)
    assert headings_in_note(window) == ["Second", "First", "Third", "Fourth"]


def paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(Inline.plain(text)) for text in texts]


@pytest.fixture
def nested_window(window):
    """Opening; First (F1, F2) with Alpha (A1) and (b) Beta (B1, B2); Second (S1–S3) with
    Gamma (G1, G2), Delta (none) and Epsilon (E1); Third (none)."""
    meeting = Meeting(body="Working Group", title="Nested items", symbol="WG/N")
    meeting.opening = paragraphs("Opening remark.")
    first = AgendaItem("First", paragraphs=paragraphs("F1", "F2"))
    first.sub_items = [
        AgendaItem("Alpha", paragraphs=paragraphs("A1")),
        AgendaItem("Beta", "(b)", paragraphs=paragraphs("B1", "B2")),
    ]
    second = AgendaItem("Second", paragraphs=paragraphs("S1", "S2", "S3"))
    second.sub_items = [
        AgendaItem("Gamma", paragraphs=paragraphs("G1", "G2")),
        AgendaItem("Delta"),
        AgendaItem("Epsilon", paragraphs=paragraphs("E1")),
    ]
    meeting.agenda = [first, second, AgendaItem("Third")]
    window.library.add_meeting(meeting)
    window.open_meeting(meeting.id)
    return window


def outline(window) -> list[str]:
    """The agenda as the tree shows it, sub-items indented."""
    tree, rows = window.agenda, []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append(top.text(0))
        rows += ["  " + top.child(j).text(0) for j in range(top.childCount())]
    return rows


def section_of(window, text: str) -> str | None:
    """The title of the agenda item whose section holds the paragraph of that text."""
    note = window.editor.note
    structure = note.structure()
    number = next(n for n in range(note.blockCount()) if note.findBlockByNumber(n).text() == text)
    section = structure.section_at(number)
    return next((e.title for e in structure.agenda if e.id == section), None)


def delete_from_tree(qtbot, window, shown_as: str) -> str:
    """Choose the item in the tree, press Delete, answer Yes; the question asked."""
    tree, seen = window.agenda, []
    match = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    tree.setFocus()
    tree.setCurrentItem(tree.findItems(shown_as, match)[0])
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes, seen))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.wait(10)
    return seen[0]


NESTED_OUTLINE = [
    "First",
    "  Alpha",
    "  (b) Beta",
    "Second",
    "  Gamma",
    "  Delta",
    "  Epsilon",
    "Third",
]


def test_deleting_an_item_with_sub_items_says_where_they_and_its_paragraphs_go(
    qtbot, nested_window
):
    window = nested_window
    asked = delete_from_tree(qtbot, window, "Second")
    assert asked == (
        "Delete the agenda item “Second”?\n\n"
        "Its 3 paragraphs will be kept, at the end of “(b) Beta”.\n"
        "Its 3 sub-items, with their 3 paragraphs, will become sub-items of “First”."
    )
    assert outline(window) == [
        "First",
        "  Alpha",
        "  (b) Beta",
        "  Gamma",
        "  Delta",
        "  Epsilon",
        "Third",
    ]
    assert [section_of(window, t) for t in ("S1", "S2", "S3")] == ["Beta"] * 3
    assert [section_of(window, t) for t in ("G1", "G2", "E1")] == ["Gamma", "Gamma", "Epsilon"]
    qtbot.keyClick(window.agenda, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert outline(window) == NESTED_OUTLINE


def test_deleting_the_first_item_makes_its_sub_items_agenda_items_as_it_says(qtbot, nested_window):
    window = nested_window
    asked = delete_from_tree(qtbot, window, "First")
    assert asked.endswith(
        "Its 2 paragraphs will be kept, at the end of the paragraphs before the first agenda "
        "item.\nIts 2 sub-items, with their 3 paragraphs, will become agenda items."
    )
    assert outline(window) == [
        "Alpha",
        "(b) Beta",
        "Second",
        "  Gamma",
        "  Delta",
        "  Epsilon",
        "Third",
    ]
    assert [section_of(window, t) for t in ("F1", "F2", "A1", "B2")] == [
        None,
        None,
        "Alpha",
        "Beta",
    ]
    qtbot.keyClick(window.agenda, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert outline(window) == NESTED_OUTLINE


@pytest.mark.parametrize(
    ("shown_as", "said", "holder"),
    [
        ("  Gamma", "Its 2 paragraphs will be kept, at the end of “Second”.", ("G1", "Second")),
        ("  Delta", "It has no paragraphs.", ("E1", "Epsilon")),
        ("Third", "It has no paragraphs.", ("E1", "Epsilon")),
    ],
)
def test_deleting_an_item_without_sub_items_says_where_its_paragraphs_go(
    qtbot, nested_window, shown_as, said, holder
):
    window = nested_window
    asked = delete_from_tree(qtbot, window, shown_as.strip())
    assert asked.endswith(f"?\n\n{said}")
    assert outline(window) == [row for row in NESTED_OUTLINE if row != shown_as]
    assert section_of(window, holder[0]) == holder[1]


def action_items_on_their_text(window) -> list[tuple[int | None, str]]:
    """Each action item as the pane numbers it, with the start of the paragraph it came from
    as the note now shows it under that number."""
    note = window.editor.note
    structure = note.structure()
    actions = {action.id: action for action in window.session.meeting.action_items}
    out = []
    for view in window.session.action_item_views():
        block = note.block_of(actions[view.id].paragraph_id)
        assert structure.paragraph_numbers[actions[view.id].paragraph_id] == view.paragraph_number
        out.append((view.paragraph_number, block.text()[:40]))
    return out


def test_alt_down_on_the_first_item_of_the_sample_moves_each_section_whole(
    qtbot, sample_window, library_path
):
    """Sections of 8 and 19 paragraphs: every paragraph goes with its heading, and every
    action item with its paragraph."""
    window = sample_window
    before = action_items_on_their_text(window)
    texts_before = window.editor.note.toPlainText()
    tree = window.agenda
    window.agenda_dock.show()
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, ALT)
    qtbot.wait(10)
    assert titles(window) == [
        ("IOM's future role", "3–21"),
        (
            "Update by the Senior Policy Adviser to the Director General on the global compact "
            "on migration and exchange of views",
            "22–29",
        ),
    ]
    after = action_items_on_their_text(window)
    assert [text for _, text in after] == [text for _, text in before]
    assert sorted(number for number, _ in before) == [18, 18, 26, 27, 28]
    assert sorted(number for number, _ in after) == [10, 10, 18, 19, 20]  # each 8 earlier
    assert window.editor.note.toPlainText() != texts_before
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    qtbot.wait(10)
    assert window.editor.note.toPlainText() == texts_before
    assert action_items_on_their_text(window) == before


def test_a_heading_shows_the_paragraph_numbers_of_its_sub_items_too(nested_window):
    """First holds F1, F2 (2–3) and its sub-items Alpha (A1: 4) and Beta (B1, B2: 5–6)."""
    tree = nested_window.agenda
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert (first.text(0), first.text(1)) == ("First", "2–6")
    assert [first.child(n).text(1) for n in range(2)] == ["4", "5–6"]
    assert (second.text(0), second.text(1)) == ("Second", "7–12")


def test_ctrl_alt_i_on_the_empty_paragraph_enter_left_leaves_no_number_behind(qtbot, sample_window):
    window = sample_window
    editor = window.editor
    editor.go_to_end()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [label.text for label in editor.margin_labels()][-1] == "30."
    before = editor.note.blockCount()
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | ALT)
    type_text(editor, "Any other business")
    qtbot.wait(10)
    assert editor.note.blockCount() == before  # the empty paragraph became the heading
    assert max(editor.note.structure().paragraph_numbers.values()) == 29
    assert [title for title, _ in titles(window)][-1] == "Any other business"
    assert editor.note.lastBlock().text() == "Any other business"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the title typed
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the agenda item, and the paragraph is back
    qtbot.wait(10)
    assert max(editor.note.structure().paragraph_numbers.values()) == 30
    assert editor.note.lastBlock().text() == ""
