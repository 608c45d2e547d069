"""The real window in a process of its own, typing what it is told on standard input.

Used by tests that must kill the application or run it as another user:
`python -m tests.ui.drive_window LIBRARY [MEETING]`, then one JSON command per line:
{"text": "…"} types it, {"key": "Return"} presses a key (with "modifiers": ["Control"]
for Ctrl), {"state": true} prints the window's state as JSON, {"close": true} closes the
window, {"quit": true} quits the application (Qt closes its windows first), {"exit": true}
leaves the event loop at once (the application's aboutToQuit, windows left open),
{"command": "reopen"} chooses one of the window's commands (window.actions.reopen) as from
its menu. Each command is answered by one line on standard output.

{"type_steadily": "…", "interval_ms": 143} then types that text one key every interval, as a
person types, and reports each character once typed: {"typed": count, "at": time.monotonic()}
(the system's monotonic clock, the same in every process on Linux).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.app import application, create_window, run_until_the_end
from tests.ui.keyboard import type_text


def main() -> int:
    app = application()
    window = create_window(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
    window.show()
    window.activateWindow()
    window.editor.setFocus()
    pending = b""
    typist = QTimer(window)
    steady_text = ""
    typed = 0

    def answer(value: object) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    def type_next() -> None:
        nonlocal typed
        if typed == len(steady_text):
            typist.stop()
            return
        QTest.keyClicks(QApplication.focusWidget() or window.editor, steady_text[typed])
        typed += 1
        answer({"typed": typed, "at": time.monotonic()})

    typist.timeout.connect(type_next)

    def run(command: dict) -> None:
        nonlocal steady_text, typed
        target = QApplication.focusWidget() or window.editor
        if "text" in command:
            type_text(target, command["text"])
            answer("typed")
        elif "key" in command:
            modifiers = Qt.KeyboardModifier.NoModifier
            for name in command.get("modifiers", []):  # e.g. ["Control"]
                modifiers |= getattr(Qt.KeyboardModifier, f"{name}Modifier")
            QTest.keyClick(target, getattr(Qt.Key, f"Key_{command['key']}"), modifiers)
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
        elif "type_steadily" in command:
            steady_text, typed = command["type_steadily"], 0
            answer("typing")
            typist.start(command.get("interval_ms", 143))
        elif "command" in command:
            chosen = getattr(window.actions, command["command"])
            enabled = chosen.isEnabled()
            chosen.trigger()
            answer("chosen" if enabled else "disabled")
        elif "close" in command:
            answer("closing")
            window.close()
        elif "quit" in command:
            answer("quitting")
            app.quit()
        elif "exit" in command:
            answer("exiting")
            app.exit(0)

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
    return run_until_the_end(app, window)


if __name__ == "__main__":
    sys.exit(main())
