"""Every icon the window uses exists, loads and draws something."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from desktop_app.ui.common.icons import ICONS_FOLDER, MissingIconError, icon

NAMES = [
    "new-meeting",
    "open-meeting",
    "save",
    "export",
    "undo",
    "redo",
    "bold",
    "italic",
    "footnote",
    "action-item",
    "agenda-add",
    "agenda-add-sub",
    "delete",
    "move-up",
    "move-down",
    "details",
    "search",
    "rapporteur",
]


def drawn_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_loads_and_draws(qtbot, name):
    loaded = icon(name)
    assert not loaded.isNull()
    for size in (16, 24, 48):
        image = loaded.pixmap(size, size).toImage()
        assert image.width() == size
        assert drawn_pixels(image) > size  # a shape, not a stray dot


def test_an_icon_is_loaded_once(qtbot):
    assert icon("save") is icon("save")


def test_every_file_is_an_icon_we_name():
    assert sorted(p.stem for p in ICONS_FOLDER.glob("*.svg")) == sorted(NAMES)


def test_a_missing_icon_says_which_and_where(qtbot):
    with pytest.raises(MissingIconError, match=r"no icon named 'no-such-icon'.*no-such-icon\.svg"):
        icon("no-such-icon")
