"""Plain text (a .txt, pdftotext's output, pasted text) recognised as a meeting."""

from desktop_app.formats.text_import.reader import FoundFootnote, TextImport, read_lines, read_text

__all__ = ["FoundFootnote", "TextImport", "read_lines", "read_text"]
