"""A text PDF read through poppler's `pdftotext`, its page furniture dropped, then recognised
as plain text.

Why pdftotext and not pypdf: pdftotext (Debian's poppler-utils, which CI installs anyway for
the export tests) reads a 250-page note in well under a second, where pypdf took 25 s for 247
pages (issue 10), and its `-layout` text is what the plain-text recogniser was tuned on (the
corpus's 03 and 04 were extracted that way). pypdf stays a test extra only. The program runs
in its own process with a timeout and a page cap, so a hostile PDF cannot hang the import.

Why `-layout`: without it, pdftotext puts a paragraph's number and its text in separate blocks
("1." then a blank line then the text) and reads columns in an order of its own; with it, each
line stays as printed, the number before its text, and the indents the recogniser reads (a
sub-item's, a heading's) are kept. Both give the same meeting on the sample's PDF export.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from desktop_app.formats.importing.note import ImportedNote, ImportRefused
from desktop_app.formats.importing.reader import MAX_IMPORT_BYTES, from_text_import
from desktop_app.formats.text_import import read_lines

TIMEOUT = 60  # seconds: pdftotext reads a thousand pages in a few
MAX_PAGES = 2000
EDGE = 3  # lines at the top and at the foot of a page where running heads and numbers stand
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PACKAGE = "poppler-utils"


def read(path: Path) -> ImportedNote:
    pages = pdf_pages(path)
    if not any(page.strip() for page in pages):
        raise ImportRefused(
            f"{path} has no text layer (its pages are pictures, a scan?): "
            "run OCR on it first (ocrmypdf, for one), then import the result"
        )
    return from_text_import(path, "pdf", read_lines(page_lines(pages)), [])


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as pdftotext -layout lays it out."""
    program = shutil.which("pdftotext")
    if program is None:
        raise ImportRefused(
            f"{path} cannot be read: importing a PDF needs poppler's pdftotext "
            f"(on Debian or Ubuntu: apt install {_PACKAGE})"
        )
    command = [program, "-layout", "-enc", "UTF-8", "-l", str(MAX_PAGES), str(path), "-"]
    with tempfile.TemporaryFile() as output:
        try:
            done = subprocess.run(
                command, stdout=output, stderr=subprocess.PIPE, timeout=TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            message = f"{path} took longer than {TIMEOUT} s to read; not imported"
            raise ImportRefused(message) from None
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = reason[-1].removeprefix("Syntax Error: ") if reason else "unreadable"
            raise ImportRefused(f"{path} is not a PDF that can be read: {detail}")
        if output.tell() > MAX_IMPORT_BYTES:
            raise ImportRefused(
                f"{path} holds more than {MAX_IMPORT_BYTES // 2**20} MB of text; "
                "is it really a note?"
            )
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last too, with a form feed
    return pages


def page_lines(pages: list[str]) -> list[str]:
    """The pages' lines, each new page's first line of text after a form feed, with the lines that
    repeat at the top or foot of the pages (running heads, "Page 2 of 5", a symbol) left out;
    the top of the first page, where the title block stands, is kept."""
    split = [page.split("\n") for page in pages]
    furniture = _furniture(split)
    lines: list[str] = []
    for number, page in enumerate(split):
        edges = _edges(page, top=number > 0)
        kept = [
            line
            for index, line in enumerate(page)
            if index not in edges or _key(line) not in furniture
        ]
        filled = [index for index, line in enumerate(kept) if line.strip()]
        if number and filled:  # on a line of text: the recogniser strips a lone form feed
            kept[filled[0]] = "\f" + kept[filled[0]]
        lines += kept
    return lines


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines (their figures aside) standing at a page's edge on half the pages or more."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(page[index]) for index in _edges(page)})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in seen.items() if count >= needed and key}


def _edges(page: list[str], top: bool = True) -> set[int]:
    """The indexes of the first (when `top`) and last few lines of a page that are not blank."""
    filled = [index for index, line in enumerate(page) if line.strip()]
    if not top:  # the foot only, below the first lines
        return set(filled[EDGE:][-EDGE:])
    return set(filled[:EDGE] + filled[-EDGE:])


def _key(line: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub(" ", line).strip())
