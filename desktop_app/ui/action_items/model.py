"""The action items as a Qt list model: what each row says, and an edit field by field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem

STATUS_NAMES = {
    ActionStatus.OPEN: "Open",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
}
FIELDS = ("what", "owner", "due", "status")
FIELD_ROLES = {field: Qt.ItemDataRole.UserRole + 1 + n for n, field in enumerate(FIELDS)}


def meta_lines(item: NumberedActionItem) -> list[str]:
    """The quieter lines under what must be done: owner, due date, status and paragraph."""
    lines = [item.owner] if item.owner else []
    if item.due:
        lines.append(f"Due {item.due}")
    status = STATUS_NAMES[item.status]
    if item.paragraph_number is not None:
        status += f" · para. {item.paragraph_number}"
    lines.append(status)
    return lines


def with_field(item: NumberedActionItem, field: str, value: object) -> NumberedActionItem | None:
    """The item with one field changed; None if it has no such field or the value does not
    fit it (words are text, the status an ActionStatus)."""
    if isinstance(value, ActionStatus):  # a StrEnum: text too, but only a status
        return replace(item, status=value) if field == "status" else None
    match field, value:
        case "what", str():
            return replace(item, what=value)
        case "owner", str():
            return replace(item, owner=value)
        case "due", str():
            return replace(item, due=value)
    return None


def spoken(item: NumberedActionItem) -> str:
    """The item as a screen reader says it."""
    parts = [item.what]
    if item.owner:
        parts.append(f"Owner: {item.owner}")
    if item.due:
        parts.append(f"Due: {item.due}")
    parts.append(STATUS_NAMES[item.status])
    if item.paragraph_number is not None:
        parts.append(f"Paragraph {item.paragraph_number}")
    return ". ".join(parts) + "."


class ActionItemsModel(QAbstractListModel):
    """Every action item of the meeting; the pane hides the ones the filter leaves out."""

    edited = Signal(str, str, object)  # id, field, new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[NumberedActionItem] = []
        self._rows: dict[str, int] = {}
        self.read_only = False

    def items(self) -> list[NumberedActionItem]:
        return self._items

    def item(self, row: int) -> NumberedActionItem:
        return self._items[row]

    def row_of(self, action_item_id: str) -> int | None:
        return self._rows.get(action_item_id)

    def set_items(self, items: list[NumberedActionItem]) -> bool:
        """Show these items; True if the list changed shape (rows added, removed, moved)."""
        if [i.id for i in items] != [i.id for i in self._items]:
            self.beginResetModel()
            self._items = list(items)
            self._rows = {item.id: row for row, item in enumerate(items)}
            self.endResetModel()
            return True
        # Same rows: update in place, which keeps selection, scroll and an open editor.
        for row, (old, new) in enumerate(zip(self._items, items, strict=True)):
            if old != new:
                self._items[row] = new
                self.dataChanged.emit(self.index(row), self.index(row))
        return False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([item.what, *meta_lines(item)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            done = item.status is ActionStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        for field, field_role in FIELD_ROLES.items():
            if role == field_role:
                return getattr(item, field)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        field = next((f for f, r in FIELD_ROLES.items() if r == role), None)
        if self.read_only or field is None or not index.isValid():
            return False
        item = self._items[index.row()]
        changed = with_field(item, field, value)
        if changed is None or changed == item:
            return False
        self._items[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit(item.id, field, value)
        return True
