"""The report at the end of an import of many files: one row per file, what became of it."""

from pathlib import Path

from desktop_app.core.model import Meeting
from desktop_app.ui.importing.batch import NOT_REACHED, Outcome
from desktop_app.ui.importing.batch_report import BatchReport, summary


def outcomes() -> list[Outcome]:
    meeting = Meeting(title="Report of the Working Group", symbol="A/HRC/59/15")
    return [
        Outcome(Path("/notes/03.txt"), meeting, 141),
        Outcome(Path("/notes/junk.txt"), why="refused: junk.txt holds binary data"),
        Outcome(Path("/notes/05.txt")),
    ]


def test_it_says_how_many_were_imported():
    assert summary(outcomes()) == "1 of 3 files imported; 2 not imported."
    assert summary(outcomes()[:1]) == "1 of 1 file imported."


def test_each_file_has_its_row_with_what_happened(qtbot):
    report = BatchReport(None, outcomes())
    qtbot.addWidget(report)
    report.show()
    assert report.rows() == [
        ("03.txt", "Imported: Report of the Working Group (A/HRC/59/15), 141 paragraphs"),
        ("junk.txt", "Refused: junk.txt holds binary data"),
        ("05.txt", NOT_REACHED[:1].upper() + NOT_REACHED[1:]),
    ]
    assert report.summary.text() == "1 of 3 files imported; 2 not imported."
    first = report.table.topLevelItem(0)
    assert first is not None and first.toolTip(0) == "/notes/03.txt"
