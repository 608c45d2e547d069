"""The sidebar of action items: the requests the meeting made, edited in place."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import ActionStatus
from desktop_app.ui.views import ActionItemView

EMPTY_TEXT = "No action items. Select the words of a request and press Ctrl+Shift+A."
STATUS_NAMES = {
    ActionStatus.OPEN: "Open",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
}
FIELDS = ("what", "owner", "due", "status")
_FIELD_ROLES = {field: Qt.ItemDataRole.UserRole + 1 + n for n, field in enumerate(FIELDS)}
_PADDING = 8
_GAP = 8


def _meta_lines(item: ActionItemView) -> list[str]:
    """The quieter lines under what must be done: owner, due date, status and paragraph."""
    lines = [item.owner] if item.owner else []
    if item.due:
        lines.append(f"Due {item.due}")
    status = STATUS_NAMES[item.status]
    if item.paragraph_number is not None:
        status += f" · para. {item.paragraph_number}"
    lines.append(status)
    return lines


def _spoken(item: ActionItemView) -> str:
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


def _application() -> QApplication:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    return application


def _next_status(status: ActionStatus) -> ActionStatus:
    return ActionStatus.DONE if status is ActionStatus.OPEN else ActionStatus.OPEN


class _ActionItemsModel(QAbstractListModel):
    """Every action item of the meeting; the pane hides the ones the filter leaves out."""

    edited = Signal(str, str, object)  # id, field, new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ActionItemView] = []
        self._rows: dict[str, int] = {}
        self.read_only = False

    def items(self) -> list[ActionItemView]:
        return self._items

    def item(self, row: int) -> ActionItemView:
        return self._items[row]

    def row_of(self, action_item_id: str) -> int | None:
        return self._rows.get(action_item_id)

    def set_items(self, items: list[ActionItemView]) -> bool:
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
            return "\n".join([item.what, *_meta_lines(item)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            done = item.status is ActionStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        for field, field_role in _FIELD_ROLES.items():
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
        field = next((f for f, r in _FIELD_ROLES.items() if r == role), None)
        if self.read_only or field is None or not index.isValid():
            return False
        item = self._items[index.row()]
        if getattr(item, field) == value:
            return False
        self._items[index.row()] = replace(item, **{field: value})
        self.dataChanged.emit(index, index)
        self.edited.emit(item.id, field, value)
        return True


@dataclass
class _CardLayout:
    """Where each part of one action item goes in its row."""

    check: QRect
    what: QRect
    meta: list[tuple[QRect, str]]
    height: int


class _ActionItemEditor(QFrame):
    """The fields of one action item, shown in place of its row while it is edited."""

    finished = Signal(bool)  # True: keep the changes

    def __init__(self, parent: QWidget, item: ActionItemView) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.loaded = False
        self._done = False
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName("What")
        margins = 2 * (self.what.frameWidth() + self.what.document().documentMargin())
        self.what.setFixedHeight(int(self.what.fontMetrics().lineSpacing() * 4 + margins + 2))
        self.owner = QLineEdit()
        self.owner.setAccessibleName("Owner")
        self.owner.setPlaceholderText("Who delivers it")
        self.due = QLineEdit()
        self.due.setAccessibleName("Due")
        self.due.setPlaceholderText("By when")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for status, name in STATUS_NAMES.items():
            self.status.addItem(name, status.value)
        hint = QLabel("Enter keeps the changes · Esc cancels")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setWordWrap(True)
        small = QFont(hint.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        hint.setFont(small)

        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setSpacing(4)
        form.addRow("What", self.what)
        form.addRow("Owner", self.owner)
        form.addRow("Due", self.due)
        form.addRow("Status", self.status)
        form.addRow(hint)
        self.setFocusProxy(self.what)
        for field in self.fields():
            field.installEventFilter(self)
        _application().focusChanged.connect(self._focus_changed)
        self._watching = True
        self.show_item(item)

    def fields(self) -> tuple[QWidget, ...]:
        return self.what, self.owner, self.due, self.status

    def show_item(self, item: ActionItemView) -> None:
        self.what.setPlainText(item.what)
        self.owner.setText(item.owner)
        self.due.setText(item.due)
        for line in (self.owner, self.due):
            line.setCursorPosition(0)  # the beginning in sight, not the end
        self.status.setCurrentIndex(self.status.findData(item.status.value))
        self.what.moveCursor(self.what.textCursor().MoveOperation.End)

    def values(self) -> dict[str, object]:
        return {
            "what": " ".join(self.what.toPlainText().split()),
            "owner": self.owner.text().strip(),
            "due": self.due.text().strip(),
            "status": ActionStatus(self.status.currentData()),
        }

    def finish(self, keep: bool, focus_list: bool = True) -> None:
        if self._done:
            return
        self._done = True
        self.stop_watching_focus()
        if focus_list and self.parentWidget() is not None:
            # The viewport's parent is the list: focus goes back to it, not to the next pane.
            self.parentWidget().parentWidget().setFocus()
        self.finished.emit(keep)

    def stop_watching_focus(self) -> None:
        self._done = True
        if self._watching:
            self._watching = False
            _application().focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the fields (Tab past the last, a click elsewhere) keeps the changes.
        widget = new
        while widget is not None:
            if widget is self:
                return
            widget = widget.parentWidget()
        if new is not None:
            self.finish(True, focus_list=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish(True)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.finish(False)
                return True
        return super().eventFilter(watched, event)


class _ActionItemDelegate(QStyledItemDelegate):
    """Paints an action item as a small card, and edits it with `_ActionItemEditor`."""

    check_clicked = Signal(QModelIndex)

    def __init__(self, view: QListView, model: _ActionItemsModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self.editor: _ActionItemEditor | None = None
        self.editing: QPersistentModelIndex | None = None

    # Layout and painting

    def _meta_font(self, font: QFont) -> QFont:
        meta = QFont(font)
        meta.setPointSizeF(font.pointSizeF() * 0.9)
        return meta

    def _layout(self, item: ActionItemView, font: QFont, top: int, width: int) -> _CardLayout:
        style = self._view.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        line = QFontMetrics(font)
        check_top = top + _PADDING + max(0, (line.height() - size) // 2)
        check = QRect(_PADDING, check_top, size, size)
        left = _PADDING + size + _GAP
        text_width = max(40, width - left - _PADDING - 4)
        wrap = Qt.TextFlag.TextWordWrap
        what_height = line.boundingRect(QRect(0, 0, text_width, 100000), wrap, item.what).height()
        what = QRect(left, top + _PADDING, text_width, max(what_height, line.height()))
        meta_metrics = QFontMetrics(self._meta_font(font))
        y = what.bottom() + 1 + 3
        meta = []
        for text in _meta_lines(item):
            height = meta_metrics.boundingRect(QRect(0, 0, text_width, 100000), wrap, text).height()
            meta.append((QRect(left, y, text_width, height), text))
            y += height + 1
        return _CardLayout(check, what, meta, y - top + _PADDING - 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self._view.viewport().width()
        item = self._model.item(index.row())
        height = self._layout(item, option.font, 0, width).height
        if self.editor is not None and self.editing is not None and self.editing == index:
            height = max(height, self.editor.sizeHint().height())
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = self._model.item(index.row())
        rect = option.rect
        style = self._view.style()
        palette = option.palette
        painter.save()
        panel = QStyleOptionViewItem(option)
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, self._view
        )
        card = self._layout(item, option.font, rect.top(), rect.width())
        shift = rect.left()

        check = QStyleOptionViewItem(option)
        check.rect = card.check.translated(shift, 0)
        check.state = (option.state & ~QStyle.StateFlag.State_HasFocus) | (
            QStyle.StateFlag.State_On
            if item.status is ActionStatus.DONE
            else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, self._view
        )

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        quiet = QColor(text_colour)
        quiet.setAlphaF(0.65)
        settled = item.status is not ActionStatus.OPEN
        font = QFont(option.font)
        font.setStrikeOut(settled)
        painter.setFont(font)
        painter.setPen(quiet if settled else text_colour)
        painter.drawText(card.what.translated(shift, 0), Qt.TextFlag.TextWordWrap, item.what)
        painter.setFont(self._meta_font(option.font))
        painter.setPen(quiet)
        for meta_rect, text in card.meta:
            painter.drawText(meta_rect.translated(shift, 0), Qt.TextFlag.TextWordWrap, text)

        separator = QColor(palette.color(QPalette.ColorRole.Mid))
        separator.setAlphaF(0.4)
        painter.setPen(separator)
        painter.drawLine(rect.left() + _PADDING, rect.bottom(), rect.right(), rect.bottom())
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(option)
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self._view
            )
        painter.restore()

    def check_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        item = self._model.item(index.row())
        card = self._layout(item, option.font, option.rect.top(), option.rect.width())
        # A little slack around the box, so that it is easy to hit.
        return card.check.translated(option.rect.left(), 0).adjusted(-4, -4, 4, 4)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractListModel,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        kinds = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if event.type() not in kinds or self._model.read_only:
            return False
        assert isinstance(event, QMouseEvent)
        on_box = self.check_rect(option, index).contains(event.position().toPoint())
        if not on_box or event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.check_clicked.emit(index)
        return True

    # Editing

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = _ActionItemEditor(parent, self._model.item(index.row()))
        editor.finished.connect(lambda keep: self._finished(editor, keep))
        self.editor = editor
        self.editing = QPersistentModelIndex(index)
        self.sizeHintChanged.emit(index)
        return editor

    def _finished(self, editor: _ActionItemEditor, keep: bool) -> None:
        if keep:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        else:
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # Only once: later updates of the row must not wipe out what is being typed.
        if isinstance(editor, _ActionItemEditor) and not editor.loaded:
            editor.show_item(self._model.item(index.row()))
            editor.loaded = True

    def setModelData(self, editor: QWidget, model: QAbstractListModel, index: QModelIndex) -> None:
        assert isinstance(editor, _ActionItemEditor)
        for field, value in editor.values().items():
            if field == "what" and not value:
                continue  # an empty request is no request: keep the words it had
            model.setData(index, value, _FIELD_ROLES[field])

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, _ActionItemEditor):
            editor.stop_watching_focus()
        if editor is self.editor:
            self.editor = None
            self.editing = None
            if index.isValid():
                self.sizeHintChanged.emit(index)
        super().destroyEditor(editor, index)


class _ActionItemList(QListView):
    """The list itself: Space completes, Delete deletes, Enter shows the paragraph."""

    toggle_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)
    activate_requested = Signal(QModelIndex)
    edit_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_requested.emit(index)
                return
            if key == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete):
                self.delete_requested.emit(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_requested.emit(index)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        menu = QMenu(self)
        for text, keys, signal in (
            ("Show its paragraph", "Enter", self.activate_requested),
            ("Edit", "F2", self.edit_requested),
            ("Mark done or open", "Space", self.toggle_requested),
            ("Delete", "Del", self.delete_requested),
        ):
            action = menu.addAction(f"{text}\t{keys}")
            action.setEnabled(editable or signal is self.activate_requested)
            action.triggered.connect(lambda _=False, s=signal: s.emit(index))
        menu.exec(event.globalPos())


class ActionItemsPane(QWidget):
    """The meeting's action items: what, owner, due, status and paragraph, edited in place."""

    action_item_changed = Signal(str, str, object)  # id, field, value (status: ActionStatus)
    action_item_deleted = Signal(str)
    action_item_activated = Signal(str)
    title_changed = Signal(str)

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

        self._model = _ActionItemsModel(self)
        self._view = _ActionItemList()
        self._view.setAccessibleName("Action items")
        self._view.setModel(self._model)
        self._delegate = _ActionItemDelegate(self._view, self._model)
        self._view.setItemDelegate(self._delegate)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setResizeMode(QListView.ResizeMode.Adjust)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setUniformItemSizes(False)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._bar = QWidget()
        self._bar.setLayout(self._filter_bar())
        layout.addWidget(self._bar)
        layout.addWidget(self._stack)
        self.setFocusProxy(self._view)

        self._model.edited.connect(self._edited)
        self._view.toggle_requested.connect(self._toggle)
        self._delegate.check_clicked.connect(self._check_clicked)
        self._view.delete_requested.connect(self._delete)
        self._view.activate_requested.connect(self._activate)
        self._view.edit_requested.connect(self._view.edit)
        self._view.clicked.connect(self._clicked)
        self._refresh()

    def _filter_bar(self) -> QHBoxLayout:
        self._open_button = QToolButton()
        self._open_button.setText("Open")
        self._open_button.setAccessibleName("Show open action items")
        self._all_button = QToolButton()
        self._all_button.setText("All")
        self._all_button.setAccessibleName("Show all action items")
        group = QButtonGroup(self)
        for button in (self._open_button, self._all_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoRaise(True)
            group.addButton(button)
        group.setExclusive(True)
        self._open_button.setChecked(True)
        self._all_button.toggled.connect(self.set_show_all)
        label = QLabel("Show:")
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar = QHBoxLayout()
        bar.setContentsMargins(_PADDING, 4, _PADDING, 2)
        bar.setSpacing(2)
        bar.addWidget(label)
        bar.addWidget(self._open_button)
        bar.addWidget(self._all_button)
        bar.addStretch(1)
        self._read_only_label = QLabel("Read only")
        self._read_only_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._read_only_label.setAccessibleName("The action items cannot be changed")
        self._read_only_label.hide()
        bar.addWidget(self._read_only_label)
        return bar

    # The API the window uses

    def set_action_items(self, items: list[ActionItemView]) -> None:
        current = self._current_id()
        current_row = self._view.currentIndex().row()
        scroll = self._view.verticalScrollBar().value()
        editing = self._editing_state()
        if editing and self._delegate.editor is not None and self._changes_shape(items):
            # Closed by the reset below: the editor must not save then, it is reopened after.
            self._delegate.editor.stop_watching_focus()
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
        if self._view.isRowHidden(row):
            self._kept_visible.add(action_item_id)
            self._refresh()
        index = self._model.index(row)
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        if not self._read_only:
            self._view.edit(index)
            if self._delegate.editor is not None:
                self._delegate.editor.what.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        if self._delegate.editor is not None and read_only:
            self._delegate.editor.finish(False)
        self._read_only = read_only
        self._model.read_only = read_only
        self._set_edit_triggers()
        self._read_only_label.setVisible(read_only)
        self._view.viewport().update()

    def set_show_all(self, show_all: bool) -> None:
        """Show every action item (True) or only the open ones (False, the default)."""
        self._show_all = show_all
        self._all_button.setChecked(show_all)
        self._open_button.setChecked(not show_all)
        self._kept_visible.clear()
        self._refresh()

    def title(self) -> str:
        """The dock's title: "Action items (5 open)"."""
        return self._title

    # Reacting to the user

    def _edited(self, action_item_id: str, field: str, value: object) -> None:
        if field == "status":
            self._kept_visible.add(action_item_id)
            self._refresh()
        self.action_item_changed.emit(action_item_id, field, value)

    def _toggle(self, index: QModelIndex) -> None:
        if self._read_only or not index.isValid():
            return
        status = _next_status(self._model.item(index.row()).status)
        self._model.setData(index, status, _FIELD_ROLES["status"])

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
        if not self._read_only and index.isValid():
            self.action_item_deleted.emit(self._model.item(index.row()).id)

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

    def _changes_shape(self, items: list[ActionItemView]) -> bool:
        return [item.id for item in items] != [item.id for item in self._model.items()]

    def _editing_state(self) -> tuple[str, dict[str, object], bool] | None:
        editor, index = self._delegate.editor, self._delegate.editing
        if editor is None or index is None or not index.isValid():
            return None
        focus = QApplication.focusWidget()
        has_focus = focus is not None and editor.isAncestorOf(focus)
        return self._model.item(index.row()).id, editor.values(), has_focus

    def _reopen_editor(self, action_item_id: str, values: dict[str, object], focus: bool) -> None:
        """After the list changed shape, the item being edited is edited again, as typed."""
        row = self._model.row_of(action_item_id)
        if row is None or self._view.isRowHidden(row) or self._read_only:
            return
        index = self._model.index(row)
        self._view.edit(index)
        editor = self._delegate.editor
        if editor is None:
            return
        typed = self._model.item(row)
        editor.show_item(replace(typed, **values))  # type: ignore[arg-type]
        editor.loaded = True
        if focus:
            editor.what.setFocus()
