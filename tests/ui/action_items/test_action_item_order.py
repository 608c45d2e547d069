"""The action items are listed in the order of the paragraphs they come from, whatever the
order they were made in, and stay so when a paragraph moves; those from no paragraph last."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListView

from tests.ui.keyboard import focused, type_text
from tests.ui.real_note import FIRST_HEADING

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def listed(window) -> list[tuple[str, str]]:
    """The action items as the pane shows them, top to bottom: what, and the status line
    ("Open · para. 18")."""
    view = window.action_items.findChild(QListView)
    model = view.model()
    rows = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
    lines = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole).split("\n") for r in rows]
    return [(shown[0], shown[-1]) for shown in lines]


def put_cursor_in(window, label: str) -> None:
    """The cursor at the end of the block labelled so in the margin ("5."), or of the heading
    with that title."""
    note = window.editor.note
    structure = note.structure()
    number = next(n for n, info in enumerate(structure.rows) if label in (info.label, info.title))
    cursor = QTextCursor(note.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def add_action_item(qtbot, window, what: str) -> None:
    """Ctrl+Shift+A where the cursor is; its words typed in place of the paragraph's."""
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | SHIFT)
    field = focused()
    assert field.accessibleName() == "What"
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    type_text(field, what)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)


def test_action_items_follow_the_paragraphs_and_move_with_them(qtbot, sample_window):
    sample = listed(sample_window)
    assert [status for _, status in sample] == [
        "Open · para. 18",
        "Open · para. 18",
        "Open · para. 26",
        "Open · para. 27",
        "Open · para. 28",
    ]  # the sample meeting made them in the order 26, 27, 18, 18, 28
    assert sample[0][0].startswith("Produce an analysis")  # made before the briefing note
    assert sample[1][0].startswith("Produce a short briefing note")

    put_cursor_in(sample_window, "IOM's future role")  # a heading: from no paragraph
    add_action_item(qtbot, sample_window, "Circulate the non-paper again")
    put_cursor_in(sample_window, "20.")
    add_action_item(qtbot, sample_window, "Report on the monitoring mechanism")
    put_cursor_in(sample_window, "5.")
    add_action_item(qtbot, sample_window, "Share the hearing's summary")
    put_cursor_in(sample_window, FIRST_HEADING)  # from no paragraph, made after
    add_action_item(qtbot, sample_window, "Invite the co-facilitators")
    put_cursor_in(sample_window, "3.")
    add_action_item(qtbot, sample_window, "Publish the IDM workshop report")

    assert listed(sample_window) == [
        ("Publish the IDM workshop report", "Open · para. 3"),
        ("Share the hearing's summary", "Open · para. 5"),
        sample[0],
        sample[1],
        ("Report on the monitoring mechanism", "Open · para. 20"),
        *sample[2:],
        ("Circulate the non-paper again", "Open"),
        ("Invite the co-facilitators", "Open"),
    ]

    put_cursor_in(sample_window, "5.")
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_Up, ALT | SHIFT)
    qtbot.keyClick(sample_window.editor, Qt.Key.Key_Up, ALT | SHIFT)  # above paragraph 3
    qtbot.waitUntil(lambda: listed(sample_window)[0][0] == "Share the hearing's summary")
    assert listed(sample_window)[:2] == [
        ("Share the hearing's summary", "Open · para. 3"),
        ("Publish the IDM workshop report", "Open · para. 4"),
    ]

    put_cursor_in(sample_window, "20.")
    for _ in range(10):  # down past paragraph 28, to the end of the note
        qtbot.keyClick(sample_window.editor, Qt.Key.Key_Down, ALT | SHIFT)
    qtbot.waitUntil(lambda: listed(sample_window)[-3][1] == "Open · para. 29")
    assert [what for what, _ in listed(sample_window)[-5:]] == [
        sample[3][0],
        sample[4][0],
        "Report on the monitoring mechanism",
        "Circulate the non-paper again",
        "Invite the co-facilitators",
    ]
