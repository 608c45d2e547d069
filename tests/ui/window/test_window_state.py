"""What the window lets the user do and tells at once: no meeting, no meeting commands; a
library open read-only reads, finds and exports but changes nothing, and says why; the
window comes back at the size it was left."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store.library import Library
from desktop_app.ui.meeting.choices import sample_meeting
from desktop_app.ui.window.main_window import MainWindow
from desktop_app.ui.window.settings import WindowSettings
from tests.ui.window.helpers import settings_in

EDITING = ["save", "details", "new_action_item"]  # Undo: once there is something to undo
NOTE_EDITING = ["bold", "footnote", "paste", "replace", "move_up"]
READING = ["export", "go_note"]
NOTE_READING = ["find", "copy", "select_all"]


def enabled(window, names: list[str], note: bool = False) -> dict[str, bool]:
    commands = window.actions.note if note else window.actions
    return {name: getattr(commands, name).isEnabled() for name in names}


def all_(names: list[str], value: bool) -> dict[str, bool]:
    return dict.fromkeys(names, value)


@pytest.fixture
def bare_window(qtbot):
    """A window made on a library and not started, closed afterwards."""
    made: list[MainWindow] = []

    def make(library: Library, reason: str = "") -> MainWindow:
        window = MainWindow(library, reason)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.library.close()


def test_with_no_meeting_open_only_the_library_commands_can_be_used(window):
    assert enabled(window, EDITING + READING) == all_(EDITING + READING, False)
    assert enabled(window, NOTE_READING, note=True) == all_(NOTE_READING, False)
    assert enabled(window, ["new_meeting", "open_meeting", "open_sample"]) == all_(
        ["new_meeting", "open_meeting", "open_sample"], True
    )
    assert not window.banner.isVisible()  # a writable library: nothing to tell


def test_an_open_meeting_enables_its_commands(sample_window):
    assert enabled(sample_window, EDITING + READING) == all_(EDITING + READING, True)
    assert enabled(sample_window, NOTE_EDITING + NOTE_READING, note=True) == all_(
        NOTE_EDITING + NOTE_READING, True
    )
    assert sample_window.find_bar.replacement.isEnabled()


def test_a_read_only_library_reads_finds_and_exports_but_changes_nothing(
    read_only_sample_window,
):
    window = read_only_sample_window
    assert enabled(window, [*EDITING, "undo", "redo"]) == all_([*EDITING, "undo", "redo"], False)
    assert enabled(window, NOTE_EDITING, note=True) == all_(NOTE_EDITING, False)
    assert enabled(window, READING) == all_(READING, True)
    assert enabled(window, NOTE_READING, note=True) == all_(NOTE_READING, True)
    assert not window.actions.new_meeting.isEnabled()
    assert not window.actions.open_sample.isEnabled()
    assert window.actions.open_meeting.isEnabled()
    assert not window.find_bar.replacement.isEnabled()


def test_a_read_only_library_says_why_at_once(bare_window, library_path):
    with Library.open(library_path) as holder:
        holder.add_meeting(sample_meeting())
    window = bare_window(Library.open(library_path, read_only=True), "Held by Alice's laptop.")
    window.show()
    window.start()
    assert window.banner.isVisible() and window.banner.kind == "notice"
    assert window.banner.label.text() == "Held by Alice's laptop."


def test_a_read_only_library_without_a_reason_still_says_it_is_read_only(bare_window, library_path):
    Library.open(library_path).close()
    window = bare_window(Library.open(library_path, read_only=True))
    window.show()
    window.centre.setCurrentIndex(1)  # the note, where the banner stands
    assert window.banner.isVisible()
    assert window.banner.label.text() == "This library is open read-only."


def test_the_window_comes_back_at_the_size_and_with_the_docks_it_was_left(
    bare_window, library_path, tmp_path: Path
):
    with settings_in(tmp_path / "settings"):
        first = bare_window(Library.open(library_path))
        first.resize(703, 557)
        first.footnotes_dock.hide()
        WindowSettings().save_window(first.saveGeometry(), first.saveState())
        first.close()
        first.library.close()
        second = bare_window(Library.open(library_path))
        second.show()
        assert (second.width(), second.height()) == (703, 557)
        assert second.footnotes_dock.isHidden() and not second.agenda_dock.isHidden()


def test_a_first_run_keeps_the_window_s_own_size(bare_window, library_path, tmp_path: Path):
    with settings_in(tmp_path / "settings"):
        assert WindowSettings().geometry() is None
        window = bare_window(Library.open(library_path))
        assert (window.width(), window.height()) == (1280, 820)
