"""The note's structure, kept in step change by change, is always what reading the whole note
again gives: the numbers on screen never drift, whatever the user does."""

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.model import Meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.ui.editor.note_editor import NoteEditor
from desktop_app.ui.editor.structure import read_blocks, structure_of
from tests.conftest import SAMPLE_NOTE
from tests.support.notes import generated_meeting
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

KEYS = [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, SHIFT),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, ALT | SHIFT),
    (Qt.Key.Key_Down, ALT | SHIFT),
    (Qt.Key.Key_F, CTRL | ALT),
    (Qt.Key.Key_Z, CTRL),
    (Qt.Key.Key_Z, CTRL | SHIFT),
    (Qt.Key.Key_X, CTRL),
    (Qt.Key.Key_V, CTRL),
    (Qt.Key.Key_C, CTRL),
]


def place_cursor(editor: NoteEditor, rng: random.Random) -> None:
    note = editor.note
    cursor = QTextCursor(note)
    cursor.setPosition(rng.randrange(note.characterCount() - 1))
    if rng.random() < 0.3:
        end = min(note.characterCount() - 1, cursor.position() + rng.randrange(1, 400))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("name", "seed"), [("sample", 1), ("sample", 2), ("generated", 3), ("generated", 4)]
)
def test_the_structure_kept_in_step_is_the_structure_read_afresh(qtbot, editor, name, seed):
    rng = random.Random(seed)
    if name == "sample":
        meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    else:
        meeting = generated_meeting(120, 15, seed=seed)
    editor.note.load(meeting)
    editor.setFocus()
    for step in range(150):
        place_cursor(editor, rng)
        if rng.random() < 0.25:
            type_text(editor, rng.choice(["word ", "x", "A longer sentence. "]))
        else:
            key, modifiers = rng.choice(KEYS)
            qtbot.keyClick(editor, key, modifiers)
            if key == Qt.Key.Key_F and modifiers == CTRL | ALT:
                editor.setFocus()  # back from the footnotes panel, were there one
        qtbot.wait(1)  # the note settles, as it does between two keystrokes
        kept = editor.note.structure()
        afresh = structure_of(read_blocks(editor.note))
        assert kept == afresh, f"step {step}"


@pytest.mark.parametrize("name", ["sample", "generated", "empty"])
def test_the_structure_known_at_load_is_the_structure_read_from_the_blocks(editor, name):
    """The note knows its rows when it builds them, and does not read the blocks again."""
    meeting = {
        "sample": lambda: read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8")),
        "generated": lambda: generated_meeting(300, 40, seed=5),
        "empty": Meeting,
    }[name]()
    editor.note.load(meeting)
    assert editor.note.structure() == structure_of(read_blocks(editor.note))
    assert all(p.id in editor.note.structure().positions for p in meeting.paragraphs())


def test_a_pasted_copy_of_a_footnote_is_numbered_as_a_footnote_of_its_own(qtbot, editor):
    meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    editor.note.load(meeting)
    editor.setFocus()
    paragraph_4 = editor.note.block_of(meeting.agenda[0].paragraphs[1].id)
    cursor = QTextCursor(paragraph_4)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    editor.go_to_end()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    qtbot.wait(5)  # the note settles: the copied marker gets an id of its own
    kept = editor.note.structure()
    assert sorted(kept.footnote_numbers.values()) == [1, 2]
    assert kept == structure_of(read_blocks(editor.note))


def test_a_marker_pasted_over_another_is_numbered(qtbot, editor):
    meeting = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
    editor.note.load(meeting)
    editor.setFocus()
    [footnote_id] = meeting.footnotes
    position = editor.note.marker_position(footnote_id)
    cursor = QTextCursor(editor.note)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)  # the marker alone
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)  # pasted over itself: a copy takes its place
    qtbot.wait(5)
    kept = editor.note.structure()
    assert kept == structure_of(read_blocks(editor.note))
    [marker] = [m for row in read_blocks(editor.note) for m in row.footnote_ids]
    assert kept.footnote_numbers == {marker: 1}
