"""The footnotes pane: every footnote with its live number, edited in place.

A list view and a delegate: rows are painted, and only the footnote being edited has a
widget, so hundreds of footnotes cost little. While a footnote is edited its editor holds
the truth: `set_footnotes` never overwrites it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.inline import Inline, Run
from desktop_app.ui.views import FootnoteView

Index = QModelIndex | QPersistentModelIndex

FOOTNOTE_ROLE = Qt.ItemDataRole.UserRole
PLACEHOLDER = "No footnotes. Ctrl+Alt+F adds one at the cursor."
EMPTY_FOOTNOTE = "Empty footnote"
EDIT_INTERVAL_MS = 250
PADDING_X, PADDING_Y, GAP = 6, 5, 8
BOLD = QFont.Weight.Bold.value
NORMAL = QFont.Weight.Normal.value


# Inline text and the editor's formatting


def char_format(run: Run) -> QTextCharFormat:
    """Emphasis as italic, strong as bold."""
    text_format = QTextCharFormat()
    text_format.setFontItalic(run.emphasis)
    text_format.setFontWeight(BOLD if run.strong else NORMAL)
    return text_format


def write_inline(document: QTextDocument, text: Inline) -> None:
    """Replace the document's content with the text, formatted."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout for the whole text, not one per run
    for span in text.spans:
        if isinstance(span, Run):
            cursor.insertText(span.text, char_format(span))
    cursor.endEditBlock()


def read_inline(document: QTextDocument) -> Inline:
    """The document's text: italic is emphasis, bold is strong; paragraphs join with a space."""
    runs: list[Run] = []
    block = document.begin()
    while block.isValid():
        if block != document.begin():
            runs.append(Run(" "))
        for piece in block:
            fragment = piece.fragment()
            if fragment.isValid():
                text_format = fragment.charFormat()
                strong = text_format.fontWeight() > NORMAL
                runs.append(Run(fragment.text(), text_format.fontItalic(), strong))
        block = block.next()
    return Inline(runs)


# The rows


