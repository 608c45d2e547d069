"""The real window in a process of its own, typing what it is told on standard input.

Used by tests that must kill the application or run it as another user:
`python -m tests.ui.drive_window LIBRARY [MEETING]`, then one JSON command per line:
{"text": "…"} types it, {"key": "Return"} presses a key, {"state": true} prints the
window's state as JSON. Each command is answered by one line on standard output.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.app import application, create_window
from tests.ui.keyboard import type_text


def main() -> int:
    app = application()
    window = create_window(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
    window.show()
    window.activateWindow()
    window.editor.setFocus()
    pending = b""

    def answer(value: object) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    def run(command: dict) -> None:
        target = QApplication.focusWidget() or window.editor
        if "text" in command:
            type_text(target, command["text"])
            answer("typed")
        elif "key" in command:
            QTest.keyClick(target, getattr(Qt.Key, f"Key_{command['key']}"))
            answer("pressed")
        elif "state" in command:
            answer(
                {
                    "read_only": window.library.read_only,
                    "editor_read_only": window.editor.isReadOnly(),
                    "banner": window.banner.label.text() if window.banner.isVisible() else "",
                    "title": window.windowTitle(),
                }
            )

    def read_commands() -> None:
        nonlocal pending
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            app.quit()
            return
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            run(json.loads(line))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read_commands)
    answer("ready")
    status = app.exec()
    window.library.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
