"""The main window as the tests open it: on the test's own library, closed afterwards."""

from pathlib import Path

import pytest

from desktop_app.ui.app import create_window


@pytest.fixture
def window(qtbot, library_path: Path):
    """The window on an empty library (the welcome screen)."""
    shown = create_window(library_path)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    shown.library.close()


@pytest.fixture
def sample_window(window):
    """The window showing the sample meeting."""
    window.open_sample_meeting()
    return window
