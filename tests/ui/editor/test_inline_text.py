"""Inline text in and out of the editor: emphasis shown in italics, strong in bold, a
footnote as its marker carrying the footnote's text, and read back exactly, in whole or in
part (what a copy takes)."""

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextImageFormat

from desktop_app.core.inline import Inline
from desktop_app.ui.editor.footnote_marker import marker_id, marker_text
from desktop_app.ui.editor.inline_text import insert_inline, read_inline

TEXT = Inline.from_markup("The **Working Group** *noted*[^f1] the ***paper***")
FOOTNOTES = {"f1": Inline.from_markup("See *WG/REL/2017/6*.")}


def written(text: Inline = TEXT, footnotes=FOOTNOTES) -> QTextDocument:
    document = QTextDocument()
    cursor = QTextCursor(document)
    insert_inline(cursor, text, footnotes, QTextCharFormat())
    cursor.insertText(" Typed on.")  # what the user types next
    return document


def formats_shown(document: QTextDocument) -> list[tuple[str, bool, bool]]:
    """Each run of text as shown: its characters, bold, italic."""
    out = []
    iterator = document.begin().begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        font = fragment.charFormat().font()
        if out and out[-1][1:] == (font.bold(), font.italic()) and "\ufffc" not in out[-1][0]:
            out[-1] = (out[-1][0] + fragment.text(), *out[-1][1:])
        else:
            out.append((fragment.text(), font.bold(), font.italic()))
        iterator += 1
    return out


def test_emphasis_is_shown_in_italics_strong_in_bold_and_what_is_typed_next_plainly(qapp):
    assert formats_shown(written()) == [
        ("The ", False, False),
        ("Working Group", True, False),
        (" ", False, False),
        ("noted", False, True),
        ("\ufffc", False, False),
        (" the ", False, False),
        ("paper", True, True),
        (" Typed on.", False, False),
    ]


def test_a_footnote_becomes_its_marker_carrying_its_text(qapp):
    document = written()
    cursor = QTextCursor(document)
    cursor.setPosition(document.toPlainText().index("\ufffc") + 1)
    assert marker_id(cursor.charFormat()) == "f1"
    assert marker_text(cursor.charFormat()) == FOOTNOTES["f1"]
    missing = written(Inline.from_markup("Said.[^gone]"), {})  # a footnote with no text yet
    cursor = QTextCursor(missing)
    cursor.setPosition(len("Said.") + 1)
    assert (marker_id(cursor.charFormat()), marker_text(cursor.charFormat())) == ("gone", Inline())


def test_the_text_and_its_footnotes_read_back_as_they_were_written(qapp):
    document = written()
    text, footnotes = read_inline(document.begin())
    assert text == Inline.from_markup(TEXT.markup + " Typed on.")
    assert footnotes == FOOTNOTES


def test_part_of_a_block_reads_only_its_words_and_the_footnotes_it_takes(qapp):
    document = written()
    plain = document.toPlainText()
    start, marker = plain.index("Group"), plain.index("\ufffc")
    text, footnotes = read_inline(document.begin(), start, marker + 1)
    assert text == Inline.from_markup("**Group** *noted*[^f1]")
    assert footnotes == FOOTNOTES
    text, footnotes = read_inline(document.begin(), marker + 1, plain.index(" Typed"))
    assert (text, footnotes) == (Inline.from_markup(" the ***paper***"), {})


def test_an_object_that_is_not_a_footnote_is_left_out(qapp):
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("Map: ")
    cursor.insertImage(QTextImageFormat())  # an image pasted from a web page
    cursor.insertText(" here.")
    assert read_inline(document.begin()) == (Inline.plain("Map:  here."), {})
