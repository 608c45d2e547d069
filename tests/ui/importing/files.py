"""Real files to import, copied or made in the test's folder: corpus texts, the sample
meeting exported as DOCX, and junk that no reader takes."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.ui.meeting.choices import sample_meeting
from tests.conftest import CORPUS

SLOVENIA = "03-hrc-upr-wg-report-slovenia-2025.txt"  # A/HRC/59/15, 141 paragraphs
HRC28 = "04-hrc28-session-report-excerpt.txt"  # A/HRC/28/2, 92 paragraphs
IPBES = "05-ipbes1-plenary-report.txt"  # IPBES/1/12, 45 paragraphs
SBI = "02-unfccc-sbi48-2-report.txt"  # FCCC/SBI/2018/11, 15 paragraphs


def corpus_file(folder: Path, name: str = SLOVENIA) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(CORPUS / name, folder / name))


def sample_docx(folder: Path) -> Path:
    """The sample meeting (WG/REL/2017/7) as Rapporteur exports it to Word."""
    folder.mkdir(parents=True, exist_ok=True)
    return export_meeting(sample_meeting(), ExportFormat.DOCX, folder / "sample.docx")


def junk(folder: Path, name: str = "junk.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(bytes(range(256)) * 64)
    return path
