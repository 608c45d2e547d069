"""The note as a page, the panes around it as docks, View › Show … for each, and the
keyboard's way into each (Ctrl+1 … Ctrl+4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QVBoxLayout, QWidget


def add_dock(
    window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setAccessibleName(title)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(area, dock)
    return dock


def dock_panes(
    window: QMainWindow, agenda: QWidget, action_items: QWidget, footnotes: QWidget
) -> tuple[QDockWidget, QDockWidget, QDockWidget]:
    """The agenda on the left, the action items on the right, the footnotes below, at the
    sizes a first window has (a window after it has those it was left with)."""
    area = Qt.DockWidgetArea
    agenda_dock = add_dock(window, "Agenda", "agendaDock", agenda, area.LeftDockWidgetArea)
    actions_dock = add_dock(
        window, "Action items", "actionItemsDock", action_items, area.RightDockWidgetArea
    )
    footnotes_dock = add_dock(
        window, "Footnotes", "footnotesDock", footnotes, area.BottomDockWidgetArea
    )
    window.resizeDocks([agenda_dock, actions_dock], [280, 330], Qt.Orientation.Horizontal)
    window.resizeDocks([footnotes_dock], [110], Qt.Orientation.Vertical)
    return agenda_dock, actions_dock, footnotes_dock


def column_of(parent: QWidget, widgets: list[QWidget], stretching: QWidget) -> QWidget:
    """The widgets one above the other, edge to edge; `stretching` takes the height left."""
    column = QWidget(parent)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretching else 0)
    return column


def pane_toggles(window: QMainWindow, docks: list[tuple[QDockWidget, str]]) -> list[QAction]:
    """View › Show …: one per pane (the docks' own would follow their changing titles)."""
    toggles = []
    for dock, text in docks:
        toggle = QAction(text, window, checkable=True, checked=True)
        toggle.toggled.connect(dock.setVisible)

        def follow(visible: bool, toggle: QAction = toggle, dock: QDockWidget = dock) -> None:
            toggle.setChecked(visible or not dock.isHidden())

        dock.visibilityChanged.connect(follow)
        toggles.append(toggle)
    return toggles


def focus_pane(dock: QDockWidget, widget: QWidget) -> None:
    """The pane shown, raised, and the keyboard in it."""
    dock.show()
    dock.raise_()
    widget.setFocus()


def note_page(parent: QWidget, header: QWidget, editor: QFrame) -> QFrame:
    """The title block and the note in one frame, as one page."""
    page = QFrame(parent)
    page.setObjectName("notePage")
    page.setFrameShape(QFrame.Shape.StyledPanel)
    editor.setFrameShape(QFrame.Shape.NoFrame)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(1, 1, 1, 1)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addWidget(editor, 1)
    return page
