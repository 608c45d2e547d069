"""Markdown import of a megabyte of the worst texts (tests/support/pathological.py), each
beside reading an ordinary note of the same size in the same run: the ratio is what the
worst text costs over an ordinary one."""

from __future__ import annotations

import contextlib

from desktop_app.formats.errors import MalformedFile
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.perf.timing import Figure, median_seconds, print_table
from tests.support.notes import generated_meeting
from tests.support.pathological import FRONT_MATTER, PATTERNS

MEGABYTE = 2**20
WORST = ("emphasis on one line", "footnote openings", "backslashes", "footnotes on one line")


def ordinary_note(size: int) -> str:
    """A generated note of paragraphs, sub-items and footnotes, about `size` characters."""
    paragraphs = 100
    while len(text := meeting_to_markdown(generated_meeting(paragraphs, paragraphs // 10))) < size:
        paragraphs = paragraphs * size // len(text) + 1
    return text


def run() -> list[Figure]:
    ordinary = ordinary_note(MEGABYTE)
    megabytes = len(ordinary.encode()) / MEGABYTE
    reference = median_seconds(lambda: read_markdown(ordinary), repeat=3) / megabytes
    figures = []
    for name in WORST:
        text = FRONT_MATTER + PATTERNS[name](MEGABYTE)

        def read(text: str = text) -> None:
            # A malformed note is refused: reading it up to the error is what counts.
            with contextlib.suppress(MalformedFile):
                read_markdown(text)

        figures.append(
            Figure(
                f"read 1 MB of {name}",
                median_seconds(read, repeat=3),
                reference,
                "an ordinary note, per MB",
                "a few seconds per MB at most",
            )
        )
    print_table("Markdown import of the worst texts", figures)
    return figures


if __name__ == "__main__":
    run()
