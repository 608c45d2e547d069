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
