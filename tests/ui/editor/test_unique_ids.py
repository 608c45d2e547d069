"""Every block and footnote marker keeps an id of its own: Enter in the middle of a
paragraph, a pasted footnote marker."""

from PySide6.QtGui import QTextCursor

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Meeting, Paragraph
from desktop_app.ui.editor.unique_ids import give_fresh_ids, repeated_ids


def test_a_paragraph_split_in_two_gets_a_second_id_and_its_own_number(qtbot, editor):
    editor.note.load(
        Meeting(agenda=[AgendaItem("Item", paragraphs=[Paragraph(Inline.plain("AB"))])])
    )
    cursor = QTextCursor(editor.note.findBlockByNumber(1))
    cursor.setPosition(cursor.position() + 1)
    cursor.insertBlock()  # as Qt splits a block: both halves carry the same id
    assert repeated_ids(editor.note) == [("block", cursor.block().position())]
    assert give_fresh_ids(editor.note)
    assert repeated_ids(editor.note) == []
    assert not give_fresh_ids(editor.note)
    meeting = editor.meeting(Meeting())
    assert [p.text.plain_text() for p in meeting.agenda[0].paragraphs] == ["A", "B"]
