"""The action items' list model: what each row says, and edits taken field by field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.model import FIELD_ROLES, ActionItemsModel

PAPERS = NumberedActionItem(
    "papers", "Provide three short papers", "IOM Administration", "next meeting",
    ActionStatus.OPEN, 26,
)  # fmt: skip
BRIEFING = NumberedActionItem(
    "briefing", "Produce a short briefing note", "", "", ActionStatus.DONE, None
)


def model_with(
    *items: NumberedActionItem,
) -> tuple[ActionItemsModel, list[tuple[str, str, object]]]:
    model = ActionItemsModel()
    model.set_items(list(items))
    edits: list[tuple[str, str, object]] = []
    model.edited.connect(lambda *edit: edits.append(edit))
    return model, edits


def test_a_row_says_what_who_when_status_and_paragraph(qapp):
    model, _ = model_with(PAPERS, BRIEFING)
    assert model.index(0).data() == (
        "Provide three short papers\nIOM Administration\nDue next meeting\nOpen · para. 26"
    )
    assert model.index(1).data() == "Produce a short briefing note\nDone"
    assert model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_an_edit_changes_the_row_and_is_reported_once(qapp):
    model, edits = model_with(PAPERS)
    assert model.setData(model.index(0), "Secretariat", FIELD_ROLES["owner"])
    assert not model.setData(model.index(0), "Secretariat", FIELD_ROLES["owner"])  # the same
    assert model.item(0).owner == "Secretariat"
    assert edits == [("papers", "owner", "Secretariat")]


def test_a_value_of_the_wrong_kind_changes_nothing(qapp):
    model, edits = model_with(PAPERS)
    assert not model.setData(model.index(0), "done", FIELD_ROLES["status"])  # not a status
    assert not model.setData(model.index(0), ActionStatus.DONE, FIELD_ROLES["what"])
    assert model.item(0) == PAPERS
    assert edits == []


def test_read_only_takes_no_edit(qapp):
    model, edits = model_with(PAPERS)
    model.read_only = True
    assert not model.setData(model.index(0), ActionStatus.DONE, FIELD_ROLES["status"])
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable
    assert edits == []


def test_set_items_says_whether_the_rows_changed_shape(qapp):
    model, _ = model_with(PAPERS, BRIEFING)
    assert not model.set_items([PAPERS, BRIEFING])  # updated in place
    assert model.set_items([BRIEFING, PAPERS])  # moved
    assert model.row_of("papers") == 1
