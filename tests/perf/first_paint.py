"""Start a window and print the wall-clock time its note was first painted, then quit.

`python -m tests.perf.first_paint rapporteur LIBRARY [MEETING]` starts Rapporteur's main
window on a library (it shows the last meeting, at its end, or the meeting named: with none
open before, the window would show the library view, and no note would be painted);
`python -m tests.perf.first_paint bare TEXT`
starts the reference, a bare PySide6 main window whose QTextEdit loads the plain text in the
file TEXT, and `bare-end TEXT` the same with the cursor at the end of the text, shown. The
time printed is that of the end of the first paint of the text's viewport (the window and
everything in it painted and flushed); the parent compares it with the time it started us.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)  # once this paint is done and flushed
        return False


def _report() -> None:
    from PySide6.QtWidgets import QApplication

    print(f"{time.time():.6f}", flush=True)
    QApplication.instance().quit()


def main() -> None:
    watcher = _FirstPaint()
    if sys.argv[1] in ("bare", "bare-end"):
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        text = QTextEdit()
        text.setPlainText(Path(sys.argv[2]).read_text(encoding="utf-8"))
        if sys.argv[1] == "bare-end":
            text.moveCursor(QTextCursor.MoveOperation.End)
        window.setCentralWidget(text)
        window.resize(1280, 820)
        viewport = text.viewport()
    else:
        from desktop_app.ui.app import application, create_window

        app = application()
        window = create_window(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
        viewport = window.editor.viewport()
    viewport.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
