"""Small notes for the editor's tests, each part named by its id, and what the editor shows
of them: each block's number or letter in the margin with its text."""

from desktop_app.core.inline import Inline
from desktop_app.core.model import AgendaItem, Footnote, Meeting, Paragraph, SubItem


def outline_meeting() -> Meeting:
    """An opening paragraph, then an agenda item "(a)" whose paragraph has a sub-item with a
    sub-item of its own, an unnumbered paragraph, and a sub-item of the agenda with a
    paragraph calling footnote "f1"."""
    deeper = SubItem(Inline.plain("Deeper."), id="sub-sub")
    return Meeting(
        opening=[Paragraph(Inline.plain("Opening."), id="opening")],
        agenda=[
            AgendaItem(
                "Mali",
                label="(a)",
                paragraphs=[
                    Paragraph(
                        Inline.plain("Namely:"),
                        sub_items=[SubItem(Inline.plain("One;"), [deeper], id="sub")],
                        id="namely",
                    ),
                    Paragraph(Inline.plain("Quoted."), numbered=False, id="quoted"),
                ],
                sub_items=[
                    AgendaItem(
                        "Niger",
                        paragraphs=[Paragraph(Inline.from_markup("Noted.[^f1]"), id="noted")],
                        id="niger",
                    )
                ],
                id="mali",
            )
        ],
        footnotes={"f1": Footnote(Inline.plain("A paper."), "f1")},
    )


def shown(note) -> list[tuple[str, str]]:
    """Each block's label as the margin draws it (empty for a heading), with its text."""
    rows = note.structure().rows
    return [(rows[n].label, note.findBlockByNumber(n).text()) for n in range(note.blockCount())]
