"""Hostile Word files: a ZIP bomb, an XML entity bomb, a damaged archive, a ZIP that is no
Word file. Each is refused within seconds with a message that says why; nothing comes in."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from desktop_app.formats.importing import ImportRefused, read_import
from tests.formats.importing.word_files import new_document, save

SECONDS = 5


def refused(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(ImportRefused) as refusal:
        read_import(path)
    assert time.monotonic() - started < SECONDS
    return str(refusal.value)


def word_file_with(tmp_path: Path, name: str, replace: dict[str, bytes]) -> Path:
    """A real .docx (python-docx's) with some of its parts replaced."""
    original = save(new_document(), tmp_path / "original.docx")
    path = tmp_path / name
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            data = replace.get(entry.filename, source.read(entry))
            target.writestr(entry.filename, data, zipfile.ZIP_DEFLATED)
    return path


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "minutes.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * 2**20
            for _ in range(300):  # 300 MB of spaces: a few hundred KB once compressed
                part.write(chunk)
    assert bomb.stat().st_size < 2 * 2**20
    message = refused(bomb)
    assert f"{bomb} is not imported" in message and "ZIP bomb" in message


def test_an_xml_entity_bomb_in_the_document_is_refused(tmp_path: Path) -> None:
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    document = (
        '<?xml version="1.0"?><!DOCTYPE lolz [' + "".join(laughs) + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = word_file_with(tmp_path, "laughs.docx", {"word/document.xml": document.encode()})
    message = refused(path)
    assert "declares XML entities" in message and "entity bomb" in message


def test_a_damaged_word_file_is_refused(tmp_path: Path) -> None:
    whole = save(new_document(), tmp_path / "whole.docx").read_bytes()
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(whole[: len(whole) // 2])
    assert "is not a note: a damaged ZIP archive" in refused(damaged)


def test_a_zip_that_is_not_a_word_file_is_refused(tmp_path: Path) -> None:
    archive_path = tmp_path / "photos.docx"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr("holiday.txt", "not a note")
    assert (
        refused(archive_path)
        == f"{archive_path} is not a note: a ZIP archive, but not a Word document"
    )


def test_a_part_that_is_not_xml_is_refused(tmp_path: Path) -> None:
    path = word_file_with(tmp_path, "broken.docx", {"word/document.xml": b"<w:document><w:body>"})
    assert "its part word/document.xml is not well-formed XML" in refused(path)
