"""What the find tests read of the window: the number in the margin at the cursor, a
paragraph by its number, the footnote as its pane shows it; and Ctrl+F (or Ctrl+H) pressed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MARKER = "\ufffc"
FOOTNOTE = (
    "Originally planned to take place in Guadalajara, the stocktaking meeting will now be "
    "held in Puerto Vallarta."
)


def label_at_cursor(window) -> str:
    """The number in the margin of the paragraph the cursor is in ("12.")."""
    editor = window.editor
    return editor.note.structure().rows[editor.textCursor().blockNumber()].label


def paragraph(window, number: int) -> str:
    """The text of the paragraph numbered so in the margin."""
    note = window.editor.note
    labels = [info.label for info in note.structure().rows]
    return note.findBlockByNumber(labels.index(f"{number}.")).text()


def footnote_in_pane(window) -> str:
    """The sample's one footnote as its row in the footnotes pane reads."""
    view = window.footnotes.findChild(QListView)
    return view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole).split(" ", 1)[1]


def open_find(qtbot, window, keys: Qt.Key = Qt.Key.Key_F):
    window.editor.setFocus()
    qtbot.keyClick(window.editor, keys, CTRL)
    return window.find_bar
