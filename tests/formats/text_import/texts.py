"""Helpers for the small hand-written texts of the recogniser's tests."""

from __future__ import annotations

from textwrap import dedent

from desktop_app.core.model import Meeting
from desktop_app.formats.text_import import TextImport, read_text


def read(text: str) -> TextImport:
    return read_text(dedent(text).lstrip("\n"))


def paragraph_texts(meeting: Meeting) -> list[tuple[bool, str]]:
    """Each paragraph as (numbered, text), its footnote markers shown as [note text]."""
    return [
        (paragraph.numbered, paragraph.text.plain_text(lambda fid: note(meeting, fid)))
        for paragraph in meeting.paragraphs()
    ]


def note(meeting: Meeting, footnote_id: str) -> str:
    return f"[{meeting.footnotes[footnote_id].text.plain_text()}]"


def numbered_texts(meeting: Meeting) -> list[str]:
    return [text for numbered, text in paragraph_texts(meeting) if numbered]
