"""Exporting a meeting's note: one call per format, each laying out the one block model in
memory; the bytes are then written to a temporary file renamed into place, so a failed or
killed export leaves no half file."""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from importlib import import_module
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.model import Meeting
from desktop_app.formats.atomic_file import write_bytes_atomically
from desktop_app.formats.blocks import Document, build_document
from desktop_app.formats.errors import ExportFailed

Writer = Callable[[Document, BinaryIO], None]


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"
    MD = "md"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat | None:
        """The format a file name asks for by its suffix (".htm" and ".markdown" too)."""
        suffix = path.suffix.lower().lstrip(".")
        return {"htm": cls.HTML, "markdown": cls.MD}.get(suffix) or next(
            (f for f in cls if f.value == suffix), None
        )


_DESCRIPTIONS = {
    ExportFormat.DOCX: "Word document (DOCX), for the secretariat",
    ExportFormat.PDF: "PDF, for distribution",
    ExportFormat.HTML: "Web page (HTML), one self-contained file",
    ExportFormat.MD: "Rapporteur Markdown, the interchange format",
}
# Writers load on first use: the PDF writer brings Typst, which a Markdown export never needs.
_WRITERS = {
    ExportFormat.DOCX: ("desktop_app.formats.docx_writer", "write_docx"),
    ExportFormat.PDF: ("desktop_app.formats.pdf_writer", "write_pdf"),
    ExportFormat.HTML: ("desktop_app.formats.html_writer", "write_html"),
    ExportFormat.MD: ("desktop_app.formats.markdown_writer", "write_markdown"),
}


def writer_for(export_format: ExportFormat) -> Writer:
    module, name = _WRITERS[export_format]
    writer: Writer = getattr(import_module(module), name)
    return writer


def export_meeting(meeting: Meeting, export_format: ExportFormat, path: Path) -> Path:
    """Write the meeting's note to `path` in the format; raises ExportFailed with a one-line
    reason if it cannot be written."""
    path = Path(path)
    try:
        path = path.expanduser()
        if path.is_dir():
            raise ExportFailed(path, "it is a folder; give a file name")
        if not path.parent.is_dir():
            raise ExportFailed(path, f"there is no folder {path.parent}")
        buffer = io.BytesIO()
        writer_for(export_format)(build_document(meeting), buffer)
        write_bytes_atomically(path, buffer.getvalue())
    except OSError as error:  # a name too long, a folder we may not read, …
        raise ExportFailed(path, error.strerror or str(error)) from None
    return path
