"""The exports under way: each writes its file in the background and says how it ended; the
window is told when none is left."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.formats.export import ExportFormat
from desktop_app.formats.markdown_writer import meeting_to_markdown
from desktop_app.ui.export.dialog import ExportChoice
from desktop_app.ui.export.jobs import ExportJob, ExportJobs
from desktop_app.ui.meeting.choices import sample_meeting


@pytest.fixture
def window(qtbot) -> QWidget:
    """The exports' owner, as the main window is in the app."""
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


def test_an_export_writes_the_note_and_says_where(qtbot, window, tmp_path):
    jobs = ExportJobs(window)
    busy: list[bool] = []
    jobs.busy_changed.connect(busy.append)
    meeting = sample_meeting()
    path = tmp_path / "WG-REL-2017-7.md"
    with qtbot.waitSignal(jobs.exported, timeout=20000) as ended:
        jobs.start(meeting, ExportChoice(ExportFormat.MD, path, open_when_done=True))
        assert jobs.is_busy()
    assert ended.args == [str(path), True]
    assert path.read_text(encoding="utf-8") == meeting_to_markdown(meeting)
    assert busy == [True, False]
    assert not jobs.is_busy()


def test_an_export_that_cannot_be_written_says_why(qtbot, window, tmp_path):
    jobs = ExportJobs(window)
    exported: list[str] = []
    jobs.exported.connect(lambda path, _open: exported.append(path))
    missing = tmp_path / "no such folder" / "note.md"
    with qtbot.waitSignal(jobs.failed, timeout=20000) as ended:
        jobs.start(sample_meeting(), ExportChoice(ExportFormat.MD, missing, False))
    assert "no such folder" in ended.args[0]
    assert exported == []
    assert not missing.exists()


def test_finish_all_waits_for_every_file(qtbot, window, tmp_path):
    jobs = ExportJobs(window)
    paths = [tmp_path / f"note-{n}.html" for n in range(3)]
    for path in paths:
        jobs.start(sample_meeting(), ExportChoice(ExportFormat.HTML, path, False))
    jobs.finish_all()
    assert all(path.stat().st_size > 1000 for path in paths)
    qtbot.waitUntil(lambda: not jobs.is_busy(), timeout=5000)  # each told, on the window's thread


# One export


def test_a_job_writes_the_file_and_says_where(qtbot, window, tmp_path):
    meeting = sample_meeting()
    path = tmp_path / "note.md"
    job = ExportJob(meeting, ExportChoice(ExportFormat.MD, path, False), window)
    with qtbot.waitSignal(job.finished, timeout=20000) as finished:
        job.start()
    assert finished.args == [str(path)]
    assert path.read_text(encoding="utf-8") == meeting_to_markdown(meeting)


def test_a_job_that_cannot_write_says_why_and_leaves_no_file(qtbot, window, tmp_path):
    missing = tmp_path / "no such folder" / "note.md"
    job = ExportJob(sample_meeting(), ExportChoice(ExportFormat.MD, missing, False), window)
    with (
        qtbot.assertNotEmitted(job.finished),
        qtbot.waitSignal(job.failed, timeout=20000) as failed,
    ):
        job.start()
    assert "no such folder" in failed.args[0]
    assert not missing.exists()


def test_a_job_deleted_before_it_ends_writes_its_file_all_the_same(qtbot, window, tmp_path):
    path = tmp_path / "note.html"
    job = ExportJob(sample_meeting(), ExportChoice(ExportFormat.HTML, path, False), None)
    job.start()
    job.deleteLater()  # its window closed
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 1000, timeout=20000)
