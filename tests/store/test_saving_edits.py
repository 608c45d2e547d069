"""save_edits: while typing, an edit costs the size of the edit, and still loses nothing."""

from desktop_app.core import editing
from desktop_app.core.inline import Inline
from desktop_app.core.model import Paragraph, SubItem
from desktop_app.store.library import Library
from tests.support.notes import generated_meeting


def reopened(path, meeting_id):
    with Library.open(path, read_only=True) as library:
        return library.load_meeting(meeting_id)


def test_typing_into_a_paragraph_writes_that_paragraph_only(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(generated_meeting(300, 20))
        meeting = library.load_meeting(library.meetings()[0].id)
        paragraph = list(meeting.paragraphs())[150]
        paragraph.text = Inline.from_markup("The Working Group *requested* three papers.")
        assert library.save_edits(meeting, [paragraph]) == 2
        assert library.save_edits(meeting, [paragraph]) == 0
        assert [h.item_id for h in library.search("requested three papers")] == [paragraph.id]
    assert reopened(library_path, meeting.id) == meeting


def test_sub_items_and_footnotes_typed_into_a_paragraph_are_saved_with_it(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(generated_meeting(40, 0, awkward=False))
        meeting = library.load_meeting(library.meetings()[0].id)
        paragraph = list(meeting.paragraphs())[20]
        paragraph.sub_items = [SubItem(Inline.plain("first")), SubItem(Inline.plain("second"))]
        footnote = editing.insert_footnote(meeting, paragraph.id, 3, Inline.plain("A note."))
        library.save_edits(meeting, [paragraph])
        assert reopened(library_path, meeting.id) == meeting

        footnote.text = Inline.plain("A corrected note.")
        assert library.save_edits(meeting, footnotes=[footnote]) == 2
        del paragraph.sub_items[0]
        editing.delete_footnote(meeting, footnote.id)
        library.save_edits(meeting, [paragraph])
    again = reopened(library_path, meeting.id)
    assert again == meeting
    assert again.footnotes == {}
    assert [s.text.plain_text() for s in list(again.paragraphs())[20].sub_items] == ["second"]


def test_a_new_paragraph_falls_back_to_saving_the_structure(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(generated_meeting(10, 0))
        meeting = library.load_meeting(library.meetings()[0].id)
        new = Paragraph(Inline.plain("A paragraph typed after the last one."))
        editing.insert_paragraph(meeting, new)
        assert library.save_edits(meeting, [new]) >= 2
    assert reopened(library_path, meeting.id) == meeting


def test_meeting_details_edited_while_typing_are_saved_too(library_path):
    with Library.open(library_path) as library:
        library.add_meeting(generated_meeting(5, 0))
        meeting = library.load_meeting(library.meetings()[0].id)
        meeting.place = "New York"
        assert library.save_edits(meeting) == 1
    assert reopened(library_path, meeting.id).place == "New York"
