"""Search benchmark: a generated library of 2,000 meetings (about 100,000 paragraphs),
searched for one word, two words, a phrase and a prefix, with snippets and paragraph numbers,
each beside `grep -ril` over the same notes exported as Markdown files, in the same run; the
library view's open time over those meetings; the library file's size against the Markdown.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import time
from pathlib import Path

from desktop_app.core.inline import Inline
from desktop_app.core.model import Meeting, Paragraph
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.store.library import Library
from desktop_app.store.search import NoteSearch
from tests.perf.timing import Figure, median_seconds, print_table, scratch_folder
from tests.support.notes import generated_meeting

MEETINGS = 2000
PARAGRAPHS = 50  # per meeting, a few of them unnumbered
GOAL_P95_SECONDS = 0.020
GOAL_GREP_RATIO = 0.05
GOAL_VIEW_SECONDS = 0.300
BODIES = (
    "Working Group on Migration",
    "Committee against Torture",
    "Subsidiary Body for Scientific and Technological Advice",
    "Human Rights Council",
    "Intergovernmental Platform on Biodiversity",
)
CHINESE = "工作组审议了移民数据问题，并请秘书处提交报告。"
# Each kind of query, several queries of it; (what grep looks for: the first word, the phrase).
QUERIES = {
    "one word": ["climate", "violence", "rapporteur", "strengthen", "biodiversity"],
    "two words": ["human rights", "technical assistance", "climate change", "national report"],
    "phrase": ['"Working Group"', '"human rights"', '"in accordance with"', '"Member States"'],
    "prefix": ["environ*", "strength*", "migra*", "recommend*"],
}
ROUNDS = 20  # each query, timed this many times


def run() -> list[Figure]:
    with scratch_folder("search") as folder:
        return _run(folder)


def _run(folder: Path) -> list[Figure]:
    started = time.perf_counter()
    library_path, markdown = generate_library(folder)
    generated = time.perf_counter() - started
    paragraphs = _count(library_path)
    search = NoteSearch.open(library_path)
    try:
        figures = _query_figures(search, markdown)
    finally:
        search.close()
    figures.append(_library_view_figure(library_path))
    library_mb = library_path.stat().st_size / 2**20
    markdown_mb = sum(p.stat().st_size for p in markdown.iterdir()) / 2**20
    print_table(
        f"Search: {MEETINGS:,} meetings, {paragraphs:,} paragraphs (made in {generated:.0f} s); "
        f"{ROUNDS} runs of each query, with snippets and paragraph numbers",
        figures,
    )
    print(
        f"  library file {library_mb:.1f} MB against {markdown_mb:.1f} MB of Markdown files "
        f"({library_mb / markdown_mb:.1f}×)"
    )
    return figures


def _query_figures(search: NoteSearch, markdown: Path) -> list[Figure]:
    """p50 and p95 of each kind of query, beside grep's median for the same queries."""
    figures = []
    for kind, queries in QUERIES.items():
        times = [t for query in queries for t in _timed(search, query)]
        p50, p95 = statistics.median(times), _p95(times)
        grep = statistics.median(_grep_seconds(markdown, q) for q in queries)
        ratio_met = _met(p95 / grep <= GOAL_GREP_RATIO)
        figures.append(Figure(f"{kind}: p50", p50, grep, "grep -ril, same words"))
        goal = f"goal < {GOAL_P95_SECONDS * 1000:.0f} ms: {_met(p95 < GOAL_P95_SECONDS)}"
        goal += f"; <= {GOAL_GREP_RATIO}× grep: {ratio_met}"
        figures.append(Figure(f"{kind}: p95", p95, grep, "grep -ril", goal))
    for name, query in (("a word in every note", "the"), ("Chinese, 2 characters", CHINESE[5:7])):
        times = _timed(search, query)
        grep = _grep_seconds(markdown, query)
        figures.append(Figure(f"{name}: p95", _p95(times), grep, f"grep -ril {query}"))
    return figures


def generate_library(folder: Path) -> tuple[Path, Path]:
    """The library file and a folder of the same notes as Markdown files, one per meeting."""
    library_path = folder / "library.rapporteur"
    markdown = folder / "markdown"
    markdown.mkdir()
    with Library.open(library_path) as library:
        for number in range(MEETINGS):
            meeting = _meeting(number)
            library.add_meeting(meeting)
            text = meeting_to_markdown(meeting)
            (markdown / f"{number:04}.md").write_text(text, encoding="utf-8")
        library.flush()
    return library_path, markdown


def _meeting(number: int) -> Meeting:
    meeting = generated_meeting(PARAGRAPHS, 2, seed=number + 1)
    meeting.body = BODIES[number % len(BODIES)]
    meeting.date = dt.date(2015, 1, 5) + dt.timedelta(days=number)
    if number % 50 == 0:
        meeting.opening.append(Paragraph(Inline.plain(CHINESE)))
    return meeting


def _timed(search: NoteSearch, query: str) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        search.search(query)
        times.append(time.perf_counter() - start)
    return times


def _grep_seconds(markdown: Path, query: str) -> float:
    """grep -ril over the Markdown files, for the query's first word or its phrase."""
    text = query.strip('"').rstrip("*")
    if not query.startswith('"'):
        text = text.split()[0]
    command = ["grep", "-ril", "--", text, str(markdown)]
    environment = {**os.environ, "LC_ALL": "C.UTF-8"}
    return median_seconds(
        lambda: subprocess.run(command, capture_output=True, env=environment, check=False),
        repeat=3,
    )


def _library_view_figure(library_path: Path) -> Figure:
    """LibraryView.set_meetings(library.meetings()) for every meeting, beside reading them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.library.library_view import LibraryView

    app = QApplication.instance() or QApplication([])
    with Library.open(library_path, read_only=True) as library:
        read = median_seconds(library.meetings, repeat=3)
        view = LibraryView()

        def open_view() -> None:
            view.set_meetings(library.meetings())
            app.processEvents()

        opened = median_seconds(open_view, repeat=3)
        view.deleteLater()
    met = _met(opened < GOAL_VIEW_SECONDS)
    return Figure(
        f"library view, {MEETINGS:,} meetings",
        opened,
        read,
        f"library.meetings() alone; goal < {GOAL_VIEW_SECONDS * 1000:.0f} ms: {met}",
    )


def _count(library_path: Path) -> int:
    with Library.open(library_path, read_only=True) as library:
        return sum(m.paragraphs for m in library.meetings())


def _p95(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.95) - 1]


def _met(yes: bool) -> str:
    return "met" if yes else "NOT met"


if __name__ == "__main__":
    run()
