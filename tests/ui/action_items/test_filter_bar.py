"""The bar above the action items: Open or All, and "Read only"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.action_items.filter_bar import FilterBar


def test_open_is_chosen_first_and_all_or_open_say_which_is_asked_for(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    asked: list[bool] = []
    bar.show_all_changed.connect(asked.append)
    assert bar.open_button.isChecked() and not bar.all_button.isChecked()
    qtbot.mouseClick(bar.all_button, Qt.MouseButton.LeftButton)
    assert bar.all_button.isChecked() and not bar.open_button.isChecked()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert asked == [True, False]


def test_set_show_all_checks_the_button_the_window_chose(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_show_all(True)
    assert bar.all_button.isChecked() and not bar.open_button.isChecked()


def test_read_only_is_said_at_the_right(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    labels = [w for w in bar.children() if getattr(w, "accessibleName", None)]
    read_only = next(
        w for w in labels if w.accessibleName() == "The action items cannot be changed"
    )
    assert not read_only.isVisible()
    bar.set_read_only(True)
    assert read_only.isVisible() and read_only.text() == "Read only"
    bar.set_read_only(False)
    assert not read_only.isVisible()
