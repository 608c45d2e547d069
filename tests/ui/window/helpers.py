"""Helpers for the window's own test modules: settings kept in the test's folder, and
message boxes answered with the button a user would press."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@contextmanager
def settings_in(folder: Path) -> Iterator[Path]:
    """What the window remembers (QSettings) kept in `folder` while the block runs, not in
    the run's settings folder that every other test shares."""
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, user, str(folder))
    try:
        yield folder
    finally:
        QSettings.setPath(native, user, os.environ["XDG_CONFIG_HOME"])


@dataclass
class Answering:
    """The message boxes shown, as (title, text), each answered with `button` (a box without
    that button gets its default one)."""

    button: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
    seen: list[tuple[str, str]] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> Answering:
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)
        return self

    def stop(self) -> None:
        self.timer.stop()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.seen.append((box.windowTitle(), box.text()))
        chosen = box.button(self.button) if self.button else None
        (chosen or box.defaultButton() or box.escapeButton() or box.buttons()[0]).click()


def menu_texts(actions: list) -> list[str]:
    """The texts of actions as a menu shows them, "" for a separator, without the "&"."""
    return ["" if a.isSeparator() else a.text().replace("&", "") for a in actions]
