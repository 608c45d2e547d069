"""The footnotes as a list model: one row a footnote, in number order, changed row by row."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from desktop_app.core.inline import Inline
from desktop_app.core.numbered import NumberedFootnote
from desktop_app.ui.footnotes.model import FOOTNOTE_ROLE, FootnoteModel

VENUE = NumberedFootnote("venue", 1, Inline.plain("Held in Puerto Vallarta."))
RECORDS = NumberedFootnote("records", 2, Inline.from_markup("See *Official Records*."))
EMPTY = NumberedFootnote("empty", 3, Inline())


def shown(model: FootnoteModel, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row).data(role) for row in range(model.rowCount())]


class Changes:
    """What the model told its views, in order."""

    def __init__(self, model: FootnoteModel) -> None:
        self.told: list[str] = []
        model.rowsInserted.connect(lambda _p, first, last: self.told.append(f"+{first}-{last}"))
        model.rowsRemoved.connect(lambda _p, first, last: self.told.append(f"-{first}-{last}"))
        model.rowsMoved.connect(lambda _p, start, _e, _d, row: self.told.append(f"{start}>{row}"))
        model.dataChanged.connect(lambda top, _b: self.told.append(f"~{top.row()}"))
        model.modelReset.connect(lambda: self.told.append("reset"))


_OWNER: list[QObject] = []  # the model's parent, kept alive as the pane keeps it


def footnotes(qapp, rows: list[NumberedFootnote]) -> FootnoteModel:
    _OWNER[:] = [QObject()]
    model = FootnoteModel(_OWNER[0])
    model.replace(rows)
    return model


def test_a_row_shows_the_number_then_the_text_and_a_screen_reader_hears_both(qapp):
    model = footnotes(qapp, [VENUE, RECORDS, EMPTY])
    assert shown(model) == ["1 Held in Puerto Vallarta.", "2 See Official Records.", "3 "]
    assert shown(model, Qt.ItemDataRole.AccessibleTextRole) == [
        "Footnote 1: Held in Puerto Vallarta.",
        "Footnote 2: See Official Records.",
        "Footnote 3: empty",
    ]
    assert shown(model, FOOTNOTE_ROLE) == [VENUE, RECORDS, EMPTY]
    assert model.largest_number() == 3


def test_new_footnotes_are_inserted_moved_and_removed_never_reset(qapp):
    model = footnotes(qapp, [VENUE, RECORDS, EMPTY])
    changes = Changes(model)
    first = NumberedFootnote("first", 1, Inline.plain("A new first footnote."))
    renumbered = [
        first,
        NumberedFootnote("records", 2, RECORDS.text),
        NumberedFootnote("venue", 3, VENUE.text),
    ]
    assert model.replace(renumbered)
    assert shown(model, FOOTNOTE_ROLE) == renumbered
    assert "reset" not in changes.told
    assert changes.told[0] == "-2-2"  # the empty footnote went
    assert "+0-0" in changes.told and "~2" in changes.told
    assert model.largest_number() == 3
    assert not model.replace(renumbered)  # nothing changed: nothing to tell


def test_an_edit_changes_its_row_and_says_whether_it_changed_anything(qapp):
    model = footnotes(qapp, [VENUE, RECORDS])
    changes = Changes(model)
    assert model.set_text("records", Inline.plain("See A/72/1."))
    assert shown(model)[1] == "2 See A/72/1."
    assert changes.told == ["~1"]
    assert not model.set_text("records", Inline.plain("See A/72/1."))
    assert not model.set_text("gone", Inline.plain("Nowhere."))
    assert changes.told == ["~1"]
    assert model.row_of("records") == 1 and model.row_of("gone") is None


def test_read_only_footnotes_can_be_chosen_not_edited(qapp):
    model = footnotes(qapp, [VENUE])
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable
    model.read_only = True
    flags = model.flags(model.index(0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled


def test_the_model_keeps_qts_rules_for_models_as_footnotes_come_and_go(qtmodeltester):
    model = footnotes(None, [VENUE, RECORDS])
    assert not model.flags(model.index(-1)) & Qt.ItemFlag.ItemIsEnabled  # the root is no item
    qtmodeltester.check(model, force_py=True)
    model.replace([RECORDS, EMPTY, VENUE])
    model.replace([EMPTY])
    qtmodeltester.check(model, force_py=True)
