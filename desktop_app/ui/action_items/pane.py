"""The sidebar of action items: the requests the meeting made, edited in place. Nothing done
here is final: Ctrl+Z in the pane (or its Undo button) asks the window to take back the last
deletion, change of status or edit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import ActionStatus
from desktop_app.core.numbered import NumberedActionItem
from desktop_app.ui.action_items.card import ActionItemDelegate
from desktop_app.ui.action_items.card_list import ActionItemList
from desktop_app.ui.action_items.deletion_notice import DeletionNotice
from desktop_app.ui.action_items.filter_bar import FilterBar
from desktop_app.ui.action_items.model import FIELD_ROLES, ActionItemsModel, with_field
from desktop_app.ui.common.commands import command
from desktop_app.ui.common.item_views import show_wrapped_rows

EMPTY_TEXT = "No action items. Select the words of a request and press Ctrl+Shift+A."
# An edit going on: the item's id, what is typed, whether it has the focus, the item before.
_Editing = tuple[str, dict[str, object], bool, NumberedActionItem]


def new_action_item_command(parent: QObject) -> QAction:
    """Ctrl+Shift+A: an action item from the words selected in the note (the window reads
    the selection and makes the item)."""
    return command(parent, "&New action item from the selection", "Ctrl+Shift+A", "action-item")


def _next_status(status: ActionStatus) -> ActionStatus:
    return ActionStatus.DONE if status is ActionStatus.OPEN else ActionStatus.OPEN


class ActionItemsPane(QWidget):
    """The meeting's action items: what, owner, due, status and paragraph, edited in place."""

    action_item_changed = Signal(str, str, object)  # id, field, value (status: ActionStatus)
    action_item_deleted = Signal(str)
    action_item_activated = Signal(str)
    title_changed = Signal(str)
    undo_requested = Signal()  # take back the last deletion, change of status or edit
    redo_requested = Signal()  # make the last change taken back again
    new_undo_step = Signal()  # the changes that follow are one step for undo, not the last's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionList")
        self.setAccessibleName("Action items")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._show_all = False
        self._read_only = False
        self._kept_visible: set[str] = set()  # settled here: stay in sight until refiltered
        self._title = "Action items"
        self._check_click = False
        self._pending_edit: str | None = None  # asked for before its item arrived
        self._reopening = False  # the same edit goes on in a new editor
        self._deleting = False
        self.new_action_item_action = new_action_item_command(self)
        self._build_list()
        self._lay_out()
        self._connect()
        self._refresh()

    def _build_list(self) -> None:
        """The cards, and the line that stands in for them when none is shown."""
        self._model = ActionItemsModel(self)
        self._view = ActionItemList()
        self._view.setAccessibleName("Action items")
        self._view.setModel(self._model)
        self._delegate = ActionItemDelegate(self._view, self._model)
        self._view.setItemDelegate(self._delegate)
        show_wrapped_rows(self._view)
        self._view.setMouseTracking(True)
        self._view.setFrameShape(QFrame.Shape.NoFrame)
        self._set_edit_triggers()
        self._empty = QLabel(EMPTY_TEXT)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.setContentsMargins(16, 16, 16, 16)
        self._empty.setAccessibleName("No action items")
        self._stack = QStackedWidget()
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._empty)

    def _lay_out(self) -> None:
        """The filter bar, the cards, and the notice of a deletion under them."""
        self._bar = FilterBar()
        self._notice = DeletionNotice()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar)
        layout.addWidget(self._stack)
        layout.addWidget(self._notice)
        self.setFocusProxy(self._view)

    def _connect(self) -> None:
        for widget in (
            self._view,
            self._bar.open_button,
            self._bar.all_button,
            self._notice.undo_button,
        ):
            widget.installEventFilter(self)  # Ctrl+Z there is the pane's
        self._bar.show_all_changed.connect(self.set_show_all)
        self._notice.undo_clicked.connect(self._undo)
        self._model.edited.connect(self._edited)
        self._view.toggle_requested.connect(self._toggle)
        self._delegate.check_clicked.connect(self._check_clicked)
        self._delegate.step_ended.connect(self._step_ended)
        self._view.delete_requested.connect(self._delete)
        self._view.activate_requested.connect(self._activate)
        self._view.edit_requested.connect(self._view.edit)
        self._view.clicked.connect(self._clicked)

    # The API the window uses

    def actions_for_menu(self) -> list[QAction]:
        """The pane's commands for the window's Action items menu and toolbar."""
        return [self.new_action_item_action]

    def set_action_items(self, items: list[NumberedActionItem]) -> None:
        current = self._current_id()
        current_row = self._view.currentIndex().row()
        scroll = self._view.verticalScrollBar().value()
        editing = self._editing_state()
        changes_shape = self._changes_shape(items)
        if editing and self._delegate.editor is not None and changes_shape:
            # Closed by the reset below: the editor must not save then, it is reopened after.
            self._delegate.editor.stop_watching_focus()
        if changes_shape and not self._deleting:
            self._notice.hide()  # another meeting, or a new item: the notice is out of date
        if self._model.set_items(items):
            self._kept_visible &= {item.id for item in items}
            self._apply_filter()
            self._view.doItemsLayout()
            self._restore_current(current, current_row)
            self._view.verticalScrollBar().setValue(scroll)
            if editing:
                self._reopen_editor(*editing)
        self._refresh()
        if self._pending_edit and self._model.row_of(self._pending_edit) is not None:
            self.edit_what(self._pending_edit)

    def edit_what(self, action_item_id: str) -> None:
        """Select the item and edit its words; if it is not shown yet, as soon as it is."""
        row = self._model.row_of(action_item_id)
        self._pending_edit = action_item_id if row is None else None
        if row is None:
            return
        index = self._select(action_item_id, row)
        if not self._read_only:
            self._view.edit(index)
            if self._delegate.editor is not None:
                self._delegate.editor.what.setFocus()

    def show_action_item(self, action_item_id: str) -> None:
        """The item current and in sight, even a done one while only the open are shown."""
        self._select(action_item_id)

    def set_read_only(self, read_only: bool) -> None:
        if self._delegate.editor is not None and read_only:
            self._delegate.editor.finish(True)  # what was typed stays
        if read_only:
            self._notice.hide()
        self._read_only = read_only
        self._model.read_only = read_only
        self._set_edit_triggers()
        self._bar.set_read_only(read_only)
        self._view.viewport().update()

    def set_show_all(self, show_all: bool) -> None:
        """Show every action item (True) or only the open ones (False, the default)."""
        self._show_all = show_all
        self._bar.set_show_all(show_all)
        self._kept_visible.clear()
        self._refresh()

    def title(self) -> str:
        """The dock's title: "Action items (5 open)"."""
        return self._title

    # Reacting to the user

    def _edited(self, action_item_id: str, field: str, value: object) -> None:
        self._notice.hide()  # Ctrl+Z now takes back this change first
        if field == "status":
            self._kept_visible.add(action_item_id)
            self._refresh()
        self.action_item_changed.emit(action_item_id, field, value)

    def _toggle(self, index: QModelIndex) -> None:
        if self._read_only or not index.isValid():
            return
        status = _next_status(self._model.item(index.row()).status)
        self._model.setData(index, status, FIELD_ROLES["status"])

    def _check_clicked(self, index: QModelIndex) -> None:
        self._check_click = True
        self._toggle(index)

    def _clicked(self, index: QModelIndex) -> None:
        # A click on the check box completes the item; it does not jump to the paragraph.
        if self._check_click:
            self._check_click = False
            return
        self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.action_item_activated.emit(self._model.item(index.row()).id)

    def _delete(self, index: QModelIndex) -> None:
        if self._read_only or not index.isValid():
            return
        item = self._model.item(index.row())
        self._deleting = True
        try:
            self.action_item_deleted.emit(item.id)
        finally:
            self._deleting = False
        if self._model.row_of(item.id) is not None:
            return  # not deleted (yet)
        self._notice.show_deleted(item.what)
        if not self._view.isVisible():
            self._notice.undo_button.setFocus()  # the list is empty: Ctrl+Z must stay in the pane

    def _undo(self) -> None:
        """Ask for the last change to be taken back; show and select the item it concerned."""
        self._ask(self.undo_requested)

    def _redo(self) -> None:
        self._ask(self.redo_requested)

    def _ask(self, request: SignalInstance) -> None:
        if self._read_only:
            return
        before = {item.id: item for item in self._model.items()}
        self._notice.hide()
        request.emit()
        changed = [item.id for item in self._model.items() if before.get(item.id) != item]
        if changed:
            self._kept_visible.update(changed)
            self._refresh()
            self._select(changed[0])
        if self._view.isVisible():
            self._view.setFocus()

    def _step_ended(self) -> None:
        if not self._reopening:
            self.new_undo_step.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z and Ctrl+Shift+Z here undo and redo in the action items, not in the note.
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and not self._read_only:
            assert isinstance(event, QKeyEvent)
            for keys, request in (
                (QKeySequence.StandardKey.Undo, self._undo),
                (QKeySequence.StandardKey.Redo, self._redo),
            ):
                if event.matches(keys):
                    event.accept()
                    if kind == QEvent.Type.KeyPress:
                        request()
                    return True
        return super().eventFilter(watched, event)

    # Keeping the view in step

    def _set_edit_triggers(self) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self._read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._view.setEditTriggers(triggers)

    def _refresh(self) -> None:
        self._apply_filter()
        items = self._model.items()
        open_count = sum(item.status is ActionStatus.OPEN for item in items)
        visible = sum(not self._view.isRowHidden(row) for row in range(len(items)))
        if not items:
            self._empty.setText(EMPTY_TEXT)
        elif not visible:
            settled = len(items) - open_count
            self._empty.setText(
                f"No open action items. Choose All to see the {settled} done or dropped."
            )
        self._stack.setCurrentWidget(self._view if visible else self._empty)
        self._bar.setVisible(bool(items))
        title = f"Action items ({open_count or 'none'} open)" if items else "Action items"
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def _apply_filter(self) -> None:
        for row, item in enumerate(self._model.items()):
            hidden = not (
                self._show_all or item.status is ActionStatus.OPEN or item.id in self._kept_visible
            )
            if self._view.isRowHidden(row) != hidden:
                self._view.setRowHidden(row, hidden)
        current = self._view.currentIndex()
        if current.isValid() and self._view.isRowHidden(current.row()):
            self._restore_current(None, current.row())

    def _select(self, action_item_id: str, row: int | None = None) -> QModelIndex:
        """Make the item current, in sight even if the filter would hide it."""
        row = self._model.row_of(action_item_id) if row is None else row
        if row is None:
            return QModelIndex()
        if self._view.isRowHidden(row):
            self._kept_visible.add(action_item_id)
            self._refresh()
        index = self._model.index(row)
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        return index

    def _current_id(self) -> str | None:
        index = self._view.currentIndex()
        return self._model.item(index.row()).id if index.isValid() else None

    def _restore_current(self, action_item_id: str | None, old_row: int) -> None:
        """Select the same item again, or the nearest visible one where it was."""
        if action_item_id is None and old_row < 0:
            return
        row = self._model.row_of(action_item_id) if action_item_id else None
        if row is None or self._view.isRowHidden(row):
            shown = [r for r in range(self._model.rowCount()) if not self._view.isRowHidden(r)]
            after = [r for r in shown if r >= max(old_row, 0)]
            row = after[0] if after else (shown[-1] if shown else None)
        if row is not None:
            self._view.setCurrentIndex(self._model.index(row))

    def _changes_shape(self, items: list[NumberedActionItem]) -> bool:
        return [item.id for item in items] != [item.id for item in self._model.items()]

    def _editing_state(self) -> _Editing | None:
        editor, index = self._delegate.editor, self._delegate.editing
        if editor is None or index is None or not index.isValid():
            return None
        focus = QApplication.focusWidget()
        has_focus = focus is not None and editor.isAncestorOf(focus)
        return self._model.item(index.row()).id, editor.values(), has_focus, editor.original

    def _reopen_editor(
        self,
        action_item_id: str,
        values: dict[str, object],
        focus: bool,
        original: NumberedActionItem,
    ) -> None:
        """After the list changed shape, the item being edited is edited again, as typed."""
        row = self._model.row_of(action_item_id)
        if row is None or self._view.isRowHidden(row) or self._read_only:
            return
        index = self._model.index(row)
        self._reopening = True
        try:
            self._view.edit(index)
        finally:
            self._reopening = False
        editor = self._delegate.editor
        if editor is None:
            return
        typed = self._model.item(row)
        for field, value in values.items():
            typed = with_field(typed, field, value) or typed
        editor.show_item(typed)
        editor.loaded = True
        editor.original = original  # Esc goes back to the item as it was before this edit
        if focus:
            editor.what.setFocus()
