"""Starting the window: the Qt application, the library, the meeting to show."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.store.errors import LibraryError, LibraryInUse, LibraryTooNew, LibraryUnwritable
from desktop_app.store.library import Library
from desktop_app.ui.common.icons import icon
from desktop_app.ui.startup.stop_signals import StopSignals
from desktop_app.ui.window.main_window import MainWindow
from desktop_app.ui.window.settings import APPLICATION, ORGANIZATION


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName("Rapporteur")
    app.setDesktopFileName("rapporteur")
    app.setWindowIcon(icon("rapporteur"))
    app.setStyle("Fusion")  # follows the system's light or dark palette on every platform
    return app


def open_library(path: Path) -> tuple[Library, str]:
    """The library for the window: for writing if possible, else read-only, with the reason
    (in use by another window, written by a newer Rapporteur, a read-only file or disk).
    Raises LibraryWriteFailed for a file that cannot be written for another reason (a full
    disk, a removed one), for the user to choose what to do."""
    try:
        return Library.open(path), ""
    except LibraryInUse as error:
        reason = (
            f"This library is in use by {error.holder}. It is open read-only here: close "
            "Rapporteur there to edit it."
        )
        return Library.open(path, read_only=True), reason
    except (LibraryTooNew, LibraryUnwritable) as error:
        if not path.exists():
            raise
        return Library.open(path, read_only=True), error.message


def create_window(library_path: Path, meeting: str | None = None) -> MainWindow:
    """The main window on a library, showing a meeting; raises LibraryError if the library
    cannot be opened at all."""
    # No cyclic garbage collection while the window starts: it allocates a great deal and
    # frees almost nothing, and each full collection walks every object for nothing.
    gc.disable()
    try:
        return _shown(*open_library(library_path), meeting)
    finally:
        gc.enable()


def _shown(library: Library, read_only_reason: str, meeting: str | None) -> MainWindow:
    window = MainWindow(library, read_only_reason)
    window.start(meeting)
    return window


def window_after_refusal(
    library_path: Path, meeting: str | None, error: LibraryError
) -> MainWindow | None:
    """Ask what to do with a library that cannot be opened (read it, or choose another
    file) until a window opens; None if the user quits."""
    from desktop_app.ui.startup import library_refused as startup  # a dialog: only when asked

    while True:
        choice = startup.ask(error.message, can_read=library_path.is_file())
        try:
            if choice is startup.Choice.READ_ONLY:
                return _shown(Library.open(library_path, read_only=True), error.message, meeting)
            if choice is startup.Choice.ANOTHER_FILE:
                chosen = startup.choose_library_file(library_path)
                if chosen is not None:
                    library_path = chosen
                    return create_window(library_path)
                continue
            return None
        except LibraryError as refused:
            error = refused


def run_window(library_path: Path, meeting: str | None = None) -> int:
    app = application()
    try:
        window = create_window(library_path, meeting)
    except LibraryError as error:
        print(f"rapporteur: {error.message}", file=sys.stderr)
        opened = window_after_refusal(library_path, meeting, error)
        if opened is None:
            return 1
        window = opened
    window.show()
    return run_until_the_end(app, window)


def run_until_the_end(app: QApplication, window: MainWindow) -> int:
    """Run the window until the application ends, however it ends: the window closed, the
    application quit, the desktop session ending, or a signal asking the process to stop.
    Each writes everything first; then the library is closed. Returns the exit status: 0,
    or 1 when the last changes could not be written."""
    written = [True]  # whether the last attempt wrote everything

    def save_everything() -> None:
        if window.session is None:  # closed: its close wrote all it could, or gave it up
            return
        written[0] = window.save_everything()

    def stop(_number: int) -> None:
        save_everything()
        window.ending = True  # no question can be asked: the process must stop now
        window.close()
        app.exit(0 if written[0] else 1)

    stops = StopSignals(app)
    stops.received.connect(stop)
    app.commitDataRequest.connect(lambda _manager: save_everything())
    app.aboutToQuit.connect(save_everything)
    try:
        status = app.exec()
    finally:
        stops.close()
        window.library.close()
    if not written[0]:
        print(
            "rapporteur: the latest changes could not be written to the library.", file=sys.stderr
        )
        return status or 1
    return status
