"""The note editor with real keystrokes: numbers, sub-items, footnotes, moves, undo."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.core.numbering import number_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.formats.plain_text import meeting_to_plain_text
from tests.conftest import SAMPLE_NOTE

SAMPLE = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
BLANK = read_markdown("---\nbody: Working Group\ntitle: Note\ndate: 2017-08-28\n---\n\n1.\n")


def load(editor, meeting):
    editor.note.load(meeting)
    editor.go_to_end()
    return meeting


def labels(editor):
    """What the margin shows, block by block, with each block's text."""
    structure = editor.note.structure()
    block = editor.note.begin()
    out = []
    while block.isValid():
        out.append((structure.rows[block.blockNumber()].label, block.text()))
        block = block.next()
    return out


def settle(qtbot, editor):
    """Let the editor finish what it does once the event loop is free."""
    qtbot.wait(1)
    return editor.note.structure()


def test_the_sample_note_shows_its_numbers_letters_and_footnote(editor):
    meeting = load(editor, SAMPLE)
    shown = [label for label, _ in labels(editor) if label]
    assert shown == [f"{n}." for n in range(1, 27)] + ["(a)", "(b)", "(c)", "27.", "28.", "29."]
    assert editor.note.structure().footnote_numbers == {next(iter(meeting.footnotes)): 1}
    assert meeting_to_markdown(editor.note.to_meeting(meeting)) == SAMPLE_NOTE.read_text(
        encoding="utf-8"
    )


def test_enter_starts_the_next_numbered_paragraph(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "The meeting opened.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "The agenda was adopted.")
    settle(qtbot, editor)
    assert labels(editor) == [("1.", "The meeting opened."), ("2.", "The agenda was adopted.")]
    ids = [b.id for b in editor.note.structure().rows]
    assert len(set(ids)) == 2


def test_enter_in_the_middle_splits_and_the_first_half_keeps_its_id(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "First half. Second half.")
    first_id = editor.note.structure().rows[0].id
    cursor = editor.textCursor()
    cursor.setPosition(len("First half."))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # the space
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    structure = settle(qtbot, editor)
    assert labels(editor) == [("1.", "First half."), ("2.", "Second half.")]
    assert structure.rows[0].id == first_id != structure.rows[1].id


def test_enter_at_the_start_opens_a_paragraph_above_and_keeps_the_id_below(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "Existing")
    existing = editor.note.structure().rows[0].id
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    structure = settle(qtbot, editor)
    assert labels(editor) == [("1.", ""), ("2.", "Existing")]
    assert structure.rows[1].id == existing


def test_tab_makes_lettered_sub_items_and_shift_tab_turns_them_back(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "He noted three papers, namely:")
    for text in ("An update;", "A brief;", "A summary."):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        if text == "An update;":
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.keyClicks(editor, text)
    settle(qtbot, editor)
    assert [label for label, _ in labels(editor)] == ["1.", "(a)", "(b)", "(c)"]
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # (c) becomes (i) under (b)
    settle(qtbot, editor)
    assert [label for label, _ in labels(editor)] == ["1.", "(a)", "(b)", "(i)"]
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    settle(qtbot, editor)
    assert [label for label, _ in labels(editor)] == ["1.", "(a)", "(b)", "2."]


def test_enter_on_an_empty_sub_item_ends_the_sub_items(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "Namely:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Next paragraph")
    settle(qtbot, editor)
    assert labels(editor) == [("1.", "Namely:"), ("(a)", "one"), ("2.", "Next paragraph")]


def test_a_sub_item_needs_a_paragraph_above_it(qtbot, editor):
    load(editor, SAMPLE)
    messages = []
    editor.message.connect(messages.append)
    heading = editor.note.structure().agenda[0].id
    editor.go_to_entity(heading)
    editor.moveCursor(QTextCursor.MoveOperation.NextBlock)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert messages == ["A sub-item needs a paragraph above it in its section."]
    assert labels(editor)[3][0] == "3."


def test_a_footnote_is_inserted_numbered_and_renumbered(qtbot, editor):
    load(editor, SAMPLE)
    inserted = []
    editor.footnote_inserted.connect(inserted.append)
    editor.go_to_entity(editor.note.structure().rows[1].id)  # paragraph 2
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClick(
        editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    structure = settle(qtbot, editor)
    assert len(inserted) == 1
    old = [fid for fid in structure.footnote_numbers if fid != inserted[0]]
    assert structure.footnote_numbers == {inserted[0]: 1, old[0]: 2}
    editor.note.set_footnote_text(
        inserted[0],
        read_markdown("---\nbody: b\ntitle: t\ndate: 2017-01-01\n---\n\n1. WG/REL/2017/6.\n")
        .opening[0]
        .text,
    )
    meeting = editor.note.to_meeting(SAMPLE)
    assert meeting.footnotes[inserted[0]].text.plain_text() == "WG/REL/2017/6."
    assert number_meeting(meeting).footnotes[inserted[0]] == 1


def test_deleting_a_marker_deletes_its_footnote_and_undo_brings_it_back(qtbot, editor):
    meeting = load(editor, SAMPLE)
    [footnote_id] = meeting.footnotes
    editor.go_to_footnote_marker(footnote_id)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    structure = settle(qtbot, editor)
    assert structure.footnote_numbers == {}
    assert editor.note.to_meeting(meeting).footnotes == {}
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    structure = settle(qtbot, editor)
    assert structure.footnote_numbers == {footnote_id: 1}
    restored = editor.note.to_meeting(meeting).footnotes[footnote_id].text.plain_text()
    assert restored.startswith("Originally planned")


def test_alt_shift_arrows_move_a_paragraph_with_its_sub_items_across_headings(qtbot, editor):
    meeting = load(editor, SAMPLE)
    paragraph_26 = meeting.agenda[1].paragraphs[15]
    editor.go_to_entity(paragraph_26.id)
    up = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_Up, up)
    settle(qtbot, editor)
    moved = editor.note.to_meeting(meeting)
    numbering = number_meeting(moved)
    assert numbering.paragraphs[paragraph_26.id] == 25
    assert [s.text.plain_text()[:8] for s in moved.agenda[1].paragraphs[14].sub_items] == [
        "An updat",
        "A brief ",
        "A summar",
    ]
    # Paragraph 11, the first of its section, moves up across the heading into section 1.
    first_of_section = meeting.agenda[1].paragraphs[0]
    editor.go_to_entity(first_of_section.id)
    qtbot.keyClick(editor, Qt.Key.Key_Up, up)
    settle(qtbot, editor)
    moved = editor.note.to_meeting(meeting)
    assert moved.agenda[0].paragraphs[-1].id == first_of_section.id
    assert number_meeting(moved).section_range(moved.agenda[1].id) == "12–29"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert meeting_to_markdown(editor.note.to_meeting(meeting)) == meeting_to_markdown(meeting)


def test_undo_and_redo_cover_typing_and_structure(qtbot, editor):
    meeting = load(editor, SAMPLE)
    before = meeting_to_plain_text(editor.note.to_meeting(meeting))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "A thirtieth paragraph.")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    after = meeting_to_plain_text(editor.note.to_meeting(meeting))
    assert "    (a) A thirtieth paragraph." in after
    for _ in range(10):
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert meeting_to_plain_text(editor.note.to_meeting(meeting)) == before
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(10):
        qtbot.keyClick(editor, Qt.Key.Key_Z, redo)
    settle(qtbot, editor)
    assert meeting_to_plain_text(editor.note.to_meeting(meeting)) == after


