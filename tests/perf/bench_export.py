"""Export benchmarks: a note of 2,000 paragraphs and 200 footnotes to DOCX, PDF and HTML,
beside pandoc converting the same note's Markdown to DOCX in the same run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.perf.timing import Figure, median_seconds, print_table, scratch_folder
from tests.support.notes import generated_meeting

PARAGRAPHS = 2000
FOOTNOTES = 200


def run() -> list[Figure]:
    with scratch_folder("export") as folder:
        return _run(folder)


def _run(folder: Path) -> list[Figure]:
    meeting = generated_meeting(PARAGRAPHS, FOOTNOTES, seed=11)
    source = folder / "note.md"
    source.write_text(meeting_to_markdown(meeting), encoding="utf-8")
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("\nExport: pandoc is not installed (apt-get install pandoc); no reference to show")
        return []

    def run_pandoc() -> None:
        subprocess.run(
            [
                pandoc,
                "--quiet",
                str(source),
                "-f",
                "markdown",
                "-t",
                "docx",
                "-o",
                str(folder / "p.docx"),
            ],
            check=True,
        )

    reference = median_seconds(run_pandoc, repeat=3)
    figures = []
    for export_format in (ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.HTML):
        target = folder / f"note{export_format.suffix}"
        seconds = median_seconds(lambda f=export_format, t=target: export_meeting(meeting, f, t), 3)
        goal = "goal: no slower than pandoc" if export_format is ExportFormat.DOCX else ""
        if goal:
            goal += ": met" if seconds <= reference else ": NOT MET"
        figures.append(
            Figure(f"export to {export_format.value.upper()}", seconds, reference,
                   "pandoc, Markdown → DOCX", goal)
        )  # fmt: skip
    print_table(
        f"Export: a note of {PARAGRAPHS:,} paragraphs and {FOOTNOTES} footnotes, median times",
        figures,
    )
    return figures


if __name__ == "__main__":
    run()
