"""The clipboard: a paste keeps only text, emphasis and paragraph breaks, reads nothing a pasted
page refers to, and refuses a huge paste; a copy within the note carries each block's kind and
its footnotes."""

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.core.inline import Inline
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.ui.editor.block_kinds import BlockKind
from desktop_app.ui.editor.clipboard import (
    MAX_PASTE_CHARACTERS,
    NOTE_MIME_TYPE,
    PastedBlock,
    PasteTooLarge,
    blocks_from_mime,
    insert_blocks,
    note_mime,
    selected_blocks,
)
from tests.conftest import SAMPLE_NOTE
from tests.ui.editor.notes import outline_meeting, shown

SAMPLE = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))
BLANK = read_markdown("---\nbody: Working Group\ntitle: Note\ndate: 2017-08-28\n---\n\n1.\n")


def load(editor, meeting):
    editor.note.load(meeting)
    editor.go_to_end()
    return meeting


def labels(editor):
    """What the margin shows, block by block, with each block's text."""
    return shown(editor.note)


def settle(qtbot, editor):
    """Let the editor finish what it does once the event loop is free."""
    qtbot.wait(1)
    return editor.note.structure()


def mime_of(text: str = "", html: str = "") -> QMimeData:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    return mime


def pasted(mime: QMimeData) -> list[tuple[str, str]]:
    """What a paste inserts: each block's kind and text, as markup."""
    return [(block.kind.name, block.text.markup) for block in blocks_from_mime(mime)]


def test_plain_text_lines_are_paragraphs_unless_blank_lines_part_them(qapp):
    assert pasted(mime_of("One.\r\nTwo.\rThree.\n")) == [
        ("PARAGRAPH", "One."), ("PARAGRAPH", "Two."), ("PARAGRAPH", "Three."),
    ]  # fmt: skip
    assert pasted(mime_of("A first\n  paragraph.\n \t\nA  second.")) == [
        ("PARAGRAPH", "A first paragraph."), ("PARAGRAPH", "A second."),
    ]  # fmt: skip


def test_pasted_html_keeps_emphasis_but_not_a_headings_weight_nor_its_spacing(qapp):
    html = "<h2>Outcome</h2><p>The&nbsp;&nbsp; <b>Group</b>   <i>agreed</i>. </p><p> </p>"
    assert pasted(mime_of("ignored", html)) == [
        ("PARAGRAPH", "Outcome"), ("PARAGRAPH", "The **Group** *agreed*."),
    ]  # fmt: skip


def test_a_pasted_page_reads_no_style_sheet_from_the_disk(qapp, tmp_path):
    style = tmp_path / "style.css"
    style.write_text("p { font-style: italic; font-weight: bold }", encoding="utf-8")
    html = f'<html><head><link rel="stylesheet" type="text/css" href="{style.as_uri()}"></head>'
    html += "<p>Hello</p></html>"
    assert pasted(mime_of(html=html)) == [("PARAGRAPH", "Hello")]


def test_a_copy_within_the_note_comes_back_with_its_kinds_and_footnotes(qapp):
    blocks = [
        PastedBlock(
            Inline.from_markup("Namely:[^f1]"),
            BlockKind.PARAGRAPH,
            {"f1": Inline.plain("A paper.")},
        ),
        PastedBlock(Inline.from_markup("*One*;"), BlockKind.SUB_ITEM),
    ]
    mime = mime_of("Namely:\nOne;")
    mime.setData(NOTE_MIME_TYPE, note_mime(blocks))
    assert blocks_from_mime(mime) == blocks
    broken = mime_of("Namely:\nOne;")
    broken.setData(NOTE_MIME_TYPE, QByteArray(b'[{"kind": 99}]'))  # from another version
    assert pasted(broken) == [("PARAGRAPH", "Namely:"), ("PARAGRAPH", "One;")]


def test_too_much_text_is_refused_with_what_to_do_instead(qapp):
    assert len(blocks_from_mime(mime_of("x" * MAX_PASTE_CHARACTERS))) == 1
    with pytest.raises(PasteTooLarge, match="paste it in parts, or import it as a file"):
        blocks_from_mime(mime_of(html="<p>" + "x" * MAX_PASTE_CHARACTERS + "</p>"))


def test_the_selection_is_copied_with_each_blocks_kind_and_its_footnotes(editor):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note.findBlockByNumber(2))
    cursor.setPosition(cursor.position() + 3)  # from "ely:" of "Namely:"
    cursor.setPosition(editor.note.findBlockByNumber(7).position() + 7, cursor.MoveMode.KeepAnchor)
    copied = [
        (b.kind.name, b.text.markup, b.footnotes) for b in selected_blocks(editor.note, cursor)
    ]
    assert copied == [
        ("PARAGRAPH", "ely:", {}), ("SUB_ITEM", "One;", {}), ("SUB_SUB_ITEM", "Deeper.", {}),
        ("UNNUMBERED", "Quoted.", {}), ("SUB_HEADING", "Niger", {}),  # its type is no stress
        ("PARAGRAPH", "Noted.[^f1]", {"f1": Inline.plain("A paper.")}),
    ]  # fmt: skip
    assert selected_blocks(editor.note, QTextCursor(editor.note)) == []