class _FootnoteModel(QAbstractListModel):
    """The footnotes in order, updated row by row so that an open editor survives."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rows: list[FootnoteView] = []
        self._largest: int | None = None
        self.read_only = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        footnote = self._rows[index.row()]
        if role == FOOTNOTE_ROLE:
            return footnote
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{footnote.number} {footnote.text.plain_text()}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Footnote {footnote.number}: {footnote.text.plain_text() or 'empty'}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag
        shown = flags.ItemIsEnabled | flags.ItemIsSelectable | flags.ItemNeverHasChildren
        return shown if self.read_only else shown | flags.ItemIsEditable

    def footnote(self, row: int) -> FootnoteView:
        return self._rows[row]

    def row_of(self, footnote_id: str) -> int | None:
        return next((r for r, f in enumerate(self._rows) if f.id == footnote_id), None)

    def largest_number(self) -> int:
        if self._largest is None:
            self._largest = max((f.number for f in self._rows), default=0)
        return self._largest

    def set_text(self, footnote_id: str, text: Inline) -> bool:
        """Take an edit made here; False if the text is already that."""
        row = self.row_of(footnote_id)
        if row is None or self._rows[row].text == text:
            return False
        footnote = self._rows[row]
        self._rows[row] = FootnoteView(footnote.id, footnote.number, text)
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def replace(self, footnotes: list[FootnoteView]) -> bool:
        """Become these footnotes by removing, moving and inserting rows (never a reset,
        which would close the editor). True if anything changed."""
        before = list(self._rows)
        self._largest = None
        self._remove_missing({f.id for f in footnotes})
        self._move_and_insert(footnotes)
        self._update_values(footnotes)
        return before != self._rows

    def _remove_missing(self, keep: set[str]) -> None:
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and self._rows[row].id not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _move_and_insert(self, footnotes: list[FootnoteView]) -> None:
        present = {f.id for f in self._rows}
        position = 0
        while position < len(footnotes):
            wanted = footnotes[position].id
            if position < len(self._rows) and self._rows[position].id == wanted:
                position += 1
            elif wanted in present:
                source = [f.id for f in self._rows].index(wanted, position)
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), position)
                self._rows.insert(position, self._rows.pop(source))
                self.endMoveRows()
                position += 1
            else:
                end = position
                while end < len(footnotes) and footnotes[end].id not in present:
                    end += 1
                self.beginInsertRows(QModelIndex(), position, end - 1)
                self._rows[position:position] = footnotes[position:end]
                self.endInsertRows()
                position = end

    def _update_values(self, footnotes: list[FootnoteView]) -> None:
        changed = [r for r, f in enumerate(footnotes) if self._rows[r] != f]
        self._rows = list(footnotes)
        for row in changed:
            self.dataChanged.emit(self.index(row), self.index(row))


class FootnoteEditor(QTextEdit):
    """The footnote being edited: one paragraph, Ctrl+B for bold, Ctrl+I for italic."""

    def __init__(self, footnote: FootnoteView, index: Index, parent: QWidget) -> None:
        super().__init__(parent)
        self.footnote_id = footnote.id
        self.index = QPersistentModelIndex(index)
        self.loaded = False
        self.setAccessibleName("Footnote text")
        self.setAccessibleDescription(f"Footnote {footnote.number}")
        self.setPlaceholderText("Footnote text")
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)

    def event(self, event: QEvent) -> bool:
        # Ctrl+B and Ctrl+I belong to the footnote here, not to the window's actions.
        if event.type() == QEvent.Type.ShortcutOverride and self._toggle_for(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        toggle = self._toggle_for(event)
        if toggle is not None:
            toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_strong(self) -> None:
        change = QTextCharFormat()
        change.setFontWeight(NORMAL if self.currentCharFormat().fontWeight() > NORMAL else BOLD)
        self.mergeCurrentCharFormat(change)

    def toggle_emphasis(self) -> None:
        change = QTextCharFormat()
        change.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(change)

    def _toggle_for(self, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(event, QKeyEvent):
            return None
        if event.matches(QKeySequence.StandardKey.Bold):
            return self.toggle_strong
        if event.matches(QKeySequence.StandardKey.Italic):
            return self.toggle_emphasis
        return None


class _FootnoteDelegate(QStyledItemDelegate):
    """Paints a footnote (number, then formatted text) and opens its editor."""

    text_changed = Signal()  # in the open editor
    committed = Signal(str, object)  # footnote id, Inline
    finished = Signal(str)  # Esc or Enter in the editor

    def __init__(self, view: _FootnoteList) -> None:
        super().__init__(view)
        self._view = view
        self.editor: FootnoteEditor | None = None
        self._editor_height = 0
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._document.setUndoRedoEnabled(False)
        self._heights: dict[tuple[str, int, str], int] = {}

    # Geometry

    def number_width(self, option: QStyleOptionViewItem) -> int:
        digits = max(2, len(str(self._view.model().largest_number())))
        return option.fontMetrics.horizontalAdvance("0" * digits)

    def text_rect(self, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        left = rect.left() + PADDING_X + self.number_width(option) + GAP
        width = rect.right() - PADDING_X - left + 1
        return QRect(left, rect.top() + PADDING_Y, width, rect.height() - 2 * PADDING_Y)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = QRect(0, 0, self._view.viewport().width(), 100)
        width = max(40, self.text_rect(option, row).width())
        editor = self.editor
        if editor is not None and editor.index.row() == index.row():
            height = self._editor_height
        else:
            height = self._height_of(index.data(FOOTNOTE_ROLE).text, width, option.font)
        return QSize(row.width(), max(height, option.fontMetrics.height()) + 2 * PADDING_Y)

    def _height_of(self, text: Inline, width: int, font: QFont) -> int:
        key = (text.markup, width, font.key())
        if key not in self._heights:
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = math.ceil(self._laid_out(text, width, font).size().height())
        return self._heights[key]

    def _laid_out(self, text: Inline, width: int, font: QFont) -> QTextDocument:
        """The shared document holding the text, laid out once at that width."""
        if self._document.defaultFont() != font:
            self._document.setDefaultFont(font)
        self._document.clear()
        self._document.setTextWidth(width)
        write_inline(self._document, text)
        return self._document

    # Painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        footnote: FootnoteView = index.data(FOOTNOTE_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole
        text_color = opt.palette.color(group, role.HighlightedText if selected else role.Text)
        quiet_color = text_color if selected else opt.palette.color(group, role.PlaceholderText)
        text_rect = self.text_rect(opt, opt.rect)
        number_width, line_height = self.number_width(opt), opt.fontMetrics.height()
        number_rect = QRect(opt.rect.left() + PADDING_X, text_rect.top(), number_width, line_height)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(quiet_color)
        right_top = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(number_rect, right_top, str(footnote.number))
        editing = self.editor is not None and self.editor.index.row() == index.row()
        if not footnote.text and not editing:
            painter.setFont(_italic(opt.font))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, EMPTY_FOOTNOTE)
        elif not editing:
            document = self._laid_out(footnote.text, text_rect.width(), opt.font)
            context = QAbstractTextDocumentLayout.PaintContext()
            palette = QPalette(opt.palette)
            palette.setColor(role.Text, text_color)
            context.palette = palette
            painter.translate(text_rect.topLeft())
            document.documentLayout().draw(painter, context)
        painter.restore()

    # Editing

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = FootnoteEditor(index.data(FOOTNOTE_ROLE), index, parent)
        editor.setFont(option.font)
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._editor_resized(editor))
        self.editor = editor
        self._editor_height = option.fontMetrics.height()
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Filled once: later changes to the model must not disturb the person typing.
        if not isinstance(editor, FootnoteEditor) or editor.loaded:
            return
        write_inline(editor.document(), index.data(FOOTNOTE_ROLE).text)
        editor.document().clearUndoRedoStacks()
        editor.loaded = True
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        click = self._view.take_click_point()
        if click is not None and editor.geometry().contains(click):
            # The editor is not shown yet: lay the text out as it will be, then place the cursor.
            editor.document().setTextWidth(editor.width())
            cursor = editor.cursorForPosition(click - editor.geometry().topLeft())
        editor.setTextCursor(cursor)
        editor.textChanged.connect(self.text_changed)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(self.text_rect(option, option.rect))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, FootnoteEditor) and editor.loaded:
            self.committed.emit(editor.footnote_id, read_inline(editor.document()))

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        finishing = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            isinstance(watched, FootnoteEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in finishing
        ):
            self.close_editor(watched)
            self.finished.emit(watched.footnote_id)
            return True
        return super().eventFilter(watched, event)

    def close_editor(self, editor: FootnoteEditor) -> None:
        """Commit the editor's text and close it."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def forget_heights(self) -> None:
        self._heights.clear()

    def _editor_resized(self, editor: FootnoteEditor) -> None:
        height = math.ceil(editor.document().size().height())
        if editor is self.editor and height != self._editor_height:
            self._editor_height = height
            self.sizeHintChanged.emit(self._view.model().index(editor.index.row(), 0))


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


