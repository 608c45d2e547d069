"""Past notes brought in: a file read by its content (Rapporteur Markdown, other Markdown,
plain text, PDF, DOCX) or pasted text, recognised as a meeting that is not yet saved."""

from desktop_app.formats.importing.note import ImportedNote, ImportRefused
from desktop_app.formats.importing.reader import MAX_IMPORT_BYTES, read_import, read_pasted_text

__all__ = ["MAX_IMPORT_BYTES", "ImportRefused", "ImportedNote", "read_import", "read_pasted_text"]
