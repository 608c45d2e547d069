"""Importing plain text takes time proportional to the text: four times the paragraphs take
about four times as long, whatever the numbers in it."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from desktop_app.formats.text_import import read_foreign_markdown, read_text
from tests.perf.bench_text_import import generated_markdown
from tests.support.plain_texts import generated_report

# Four times the text: about 4 in linear time, 16 in quadratic time.
SCALING_LIMIT = 8.0


def cpu_seconds(action: Callable[[], object]) -> float:
    """This process's own CPU time: tests running beside it in other processes change nothing."""
    gc.collect()
    start = time.process_time()
    action()
    return time.process_time() - start


def many_restarts(paragraphs: int) -> str:
    """Numbered paragraphs, each followed by a "1." list that looks quoted: the look-ahead's
    worst case."""
    lines = []
    for number in range(1, paragraphs + 1):
        lines += [f"{number}. The Group adopted the agenda as follows:", "1. Opening.", "2. Other."]
        lines += ["The discussion went on at length."] * 20
    return "\n".join(lines)


SHAPES: dict[str, Callable[[int], str]] = {
    "a generated report": generated_report,
    "quoted lists after every paragraph": many_restarts,
}


@pytest.mark.parametrize("shape", SHAPES)
def test_four_times_the_paragraphs_take_about_four_times_as_long(shape: str) -> None:
    small, large = SHAPES[shape](500), SHAPES[shape](2000)
    small_time = min(cpu_seconds(lambda: read_text(small)) for _ in range(3))
    large_time = min(cpu_seconds(lambda: read_text(large)) for _ in range(2))
    assert large_time / small_time < SCALING_LIMIT


def test_5000_paragraphs_import_in_a_few_seconds() -> None:
    text = generated_report(5000)
    seconds = cpu_seconds(lambda: read_text(text))
    assert seconds < 5.0  # about 0.3 s here; the goal, measured by `make bench`, is 1 s
    result = read_text(text)
    assert len([p for p in result.meeting.paragraphs() if p.numbered]) == 5000
    assert len(result.footnotes) == 50


def test_foreign_markdown_scales_linearly() -> None:
    small, large = generated_markdown(500), generated_markdown(2000)
    small_time = min(cpu_seconds(lambda: read_foreign_markdown(small)) for _ in range(3))
    large_time = min(cpu_seconds(lambda: read_foreign_markdown(large)) for _ in range(2))
    assert large_time / small_time < SCALING_LIMIT
