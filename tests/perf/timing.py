"""Small helpers for benchmarks: median timings and a table of figures beside references."""

from __future__ import annotations

import contextlib
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@contextlib.contextmanager
def scratch_folder(name: str) -> Iterator[Path]:
    """A temporary folder for one benchmark, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=f"rapporteur-bench-{name}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def median_seconds(
    action: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> float:
    """The median wall time of `action` over `repeat` runs (each after `setup`, untimed)."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@dataclass
class Figure:
    name: str
    ours: float
    reference: float
    reference_name: str
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else float("inf")


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def print_table(title: str, figures: list[Figure]) -> None:
    print(f"\n{title}")
    width = max(len(f.name) for f in figures)
    print(f"  {'':{width}}  {'Rapporteur':>12}  {'reference':>12}  {'ratio':>7}  reference / goal")
    for f in figures:
        goal = f"; {f.goal}" if f.goal else ""
        print(
            f"  {f.name:{width}}  {milliseconds(f.ours):>12}  {milliseconds(f.reference):>12}"
            f"  {f.ratio:6.1f}×  {f.reference_name}{goal}"
        )
