"""Many files imported into a real library: read one by one in a thread, each saved whole
or not at all, the refused said with why, and a cancel part-way keeping only whole meetings."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.store.library import Library
from desktop_app.ui.importing.batch import NOT_REACHED, BatchImport
from tests.ui.importing.files import HRC28, IPBES, SBI, SLOVENIA, corpus_file, junk


@pytest.fixture
def library(library_path: Path):
    with Library.open(library_path) as opened:
        yield opened


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run(qtbot, batch: BatchImport) -> list:
    with qtbot.waitSignal(batch.finished, timeout=20000) as done:
        batch.start()
    return done.args[0]


def test_each_file_is_imported_or_said_why_not(qtbot, tmp_path, library, parent):
    files = [corpus_file(tmp_path, SLOVENIA), junk(tmp_path), corpus_file(tmp_path, SBI)]
    outcomes = run(qtbot, BatchImport(parent, files, library.add_meeting))
    told = [str(o) for o in outcomes]
    assert told[0].startswith("imported: Report of the Working Group")
    assert "(A/HRC/59/15)" in told[0]
    assert told[0].endswith(", 141 paragraphs")
    assert told[1].startswith("refused: ") and "binary data" in told[1]
    assert told[2].endswith("(FCCC/SBI/2018/11), 15 paragraphs")
    assert sorted(m.symbol for m in library.meetings()) == ["A/HRC/59/15", "FCCC/SBI/2018/11"]


def test_the_progress_dialog_counts_the_files_done(qtbot, tmp_path, library, parent):
    files = [corpus_file(tmp_path, SLOVENIA), corpus_file(tmp_path, SBI)]
    batch = BatchImport(parent, files, library.add_meeting)
    seen: list[int] = []
    batch.imported.connect(lambda _meeting: seen.append(batch.progress.value()))
    run(qtbot, batch)
    assert seen == [0, 1]  # each counted once saved
    assert batch.is_done() and not batch.progress.isVisible()


def test_cancelling_part_way_keeps_only_whole_meetings(qtbot, tmp_path, library, parent):
    names = [SLOVENIA, HRC28, IPBES, SBI]
    batch = BatchImport(parent, [corpus_file(tmp_path, n) for n in names], library.add_meeting)
    # Esc on the progress dialog as soon as the first meeting is in the library.
    batch.imported.connect(lambda _m: qtbot.keyClick(batch.progress, Qt.Key.Key_Escape))
    outcomes = run(qtbot, batch)
    assert [o.meeting is not None for o in outcomes] == [True, False, False, False]
    assert [o.why for o in outcomes[1:]] == [NOT_REACHED] * 3
    [listed] = library.meetings()
    saved = library.load_meeting(listed.id)
    assert sum(1 for p in saved.paragraphs() if p.numbered) == 141  # whole
    # The thread, deleted once it has stopped: nothing it read after the cancel was saved.
    qtbot.waitUntil(lambda: not shiboken6.isValid(batch.reading), timeout=20000)
    assert len(library.meetings()) == 1  # what was read after the cancel was not saved
