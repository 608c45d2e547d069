"""Errors of readers and writers, with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class FormatError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MalformedFile(FormatError):
    """A file that cannot be imported; nothing of it is imported."""

    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source}, line {line}: {problem}")
        self.source = source
        self.line = line
        self.problem = problem


class ExportFailed(FormatError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot write {path}: {reason}.")
        self.path = path
