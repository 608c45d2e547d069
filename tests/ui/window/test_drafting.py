"""Drafting the real note in the window, from the keyboard, as a rapporteur does in a meeting;
then reordering, undoing, recording a request; then reading the library file again."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListView

from desktop_app.core.dates import long_date
from desktop_app.core.model import ActionStatus
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.plain_text import meeting_to_plain_text
from desktop_app.store.library import Library
from desktop_app.ui.app import create_window
from desktop_app.ui.meeting.date_field import DateField
from tests.ui.keyboard import focused, type_text
from tests.ui.real_note import (
    BODY,
    FIRST_HEADING,
    SECOND_HEADING,
    paragraph_without_marker,
    real_note,
)

pytestmark = pytest.mark.on_several_days  # the date typed must not depend on today's

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def fill_new_meeting_dialog(qtbot, today: dt.date) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "New meeting"
    try:
        dialog.activateWindow()  # the offscreen platform does not activate it as a desktop does
        qtbot.waitUntil(dialog.isActiveWindow)
        body = next(w for w in dialog.findChildren(QComboBox) if w.accessibleName() == "Body")
        type_text(body.lineEdit(), BODY)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the title, suggested from the date
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        date = dialog.findChild(DateField)
        assert date.isAncestorOf(focused())
        assert date.text() == long_date(today)  # a new meeting is today's
        qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
        type_text(focused(), "28 August 2017")
        assert date.date() == dt.date(2017, 8, 28)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # on to the symbol
        symbol = next(
            w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Document symbol"
        )
        assert focused() is symbol
        type_text(symbol, "WG/REL/2017/7")
        qtbot.keyClick(symbol, Qt.Key.Key_Return)
    finally:
        if dialog.isVisible():  # a failed step: the test fails, it does not hang in the dialog
            dialog.reject()


def paste(qtbot, editor, paragraphs: list[str]) -> None:
    QApplication.clipboard().setText("\n\n".join(paragraphs))
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)


def paragraph_numbered(editor, number: int) -> str:
    numbers = editor.note.structure().paragraph_numbers
    return next(pid for pid, n in numbers.items() if n == number)


def footnote_rows(panel) -> list[str]:
    """What a screen reader hears of each row of the footnotes panel."""
    view = panel.findChild(QListView)
    model = view.model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
    ]


def labels_on_screen(editor) -> list[str]:
    """Every paragraph number and sub-item letter the margin draws, scrolling the note from
    top to bottom a screen at a time."""
    bar = editor.verticalScrollBar()
    drawn: dict[int, str] = {}
    bar.setValue(0)
    while True:
        for label in editor.margin_labels():
            drawn[label.block_number] = label.text
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    return [drawn[number] for number in sorted(drawn)]


def find(qtbot, window, text: str) -> None:
    """Ctrl+F, the words, Escape: the words are selected in the note, the keyboard back there."""
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    type_text(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.editor.hasFocus()
    assert window.editor.textCursor().selectedText() == text


REAL_LABELS = [f"{n}." for n in range(1, 27)] + ["(a)", "(b)", "(c)", "27.", "28.", "29."]


def test_drafting_the_real_note_from_the_keyboard(qtbot, window, library_path, today):
    note = real_note()
    editor = window.editor
    assert window.centre.currentWidget() is window.welcome

    QTimer.singleShot(0, lambda: fill_new_meeting_dialog(qtbot, today))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.windowTitle().startswith("WG/REL/2017/7")
    qtbot.waitUntil(editor.hasFocus)

    type_text(editor, note.paragraphs[1])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, note.paragraphs[2])
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | ALT)  # a new agenda item, its title selected
    type_text(editor, FIRST_HEADING)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, note.paragraphs[3])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, paragraph_without_marker(4))
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL | ALT)  # the footnote, typed beside the text
    footnote_editor = focused()
    assert footnote_editor is not editor
    type_text(footnote_editor, note.footnote)
    qtbot.keyClick(footnote_editor, Qt.Key.Key_Escape)
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, note.paragraphs[5])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    paste(qtbot, editor, [note.paragraphs[n] for n in range(6, 11)])
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL | ALT)
    type_text(editor, SECOND_HEADING)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    paste(qtbot, editor, [note.paragraphs[n] for n in range(11, 26)])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, note.paragraphs[26])
    for index, sub_item in enumerate(note.sub_items):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        if index == 0:
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        type_text(editor, sub_item)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # an empty sub-item becomes a paragraph
    paste(qtbot, editor, [note.paragraphs[n] for n in range(27, 30)])
    qtbot.wait(10)

    # On screen: the numbers, letters, footnote number and agenda ranges of the real note.
    assert labels_on_screen(editor) == REAL_LABELS
    tree = window.agenda
    assert [tree.topLevelItem(i).text(1) for i in range(2)] == ["3–10", "11–29"]
    assert tree.topLevelItem(1).text(0) == SECOND_HEADING
    assert footnote_rows(window.footnotes) == [f"Footnote 1: {note.footnote}"]
    assert list(editor.note.structure().footnote_numbers.values()) == [1]
    shown = meeting_to_plain_text(editor.note.to_meeting(window.session.meeting))
    for number, text in note.paragraphs.items():
        assert f"{number}. {text}\n" in shown, number
    assert "¹ " + note.footnote in shown

    # Reorder the agenda from the tree, then undo it.
    qtbot.keyClick(editor, Qt.Key.Key_1, CTRL)
    assert focused() is tree
    qtbot.keyClick(tree, Qt.Key.Key_End)
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    qtbot.wait(10)
    assert [tree.topLevelItem(i).text(0) for i in range(2)] == [SECOND_HEADING, FIRST_HEADING]
    assert [tree.topLevelItem(i).text(1) for i in range(2)] == ["3–21", "22–29"]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert [tree.topLevelItem(i).text(1) for i in range(2)] == ["3–10", "11–29"]

    # Move paragraph 5 up, undo, redo, undo.
    qtbot.keyClick(tree, Qt.Key.Key_2, CTRL)
    paragraph_5 = paragraph_numbered(editor, 5)
    find(qtbot, window, "first multi-stakeholder hearing")
    assert editor.current_paragraph_id() == paragraph_5
    qtbot.keyClick(editor, Qt.Key.Key_Up, ALT | SHIFT)
    qtbot.wait(10)
    assert editor.note.structure().paragraph_numbers[paragraph_5] == 4
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert editor.note.structure().paragraph_numbers[paragraph_5] == 5
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.wait(10)
    assert editor.note.structure().paragraph_numbers[paragraph_5] == 4
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)

    # The request in paragraph 26 becomes an action item; then it is done.
    find(qtbot, window, "to provide three short papers")
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # accept the words as they are
    [action] = window.session.meeting.action_items
    assert action.what == "to provide three short papers"
    assert window.actions_dock.windowTitle() == "Action items (1 open)"
    window.actions.go_actions.trigger()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert action.status is ActionStatus.DONE
    assert window.actions_dock.windowTitle() == "Action items (none open)"

    window.close()
    window.library.close()

    # Opened again, the window shows the same note.
    again = create_window(library_path)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.windowTitle().startswith("WG/REL/2017/7")
        assert labels_on_screen(again.editor) == REAL_LABELS
        tree = again.agenda
        assert [tree.topLevelItem(i).text(1) for i in range(2)] == ["3–10", "11–29"]
        assert footnote_rows(again.footnotes) == [f"Footnote 1: {note.footnote}"]
        assert again.actions_dock.windowTitle() == "Action items (none open)"
    finally:
        again.close()
        again.library.close()

    with Library.open(library_path, read_only=True) as library:
        [summary] = library.meetings()
        saved = library.load_meeting(summary.id)
    numbering = number_meeting(saved)
    assert sorted(numbering.paragraphs.values()) == list(range(1, 30))
    assert [numbering.section_range(item.id) for item in saved.agenda] == ["3–10", "11–29"]
    paragraph = saved.agenda[1].paragraphs[15]
    assert numbering.paragraphs[paragraph.id] == 26
    assert [numbering.sub_items[s.id] for s, _ in paragraph.all_sub_items()] == [
        "(a)",
        "(b)",
        "(c)",
    ]
    [footnote_id] = saved.agenda[0].paragraphs[1].footnote_ids()
    assert numbering.footnotes == {footnote_id: 1}
    assert saved.footnotes[footnote_id].text.plain_text() == note.footnote
    [saved_action] = saved.action_items
    assert (saved_action.status, saved_action.paragraph_id) == (ActionStatus.DONE, paragraph.id)
    assert saved.date == dt.date(2017, 8, 28) and saved.symbol == "WG/REL/2017/7"
    printed = meeting_to_plain_text(saved)
    for number, text in note.paragraphs.items():
        assert f"{number}. {text}\n" in printed, number
