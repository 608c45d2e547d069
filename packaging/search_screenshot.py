"""Render the window searching all meetings to a PNG: `make screenshot` writes
docs/search-results.png, the picture of search results in the README.

A library of several series (the tests' own, tests/support/libraries.py) is searched for a
query typed key by key; the second result is opened, its words highlighted in the note.
Runs offscreen on a temporary library and temporary settings; nothing of the user's is
touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
QUERY = "migra* data"


def main(output: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="rapporteur-screenshot-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    sys.path.insert(0, str(REPOSITORY))

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.ui.app import application, create_window
    from tests.support.libraries import fill_search_library

    app = application()
    app.setFont(app.font())
    window = create_window(fill_search_library(scratch / "library.rapporteur"), "WG/REL/2017/8")
    window.resize(1400, 860)
    window.show()
    QTest.qWait(200)
    window.actions.search_all.trigger()
    pane = window.search_page.pane
    QTest.keyClicks(pane.query, QUERY)
    deadline = time.monotonic() + 10
    while not pane.results.results.rowCount() and time.monotonic() < deadline:
        QTest.qWait(50)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        QTest.keyClick(app.focusWidget(), key)
    QTest.qWait(200)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        raise SystemExit(f"could not write {output}")
    print(f"wrote {output}: {pane.count.text()}")
    pane.background.wait()
    window.close()
    window.library.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPOSITORY / "docs" / "search-results.png")
