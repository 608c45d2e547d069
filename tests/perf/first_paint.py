"""Start a window and print the wall-clock time of its first paint, then quit.

`python -m tests.perf.first_paint rapporteur LIBRARY` starts Rapporteur's main window on a
library; `python -m tests.perf.first_paint bare` starts a bare PySide6 main window, the
reference. The parent process compares the printed time with the time it started us.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time():.6f}", flush=True)
            from PySide6.QtWidgets import QApplication

            QApplication.instance().quit()
        return False


def main() -> None:
    watcher = _FirstPaint()
    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QTextEdit())
        window.resize(1280, 820)
    else:
        from desktop_app.ui.app import application, create_window

        app = application()
        window = create_window(Path(sys.argv[2]))
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