class _FootnoteList(QListView):
    """The rows; Enter or a click chooses a footnote."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Footnotes")
        self.setAccessibleDescription("Every footnote of the note, by number")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self._click_point: QPoint | None = None
        self._clicked_at = QElapsedTimer()

    def model(self) -> _FootnoteModel:
        return super().model()  # type: ignore[return-value]

    def take_click_point(self) -> QPoint | None:
        """Where the click that is opening an editor was, if there was one just now."""
        point, self._click_point = self._click_point, None
        recent = QApplication.doubleClickInterval() + 200
        return point if point is not None and self._clicked_at.elapsed() < recent else None

    def _remember_click(self, event: QMouseEvent) -> None:
        self._click_point = event.position().toPoint()
        self._clicked_at.start()

    def relayout(self) -> None:
        self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._click_point = None
        current = self.currentIndex()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.chosen.emit(current.data(FOOTNOTE_ROLE).id)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._remember_click(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._remember_click(event)
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | Qt.TextFlag.TextWordWrap, PLACEHOLDER)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, _FootnoteDelegate):
                delegate.forget_heights()
        super().changeEvent(event)


class FootnotePanel(QWidget):
    """Every footnote of the note with its number, edited in place."""

    footnote_edited = Signal(str, object)  # footnote id, its new text (Inline)
    footnote_activated = Signal(str)
    editing_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footnotePanel")
        self.setAccessibleName("Footnotes")
        self._model = _FootnoteModel(self)
        self._list = _FootnoteList(self)
        self._list.setModel(self._model)
        self._delegate = _FootnoteDelegate(self._list)
        self._list.setItemDelegate(self._delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        self.setFocusProxy(self._list)
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_INTERVAL_MS)
        self._edit_timer.timeout.connect(self._send_edit)
        self._delegate.text_changed.connect(self._typed)
        self._delegate.committed.connect(self._take_edit)
        self._delegate.finished.connect(self.editing_finished)
        self._list.chosen.connect(self.footnote_activated)
        self._list.clicked.connect(self._clicked)
        self._read_only = False
        self.set_read_only(False)

    def set_footnotes(self, footnotes: list[FootnoteView]) -> None:
        """Show these footnotes; the one being edited keeps its editor and text."""
        if self._model.replace(list(footnotes)):
            self._list.relayout()
            self._list.viewport().update()

    def edit_footnote(self, footnote_id: str) -> None:
        """Scroll to the footnote and put the keyboard in its text, at the end."""
        row = self._model.row_of(footnote_id)
        if row is None:
            return
        index = self._model.index(row)
        self._list.setCurrentIndex(index)
        self._list.scrollTo(index)
        if self._read_only:
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        editor = self._delegate.editor
        if editor is None or editor.footnote_id != footnote_id:
            self._list.edit(index)
            editor = self._delegate.editor
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def set_read_only(self, read_only: bool) -> None:
        """Footnotes can be read and chosen, not edited."""
        if read_only and self._delegate.editor is not None:
            self._delegate.close_editor(self._delegate.editor)
        self._read_only = read_only
        self._model.read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        editing = triggers.DoubleClicked | triggers.EditKeyPressed | triggers.SelectedClicked
        self._list.setEditTriggers(triggers.NoEditTriggers if read_only else editing)

    def editing_footnote_id(self) -> str | None:
        """The footnote whose text is being edited, if any."""
        return self._delegate.editor.footnote_id if self._delegate.editor else None

    def _clicked(self, index: QModelIndex) -> None:
        self.footnote_activated.emit(self._model.footnote(index.row()).id)

    def _typed(self) -> None:
        if not self._edit_timer.isActive():
            self._edit_timer.start()

    def _send_edit(self) -> None:
        editor = self._delegate.editor
        if editor is not None:
            self._take_edit(editor.footnote_id, read_inline(editor.document()))

    def _take_edit(self, footnote_id: str, text: Inline) -> None:
        self._edit_timer.stop()
        if not self._read_only and self._model.set_text(footnote_id, text):
            self.footnote_edited.emit(footnote_id, text)
