"""Going from a pane to the note loses nothing the user typed. (Leaving the window: see
test_closing.py.)"""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListView

from tests.ui.keyboard import focused, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
MARKER = "\ufffc"


def paragraph_4(window) -> str:
    return window.editor.note.findBlockByNumber(4).text()  # title block has none: 1, 2, heading


def test_a_footnote_chosen_in_the_panel_is_shown_not_selected_so_typing_keeps_it(
    qtbot, sample_window
):
    view = sample_window.footnotes.findChild(QListView)
    first = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())

    editor = sample_window.editor
    assert not editor.textCursor().hasSelection()
    highlighted = editor.extraSelections()
    assert [h.cursor.selectedText() for h in highlighted] == [MARKER]
    assert editor.textCursor().position() == highlighted[0].cursor.selectionEnd()
    shown_at = editor.cursorRect().top()
    assert editor.viewport().height() // 5 < shown_at < editor.viewport().height() // 2

    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    type_text(focused(), " (see the footnote)")
    assert paragraph_4(sample_window).endswith(f"2017.{MARKER} (see the footnote)")
    assert view.model().rowCount() == 1
    assert paragraph_4(sample_window).count(MARKER) == 1
    assert editor.extraSelections() == []  # the highlight goes once the user goes on


def test_choosing_an_agenda_item_then_typing_goes_on_at_the_end_of_its_section(
    qtbot, sample_window
):
    tree = sample_window.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # "IOM's future role": paragraphs 11–29

    editor = sample_window.editor
    top = editor.cursorForPosition(QPoint(0, 0)).block()
    assert top.text() == "IOM's future role"
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    type_text(focused(), " It was so agreed.")

    meeting = editor.note.to_meeting(sample_window.session.meeting)
    section = meeting.agenda[1]
    assert section.title == "IOM's future role"
    assert section.paragraphs[-1].text.plain_text().endswith("Related Issues. It was so agreed.")


def test_enter_on_an_agenda_item_puts_the_keyboard_at_the_end_of_its_section(qtbot, sample_window):
    tree = sample_window.agenda
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert focused() is tree
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # the first agenda item: paragraphs 3–10
    qtbot.keyClick(tree, Qt.Key.Key_Return)

    assert focused() is sample_window.editor
    type_text(focused(), " It was so agreed.")
    meeting = sample_window.editor.note.to_meeting(sample_window.session.meeting)
    section = meeting.agenda[0]
    assert (
        section.paragraphs[-1]
        .text.plain_text()
        .endswith("(www.iom.int/multi-stakeholder-hearings). It was so agreed.")
    )
    assert [item.title for item in meeting.agenda] == [
        sample_window.session.meeting.agenda[0].title,
        "IOM's future role",
    ]  # nothing was typed into the agenda


def test_choosing_an_agenda_item_with_no_paragraphs_puts_the_cursor_after_its_title(
    qtbot, sample_window
):
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_I, CTRL | Qt.KeyboardModifier.AltModifier)
    type_text(focused(), "Other matters")
    tree = sample_window.agenda
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert sample_window.editor.textCursor().block().text() == "Other matters"
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), "No other matters were raised.")
    meeting = sample_window.editor.note.to_meeting(sample_window.session.meeting)
    assert meeting.agenda[-1].title == "Other matters"
    assert [p.text.plain_text() for p in meeting.agenda[-1].paragraphs] == [
        "No other matters were raised."
    ]


def test_undo_in_the_note_of_a_footnote_edit_shows_the_old_text_in_the_footnotes_pane(
    qtbot, sample_window
):
    footnotes = sample_window.footnotes
    footnotes.edit_footnote(next(iter(sample_window.session.meeting.footnotes)))
    type_text(focused(), " EDITED")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # back to the note, after the marker
    view = footnotes.findChild(QListView)

    def row_text() -> str:
        return view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)

    assert row_text().endswith("Puerto Vallarta. EDITED")
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: row_text().endswith("Puerto Vallarta."))
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: row_text().endswith("Puerto Vallarta. EDITED"))
