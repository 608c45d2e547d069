"""A footnote and an action item with their numbers resolved: the one record the panes show
and the writers write."""

from desktop_app.core.inline import FootnoteMarker, Inline, Run
from desktop_app.core.model import ActionItem, ActionStatus, Footnote, Meeting, Paragraph, SubItem
from desktop_app.core.numbered import NumberedActionItem, NumberedFootnote, numbered_footnotes
from desktop_app.core.numbering import number_meeting
from desktop_app.formats.blocks import build_document


def requests_meeting() -> tuple[Meeting, ActionItem, ActionItem, ActionItem]:
    """Paragraph 1; an unnumbered quotation; paragraph 2 with a sub-item (a)."""
    sub_item = SubItem(Inline.plain("to report back"))
    first = Paragraph(Inline.plain("The Chair opened the meeting."))
    quotation = Paragraph(Inline.plain("“We shall overcome.”"), numbered=False)
    second = Paragraph(Inline.plain("The Working Group requested:"), sub_items=[sub_item])
    meeting = Meeting(title="Requests", opening=[first, quotation, second])
    from_sub_item = ActionItem(
        "Report back", "Secretariat", "next meeting", paragraph_id=sub_item.id
    )
    from_quotation = ActionItem("Circulate the quotation", paragraph_id=quotation.id)
    from_nowhere = ActionItem("Book a room", status=ActionStatus.DONE)
    meeting.action_items = [from_sub_item, from_quotation, from_nowhere]
    return meeting, from_sub_item, from_quotation, from_nowhere


def test_an_action_item_shows_the_number_of_the_paragraph_it_came_from():
    meeting, from_sub_item, from_quotation, from_nowhere = requests_meeting()
    numbering = number_meeting(meeting)
    shown = [
        NumberedActionItem.of(a, numbering.paragraph_number(a.paragraph_id))
        for a in meeting.action_items
    ]
    assert shown == [
        NumberedActionItem(
            from_sub_item.id, "Report back", "Secretariat", "next meeting", ActionStatus.OPEN, 2
        ),
        NumberedActionItem(
            from_quotation.id, "Circulate the quotation", "", "", ActionStatus.OPEN, None
        ),
        NumberedActionItem(from_nowhere.id, "Book a room", "", "", ActionStatus.DONE, None),
    ]


def test_footnotes_come_in_number_order_and_a_number_without_text_is_left_out():
    later, earlier = Footnote(Inline.plain("Later in the store.")), Footnote(Inline.plain("First."))
    text = Inline([Run("A"), FootnoteMarker(earlier.id), Run(" B"), FootnoteMarker(later.id)])
    meeting = Meeting(opening=[Paragraph(text)], footnotes={later.id: later, earlier.id: earlier})
    numbers = number_meeting(meeting).footnotes
    texts = {later.id: later.text, earlier.id: earlier.text}
    assert numbered_footnotes(numbers, texts) == [
        NumberedFootnote(earlier.id, 1, Inline.plain("First.")),
        NumberedFootnote(later.id, 2, Inline.plain("Later in the store.")),
    ]
    assert numbered_footnotes(numbers, {later.id: later.text}) == [
        NumberedFootnote(later.id, 2, Inline.plain("Later in the store."))
    ]


def test_the_writers_get_the_same_records_the_panes_show():
    meeting, *_ = requests_meeting()
    footnote = Footnote(Inline.from_markup("See *A/72/1*."))
    meeting.opening[0].text = Inline([Run("Opened."), FootnoteMarker(footnote.id)])
    meeting.footnotes = {footnote.id: footnote}
    numbering = number_meeting(meeting)
    document = build_document(meeting)
    assert document.footnotes == (NumberedFootnote(footnote.id, 1, footnote.text),)
    assert [a.paragraph_number for a in document.action_items] == [2, None, None]
    assert document.action_items == tuple(
        NumberedActionItem.of(a, numbering.paragraph_number(a.paragraph_id))
        for a in meeting.action_items
    )
