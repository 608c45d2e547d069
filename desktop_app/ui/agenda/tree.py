"""The agenda pane: the agenda items and their sub-items, each with its paragraph numbers.

The tree never changes the agenda itself: it asks, by signals, and the window answers with
`set_agenda`. Even a drag and drop only emits `move_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.core.outline import AgendaEntry
from desktop_app.ui.agenda.delegate import (
    ID_ROLE,
    ITEM_COLUMN,
    LABEL_ROLE,
    RANGE_COLUMN,
    TITLE_ROLE,
    AgendaDelegate,
    item_text,
    show_entry,
    shows_entry,
)
from desktop_app.ui.agenda.drag_and_drop import MIME_TYPE, AgendaDragAndDrop
from desktop_app.ui.common.icons import icon
from desktop_app.ui.common.item_views import Index, draw_empty_text

__all__ = ["MIME_TYPE", "AgendaTree"]

PLACEHOLDER = "No agenda items. Ctrl+Alt+I adds one where the cursor is."


class AgendaTree(AgendaDragAndDrop):
    """The agenda pane, left of the note."""

    item_activated = Signal(str)  # chosen: a click, or the arrow keys going through the agenda
    item_entered = Signal(str)  # Enter: the user goes on writing in that section
    add_requested = Signal(object, object)  # parent id or None, id to insert after or None
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    refused = Signal(str)  # a command that cannot be done here, and why
    # move_requested(id, new parent id or None, index there) comes from AgendaDragAndDrop.

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTree")
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription("Agenda items and the paragraph numbers of their sections")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RANGE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._column_resized)
        self._delegate = AgendaDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setExpandsOnDoubleClick(False)
        # Renaming goes through the Rename action (F2) and double-clicks, never Qt's triggers.
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._shape: list[tuple[str, str | None]] = []
        self._collapsed: set[str] = set()
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, ID_ROLE)))
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, ID_ROLE)))
        self.itemClicked.connect(self._clicked)
        self.currentItemChanged.connect(self._update_actions)
        self._make_actions()
        self.set_read_only(False)

    # The window's side

    def set_agenda(self, entries: list[AgendaEntry]) -> None:
        """Show these entries, keeping the current item and what is expanded."""
        shape: list[tuple[str, str | None]] = []
        parent_id: str | None = None
        for entry in entries:
            if entry.level < 2 or parent_id is None:
                parent_id = None
            shape.append((entry.id, parent_id))
            if entry.level < 2:
                parent_id = entry.id
        if shape == self._shape:
            self._show_entries(entries)
        else:
            self._rebuild(entries, shape)
        self._update_actions()

    def select_item(self, agenda_item_id: str | None) -> None:
        """Make that entry current and visible (None: none), without emitting item_activated."""
        item = self._items.get(agenda_item_id) if agenda_item_id else None
        if item is None:
            self.setCurrentItem(None)  # type: ignore[call-overload]  # the stubs omit None
            self.clearSelection()
            return
        self.setCurrentItem(item)
        self.scrollToItem(item)

    def set_read_only(self, read_only: bool) -> None:
        """No renaming, adding, deleting or moving."""
        self._read_only = read_only
        self.setDragEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self.viewport().setAcceptDrops(not read_only)
        if read_only and self._delegate.editor is not None:
            self.closeEditor(self._delegate.editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self._update_actions()

    def current_item_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def actions_for_menu(self) -> list[QAction]:
        """Add agenda item, Add sub-item, Rename, Delete, Move up, Move down."""
        return [
            self.add_item_action,
            self.add_sub_item_action,
            self.rename_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
        ]

    def populate_menu(self, menu: QMenu) -> None:
        """Put the agenda actions in a menu, grouped as in the context menu."""
        menu.addAction(self.add_item_action)
        menu.addAction(self.add_sub_item_action)
        menu.addSeparator()
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.move_up_action)
        menu.addAction(self.move_down_action)

    # Moving

    def move_current(self, step: int) -> None:
        """Move the current entry up (-1) or down (+1) among its siblings."""
        item = self.currentItem()
        if item is None or self._read_only or self._delegate.editor is not None:
            return
        siblings = self._siblings(item.parent(), None)
        index = siblings.index(item) + step
        if 0 <= index < len(siblings):
            parent = item.parent()
            parent_id = parent.data(0, ID_ROLE) if parent is not None else None
            self.move_requested.emit(item.data(0, ID_ROLE), parent_id, index)

    # Qt's side

    def keyPressEvent(self, event: QKeyEvent) -> None:
        before = self.currentItem()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and before is not None and self._delegate.editor is None:
            self.item_entered.emit(before.data(0, ID_ROLE))
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            event.accept()  # Move up/down at an edge (or read-only): not a plain arrow key
            return
        super().keyPressEvent(event)
        after = self.currentItem()
        if after is not None and after is not before:
            self.item_activated.emit(after.data(0, ID_ROLE))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click anywhere on the row renames the title."""
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setCurrentItem(item)
            self._rename_current()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = event.globalPos()
        current = self.currentItem()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and current is not None:
            rect = self.visualItemRect(current)
            position = self.viewport().mapToGlobal(rect.bottomLeft())
        menu = QMenu(self)
        menu.setAccessibleName("Agenda item actions")
        self.populate_menu(menu)
        menu.exec(position)
        menu.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._delegate.forget_sizes()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() == 0:
            draw_empty_text(self, PLACEHOLDER)

    def item_column_width(self, index: Index) -> int:
        """The width the title has in the item column, after the indentation."""
        depth = 2 if index.parent().isValid() else 1
        return self.columnWidth(ITEM_COLUMN) - depth * self.indentation()

    def rename_from_editor(self, item_id: str, text: str) -> None:
        item = self._items.get(item_id)
        title = " ".join(text.split())
        if item is None or self._read_only or not title or title == item.data(0, TITLE_ROLE):
            return
        item.setData(0, TITLE_ROLE, title)
        item.setText(ITEM_COLUMN, item_text(item.data(0, LABEL_ROLE), title))
        self.rename_requested.emit(item_id, title)

    # Inside

    def _make_actions(self) -> None:
        def action(text: str, icon_name: str | None, keys: QKeySequence | None) -> QAction:
            made = QAction(text, self)
            if icon_name:
                made.setIcon(icon(icon_name))
            if keys is not None:
                made.setShortcut(keys)
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        key = Qt.Key
        alt = Qt.KeyboardModifier.AltModifier
        self.add_item_action = action("&Add agenda item", "agenda-add", QKeySequence("Ctrl+Alt+I"))
        self.add_sub_item_action = action(
            "Add &sub-item", "agenda-add-sub", QKeySequence("Ctrl+Alt+Shift+I")
        )
        # Adding an agenda item works from anywhere in the window, at the cursor's section.
        for adding in (self.add_item_action, self.add_sub_item_action):
            adding.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.rename_action = action("&Rename", None, QKeySequence(key.Key_F2))
        self.delete_action = action("&Delete", "delete", QKeySequence(key.Key_Delete))
        self.move_up_action = action("Move &up", "move-up", QKeySequence(alt | key.Key_Up))
        self.move_down_action = action("Move do&wn", "move-down", QKeySequence(alt | key.Key_Down))
        self.add_item_action.triggered.connect(self._add_item)
        self.add_sub_item_action.triggered.connect(self._add_sub_item)
        self.rename_action.triggered.connect(self._rename_current)
        self.delete_action.triggered.connect(self._delete_current)
        self.move_up_action.triggered.connect(lambda: self.move_current(-1))
        self.move_down_action.triggered.connect(lambda: self.move_current(+1))

    def _update_actions(self) -> None:
        item = self.currentItem()
        writable = not self._read_only
        siblings = self._siblings(item.parent(), None) if item else []
        position = siblings.index(item) if item else -1
        self.add_item_action.setEnabled(writable)
        self.add_sub_item_action.setEnabled(writable)  # says what it needs when there is none
        self.rename_action.setEnabled(writable and item is not None)
        self.delete_action.setEnabled(writable and item is not None)
        self.move_up_action.setEnabled(writable and position > 0)
        self.move_down_action.setEnabled(writable and 0 <= position < len(siblings) - 1)

    def _add_item(self) -> None:
        item = self.currentItem()
        top = (item.parent() or item) if item else None
        self.add_requested.emit(None, top.data(0, ID_ROLE) if top else None)

    def _add_sub_item(self) -> None:
        item = self.currentItem()
        if item is None:
            self.refused.emit(
                "A sub-item goes under an agenda item: choose one, or put the cursor in its "
                "section, first."
            )
            return
        parent = item.parent()
        if parent is None:
            self.add_requested.emit(item.data(0, ID_ROLE), None)
        else:
            self.add_requested.emit(parent.data(0, ID_ROLE), item.data(0, ID_ROLE))

    def _rename_current(self) -> None:
        item = self.currentItem()
        if item is not None and not self._read_only:
            self.scrollToItem(item)
            self.editItem(item, ITEM_COLUMN)

    def _delete_current(self) -> None:
        item = self.currentItem()
        if item is not None and not self._read_only and self._delegate.editor is None:
            self.delete_requested.emit(item.data(0, ID_ROLE))

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        self.item_activated.emit(item.data(0, ID_ROLE))

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if column == ITEM_COLUMN and old != new:
            self.scheduleDelayedItemsLayout()

    def _show_entries(self, entries: list[AgendaEntry]) -> None:
        """Update in place the rows whose texts changed. While the range column fits its
        contents, each new range would make the tree measure every row: it is held still
        meanwhile, and fitted once, after."""
        changed = [
            (item, entry)
            for entry in entries
            if not shows_entry(item := self._items[entry.id], entry)
        ]
        if not changed:
            return
        header = self.header()
        header.setSectionResizeMode(RANGE_COLUMN, QHeaderView.ResizeMode.Fixed)
        for item, entry in changed:
            show_entry(item, entry)
        header.setSectionResizeMode(RANGE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

    def _rebuild(self, entries: list[AgendaEntry], shape: list[tuple[str, str | None]]) -> None:
        current_id = self.current_item_id()
        scrolled = self.verticalScrollBar().value()
        self.clear()
        self._items = {}
        flags = Qt.ItemFlag
        common = flags.ItemIsSelectable | flags.ItemIsEnabled | flags.ItemIsEditable
        common |= flags.ItemIsDragEnabled
        top = Qt.AlignmentFlag.AlignTop
        level_one: list[QTreeWidgetItem] = []  # added at once, built: no row measured twice
        for entry, (entry_id, parent_id) in zip(entries, shape, strict=True):
            parent = self._items.get(parent_id) if parent_id else None
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem()
            item.setData(0, ID_ROLE, entry_id)
            item.setFlags(
                common | (flags.ItemIsDropEnabled if parent is None else flags.NoItemFlags)
            )
            item.setTextAlignment(ITEM_COLUMN, top | Qt.AlignmentFlag.AlignLeft)
            item.setTextAlignment(RANGE_COLUMN, top | Qt.AlignmentFlag.AlignRight)
            show_entry(item, entry)
            self._items[entry_id] = item
            if parent is None:
                level_one.append(item)
        self.addTopLevelItems(level_one)
        for entry_id, item in self._items.items():
            if item.childCount():
                item.setExpanded(entry_id not in self._collapsed)
        self._collapsed &= set(self._items)
        self._shape = shape
        self.verticalScrollBar().setValue(scrolled)
        if current_id in self._items:
            self.setCurrentItem(self._items[current_id])
            self.scrollToItem(self._items[current_id])  # a moved item stays in sight
