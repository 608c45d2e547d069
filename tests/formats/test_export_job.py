"""An export in the background outlives the object waiting for it: when the window closes
while it runs, the file is still written whole and nothing is printed."""

import zipfile

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from desktop_app.formats.export import ExportFormat
from desktop_app.ui.export.dialog import ExportChoice
from desktop_app.ui.export.jobs import ExportJob
from tests.support.notes import generated_meeting


def test_deleting_the_receiver_while_the_job_runs_prints_nothing_and_writes_the_file(
    qapp, tmp_path, capfd
):
    target = tmp_path / "note.docx"
    window = QObject()  # stands for the main window that owns the job
    job = ExportJob(
        generated_meeting(2000, 300, seed=2), ExportChoice(ExportFormat.DOCX, target, False), window
    )
    heard: list[str] = []
    job.finished.connect(heard.append)
    job.failed.connect(heard.append)
    capfd.readouterr()
    job.start()
    shiboken6.delete(window)  # the window closes; its children, the job among them, go too
    assert not shiboken6.isValid(job)
    assert QThreadPool.globalInstance().waitForDone(60_000)
    QCoreApplication.processEvents()
    assert capfd.readouterr().err == ""
    assert heard == []
    assert "word/footnotes.xml" in zipfile.ZipFile(target).namelist()
    assert list(tmp_path.iterdir()) == [target]


def test_a_job_that_lives_reports_where_it_wrote(qapp, qtbot, tmp_path):
    target = tmp_path / "note.md"
    owner = QObject()
    job = ExportJob(generated_meeting(20, 3), ExportChoice(ExportFormat.MD, target, False), owner)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert finished.args == [str(target)]
    assert target.read_text(encoding="utf-8").startswith("---\n")


def test_a_job_that_fails_says_why_in_one_line(qapp, qtbot, tmp_path):
    target = tmp_path / "missing" / "note.md"
    job = ExportJob(generated_meeting(5), ExportChoice(ExportFormat.MD, target, False), None)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    (message,) = failed.args
    assert "there is no folder" in message and "\n" not in message
