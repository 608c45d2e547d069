"""read_import: a file's format told by its content, not its name, then the reader for it."""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

from desktop_app.formats.errors import MalformedFile
from desktop_app.formats.importing.note import ImportedNote, ImportRefused
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.text_import import TextImport, read_foreign_markdown, read_text

# Five times the largest note measured (5,000 paragraphs, 500 footnotes: 2 MB of text). The
# worst text for the readers reads in well under a minute at this size.
MAX_IMPORT_BYTES = 10 * 1024 * 1024
# A Word or PDF file carries pictures and fonts besides its text: more room on disk (each
# reader caps the text it takes out of it).
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_MARKDOWN = re.compile(r"^#{1,6}[ \t]+\S|\[\^[^\]\s]+\]", re.MULTILINE)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1c-\x1f\x7f]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and Word's encrypted files
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def read_import(path: Path) -> ImportedNote:
    """The note in the file at `path`; raises ImportRefused with the reason when there is none."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise ImportRefused(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path} is a folder, not a note") from None
    except OSError as error:
        raise ImportRefused(f"{path} cannot be read: {error.strerror or error}") from None
    if head.startswith((b"%PDF-", b"PK\x03\x04")):
        if size > MAX_DOCUMENT_BYTES:
            raise ImportRefused(
                f"{path} is larger than {MAX_DOCUMENT_BYTES // 2**20} MB; is it really a note?"
            )
        module = "pdf" if head.startswith(b"%PDF-") else "docx_reader"
        reader = import_module(f"desktop_app.formats.importing.{module}")
        note: ImportedNote = reader.read(path)
        return note
    if head.startswith(_OLE):
        raise ImportRefused(
            f"{path} is not a note that can be read: an old Word file (.doc) or an encrypted "
            "document; open it in Word or LibreOffice and save it as .docx"
        )
    if size > MAX_IMPORT_BYTES:
        raise ImportRefused(
            f"{path} is larger than {MAX_IMPORT_BYTES // 2**20} MB; is it really a note?"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"{path} cannot be read: {error.strerror or error}") from None
    text, warnings = decode(data, path)
    return _read(text, path, warnings)


def read_pasted_text(text: str) -> ImportedNote:
    """The note in text pasted into the import dialog."""
    if len(text) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            f"the pasted text is larger than {MAX_IMPORT_BYTES // 2**20} MB; is it really a note?"
        )
    return _read(text, None, [])


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """The text of a file: UTF-8, UTF-16 by its byte order mark, else Windows-1252 (with a
    warning); bytes that are no text at all are refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff"), []
            except UnicodeDecodeError:
                raise ImportRefused(f"{path} is not a note: it is not {encoding} text") from None
    start = data[:65536]
    if b"\x00" in start or len(_CONTROL.findall(start)) * 100 > len(start):
        raise ImportRefused(
            f"{path} is not a note: it holds binary data, not text, Word (DOCX) or PDF"
        )
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # The five bytes Windows-1252 leaves undefined are read as Latin-1 (control characters).
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        text = data.decode("latin-1")
    return text, [f"{path.name} is not UTF-8: read as Windows-1252; check its accented letters"]


def _read(text: str, path: Path | None, warnings: list[str]) -> ImportedNote:
    source = str(path) if path else "the pasted text"
    if _FRONT_MATTER.match(text):
        try:
            meeting = read_markdown(text, source)
        except MalformedFile as error:
            raise ImportRefused(str(error)) from None
        return ImportedNote(path, "rapporteur markdown", meeting, warnings, len(meeting.footnotes))
    found, kind = read_text(text), "text"
    if _MARKDOWN.search(text):
        # A "# " line or two is found in plain text too (an OCR's stray mark, a title typed
        # so): the text is Markdown if it reads as a note at least as well that way.
        markdown = read_foreign_markdown(text)
        if _numbered(markdown) >= _numbered(found):
            found, kind = markdown, "markdown"
    return from_text_import(path, kind, found, warnings)


def _numbered(found: TextImport) -> int:
    return sum(1 for paragraph in found.meeting.paragraphs() if paragraph.numbered)


def from_text_import(
    path: Path | None, kind: str, found: TextImport, warnings: list[str]
) -> ImportedNote:
    note = ImportedNote(path, kind, found.meeting, warnings + found.warnings, len(found.footnotes))
    return checked(note)


def checked(note: ImportedNote) -> ImportedNote:
    """The note, unless nothing in it reads as one (a letter, a list): then it is refused."""
    if note.paragraphs == 0 and note.headings == 0:
        name = note.file or "the pasted text"
        raise ImportRefused(
            f"{name} is not a note: no numbered paragraph and no heading was found in it"
        )
    return note