def test_a_paste_into_a_heading_adds_its_first_line_and_a_paragraph_not_a_heading_after(
    qtbot, editor
):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note.findBlockByNumber(6))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    blocks = [
        PastedBlock(Inline.from_markup(" and *Chad*"), BlockKind.PARAGRAPH),
        PastedBlock(Inline.plain("Togo"), BlockKind.SUB_ITEM),  # under a heading: a paragraph
        PastedBlock(Inline.plain("Kept;"), BlockKind.SUB_ITEM),
    ]
    insert_blocks(editor.note, cursor, blocks)
    qtbot.wait(1)
    assert shown(editor.note)[6:] == [
        ("", "Niger and Chad"), ("3.", "Togo"), ("(a)", "Kept;"), ("4.", "Noted.\ufffc"),
    ]  # fmt: skip
    editor.note.undo_step()  # the whole paste, in one step
    assert shown(editor.note)[6:] == [("", "Niger"), ("3.", "Noted.\ufffc")]


def test_a_paste_after_a_paragraph_keeps_the_kinds_copied_and_replaces_the_selection(qtbot, editor):
    editor.note.load(outline_meeting())
    cursor = QTextCursor(editor.note.findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    blocks = [
        PastedBlock(Inline.plain("Namely:"), BlockKind.PARAGRAPH),
        PastedBlock(Inline.plain("Two;"), BlockKind.SUB_ITEM),
        PastedBlock(Inline.plain("Agenda"), BlockKind.HEADING),
    ]
    insert_blocks(editor.note, cursor, blocks)
    qtbot.wait(1)
    assert shown(editor.note)[:4] == [
        ("1.", "Namely:"),
        ("(a)", "Two;"),
        ("2.", "Agenda"),
        ("", "Mali"),
    ]


def paste(qtbot, editor, mime: QMimeData) -> None:
    """What another program put on the clipboard, pasted with Ctrl+V."""
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasting_rich_text_keeps_text_emphasis_and_paragraph_breaks_only(qtbot, editor):
    meeting = load(editor, BLANK)
    mime = QMimeData()
    mime.setHtml(
        '<h1 style="color:red">Outcome</h1><p>The <b>Group</b> <i>agreed</i>.'
        '<img src="file:///etc/passwd"><script>alert(1)</script></p><p>Second.</p>'
    )
    paste(qtbot, editor, mime)
    settle(qtbot, editor)
    pasted = editor.note.to_meeting(meeting)
    assert [p.text.markup for p in pasted.opening] == [
        "Outcome",
        "The **Group** *agreed*.",
        "Second.",
    ]
    assert [label for label, _ in labels(editor)] == ["1.", "2.", "3."]


def test_pasting_plain_text_paragraphs_makes_numbered_paragraphs(qtbot, editor):
    meeting = load(editor, BLANK)
    mime = QMimeData()
    mime.setText("First paragraph\nwrapped here.\n\nSecond paragraph.\n")
    paste(qtbot, editor, mime)
    settle(qtbot, editor)
    assert [p.text.plain_text() for p in editor.note.to_meeting(meeting).opening] == [
        "First paragraph wrapped here.",
        "Second paragraph.",
    ]


def test_a_huge_paste_is_refused_with_a_message_and_changes_nothing(qtbot, editor):
    load(editor, SAMPLE)
    messages = []
    editor.message.connect(messages.append)
    before = editor.note.toPlainText()
    mime = QMimeData()
    mime.setText("x" * (MAX_PASTE_CHARACTERS + 1))
    paste(qtbot, editor, mime)
    assert editor.note.toPlainText() == before
    assert "too long" in messages[0]


def test_copy_and_paste_within_the_note_keeps_sub_items_and_copies_footnotes(qtbot, editor):
    meeting = load(editor, SAMPLE)
    paragraph_4 = meeting.agenda[0].paragraphs[1]
    block = editor.note.block_of(paragraph_4.id)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    editor.go_to_end()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    structure = settle(qtbot, editor)
    copied = editor.note.to_meeting(meeting)
    assert len(copied.footnotes) == 2  # the copy calls a footnote of its own
    assert sorted(structure.footnote_numbers.values()) == [1, 2]


def test_a_heading_copied_and_pasted_as_a_paragraph_is_not_set_bold(qtbot, editor):
    meeting = load(editor, outline_meeting())
    heading = editor.note.block_of("niger")
    cursor = QTextCursor(heading)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    editor.go_to_end()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    last = editor.note.to_meeting(meeting).agenda[0].sub_items[0].paragraphs[-1]
    assert last.text.markup == "Niger"
