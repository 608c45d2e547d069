"""What an import gives: the meeting recognised in a file, or the reason it was refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.model import Meeting


class ImportRefused(Exception):
    """A file that is not imported at all; str(error) is the message for the user."""


@dataclass
class ImportedNote:
    file: Path | None
    format: str  # "rapporteur markdown", "markdown", "text", "pdf", "docx"
    meeting: Meeting  # not saved
    warnings: list[str] = field(default_factory=list)
    footnotes: int = 0  # footnotes found with their texts

    @property
    def paragraphs(self) -> int:
        """Numbered paragraphs, as the note counts them."""
        return sum(1 for p in self.meeting.paragraphs() if p.numbered)

    @property
    def headings(self) -> int:
        return sum(1 for _ in self.meeting.agenda_items())
