"""The seed note and the corpus files (copied into tests/data), read once per test session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.core.model import AgendaItem, Meeting, Paragraph
from desktop_app.formats.text_import import TextImport, read_text
from tests.conftest import CORPUS, REAL_NOTE


def corpus_file(prefix: str) -> Path:
    """The corpus file whose name begins with `prefix` ("01", "seed" for the seed note)."""
    if prefix == "seed":
        return REAL_NOTE
    (path,) = CORPUS.glob(f"{prefix}-*.txt")
    return path


@cache
def imported(prefix: str) -> TextImport:
    return read_text(corpus_file(prefix).read_text(encoding="utf-8"))


def numbered(meeting: Meeting) -> list[Paragraph]:
    return [paragraph for paragraph in meeting.paragraphs() if paragraph.numbered]


def numbered_under(item: AgendaItem) -> int:
    """How many numbered paragraphs a heading's section holds, its sub-headings' included."""
    own = sum(1 for paragraph in item.paragraphs if paragraph.numbered)
    return own + sum(numbered_under(sub) for sub in item.sub_items)
