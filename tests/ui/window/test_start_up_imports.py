"""Starting the window on a meeting loads nothing its first paint does not need: no writer,
no export library, no start-up dialog, none of the pages shown in place of the note (the
library, the requests), no search, no comparing of snapshots, no next meeting.
(A fresh process: the test session imports them all.)"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPOSITORY
from tests.ui.window_process import library_with_sample

NOT_AT_START = [
    "desktop_app.formats.docx_writer",
    "desktop_app.formats.pdf_writer",
    "desktop_app.formats.html_writer",
    "desktop_app.formats.markdown_writer",
    "desktop_app.ui.startup.library_refused",
    "desktop_app.ui.library.library_view",
    "desktop_app.ui.tracker.tracker_view",
    "desktop_app.store.search",
    "desktop_app.core.search_query",
    "desktop_app.core.note_diff",
    "desktop_app.store.series",
    "desktop_app.store.restoring",
    "docx",
    "typst",
    "markdown",
    "nh3",
    "sqlite_utils",
]

SHOW_AND_LIST = """
import json, sys
from pathlib import Path
from desktop_app.ui.app import application, create_window
app = application()
window = create_window(Path(sys.argv[1]), sys.argv[2])
window.show()
app.processEvents()
print(json.dumps({"modules": sorted(sys.modules), "words": window.editor.toPlainText()[:40]}))
window.close()
window.library.close()
"""


def test_the_window_on_a_meeting_loads_no_writer_and_no_dialog_it_does_not_show(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.rapporteur"
    meeting_id = library_with_sample(library)
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config")
    )
    output = subprocess.run(
        [sys.executable, "-c", SHOW_AND_LIST, str(library), meeting_id],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    shown = json.loads(output.splitlines()[-1])
    assert shown["words"]  # the meeting is on screen
    loaded = set(shown["modules"])
    assert [name for name in NOT_AT_START if name in loaded] == []