def test_the_keyboards_undo_and_redo_keys_are_the_notes_undo_not_typing(qtbot, editor):
    meeting = load(editor, SAMPLE)
    before = meeting_to_plain_text(editor.note.to_meeting(meeting))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "A thirtieth paragraph.")
    after = meeting_to_plain_text(editor.note.to_meeting(meeting))
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Undo)
    settle(qtbot, editor)
    assert meeting_to_plain_text(editor.note.to_meeting(meeting)) == before
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Redo)
    settle(qtbot, editor)
    assert meeting_to_plain_text(editor.note.to_meeting(meeting)) == after


def test_backspace_at_the_start_of_a_paragraph_joins_it_to_the_one_above(qtbot, editor):
    load(editor, BLANK)
    qtbot.keyClicks(editor, "One.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, " Two.")
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert labels(editor) == [("1.", "One. Two.")]


def test_backspace_never_joins_a_paragraph_to_a_heading(qtbot, editor):
    meeting = load(editor, SAMPLE)
    editor.go_to_entity(meeting.agenda[1].paragraphs[0].id)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert [e.title for e in editor.note.structure().agenda][1] == "IOM's future role"


def test_ctrl_b_and_ctrl_i_format_what_is_typed(qtbot, editor):
    meeting = load(editor, BLANK)
    qtbot.keyClicks(editor, "The ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Working Group")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " ")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "requested")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " papers.")
    text = editor.note.to_meeting(meeting).opening[0].text
    assert text.markup == "The **Working Group** *requested* papers."
