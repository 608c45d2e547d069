"""Render the window with the sample meeting to a PNG: `make screenshot` writes
docs/screenshot.png, the picture in the README and the AppStream metadata.

Runs offscreen on a temporary library and temporary settings; nothing of the user's is
touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def main(output: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="rapporteur-screenshot-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    sys.path.insert(0, str(REPOSITORY))

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app import application, create_window

    app = application()
    app.setFont(app.font())
    window = create_window(scratch / "library.rapporteur")
    window.resize(1400, 860)
    window.show()
    window.open_sample_meeting()
    first_section = window.editor.note.structure().agenda[0].id
    window.editor.go_to_entity(first_section)
    window.agenda.select_item(first_section)
    QTest.qWait(200)
    QApplication.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        raise SystemExit(f"could not write {output}")
    print(f"wrote {output}")
    window.close()
    window.library.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPOSITORY / "docs" / "screenshot.png")
