"""The parts of a Word file, read with care: a ZIP archive may be a bomb and its XML may
carry entity declarations, so sizes are checked before anything is read, every read is
capped, and XML with a document type declaration (which OOXML never has) is refused."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

# lxml ships no type hints (and lxml-stubs is not a dependency): its elements are Any here.
from lxml import etree  # type: ignore[import-untyped]

from desktop_app.formats.importing.note import ImportRefused

DOCUMENT = "word/document.xml"
MAX_PART_BYTES = 24 * 1024 * 1024  # 8 times the document.xml of a 5,000-paragraph note (3 MB)
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all entries, pictures included, once unpacked
MAX_RATIO = 200  # XML compresses 10 to 20 times; a bomb, thousands of times
MAX_ENTRIES = 10_000
Element = Any  # an lxml element
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


class WordPackage:
    """The XML parts of a .docx file, each parsed on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.archive = zipfile.ZipFile(path)
            entries = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise ImportRefused(f"{path} is not a note: a damaged ZIP archive ({error})") from None
        self.entries = {entry.filename: entry for entry in entries}
        if DOCUMENT not in self.entries:
            raise ImportRefused(f"{path} is not a note: a ZIP archive, but not a Word document")
        total = sum(entry.file_size for entry in entries)
        if len(entries) > MAX_ENTRIES or total > MAX_TOTAL_BYTES:
            raise ImportRefused(
                f"{path} is not imported: it would unpack to {total // 2**20} MB in "
                f"{len(entries)} files (a ZIP bomb?)"
            )

    def close(self) -> None:
        self.archive.close()

    def xml(self, name: str) -> Element | None:
        """The part `name` parsed, or None when the file has no such part."""
        entry = self.entries.get(name)
        if entry is None:
            return None
        if entry.file_size > MAX_PART_BYTES or (
            entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * entry.compress_size
        ):
            raise ImportRefused(
                f"{self.path} is not imported: its part {name} would unpack to "
                f"{entry.file_size // 2**20} MB from {entry.compress_size // 1024} KB (a ZIP bomb?)"
            )
        try:
            with self.archive.open(entry) as stream:
                data = stream.read(MAX_PART_BYTES + 1)  # the size in the header may lie
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
            raise ImportRefused(f"{self.path}: its part {name} cannot be read ({error})") from None
        if len(data) > MAX_PART_BYTES:
            raise ImportRefused(f"{self.path} is not imported: its part {name} is too large")
        if _declares_entities(data):
            raise ImportRefused(
                f"{self.path} is not imported: its part {name} declares XML entities, "
                "which no Word file does (an entity bomb?)"
            )
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as error:
            raise ImportRefused(
                f"{self.path}: its part {name} is not well-formed XML ({error})"
            ) from None

    def related(self, source: str) -> dict[str, tuple[str, str]]:
        """The relationships of part `source`: id → (type's last word, part name), the
        internal ones only (see `external_links`)."""
        folder, name = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        found: dict[str, tuple[str, str]] = {}
        for rel in rels.iter(_RELATIONSHIPS) if rels is not None else ():
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target.lstrip("/"))
        return found

    def external_links(self) -> int:
        """Relationships to things outside the file (a template, a linked picture): counted,
        never followed. The text is all inside the file, so it is imported and the user told;
        refusing would turn away every document made from a template on a network drive."""
        count = 0
        for name in self.entries:
            if name.endswith(".rels"):
                rels = self.xml(name)
                if rels is not None:
                    count += sum(
                        1 for r in rels.iter(_RELATIONSHIPS) if r.get("TargetMode") == "External"
                    )
        return count


def _declares_entities(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 XML: look at its characters
        text = data.decode("utf-16", "replace")
        return "<!DOCTYPE" in text or "<!ENTITY" in text
    return b"<!DOCTYPE" in data or b"<!ENTITY" in data
