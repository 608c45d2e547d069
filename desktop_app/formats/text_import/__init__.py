"""Plain text (a .txt, pdftotext's output, pasted text) recognised as a meeting; Markdown
from other tools (Zettlr, Obsidian, pandoc) read through Python-Markdown."""

from desktop_app.formats.text_import.foreign_markdown import read_foreign_markdown
from desktop_app.formats.text_import.reader import FoundFootnote, TextImport, read_lines, read_text

__all__ = ["FoundFootnote", "TextImport", "read_foreign_markdown", "read_lines", "read_text"]
