"""Exports written whole or not at all, however many run at once, however they end, whatever
the file's name: the temporary file exists only for the short write, is named apart from the
target, and is swept only when no export is writing it."""

import signal
import subprocess
import sys
import textwrap
import threading

import pytest

from desktop_app.formats.atomic_file import atomic_output
from desktop_app.formats.errors import ExportFailed
from desktop_app.formats.export import ExportFormat, export_meeting
from desktop_app.formats.markdown_reader import read_markdown
from desktop_app.formats.markdown_writer import meeting_to_markdown
from tests.conftest import REPOSITORY, SAMPLE_NOTE
from tests.formats.docx_validation import assert_valid_docx

SAMPLE = read_markdown(SAMPLE_NOTE.read_text(encoding="utf-8"))


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def start_python(code: str) -> subprocess.Popen:
    """A separate Python process running `code` in the repository, its output piped."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_an_export_meanwhile_does_not_take_the_temporary_file_of_one_under_way(tmp_path):
    """The first write is held open in the middle; a second export of the same file runs to
    its end meanwhile; the first then finishes too, and its bytes are the file's."""
    target = tmp_path / "note.md"
    writing, may_finish = threading.Event(), threading.Event()
    outcome: list[object] = []

    def first() -> None:
        try:
            with atomic_output(target) as file:
                file.write(b"first export\n")
                writing.set()
                may_finish.wait(10)
            outcome.append("done")
        except ExportFailed as error:
            outcome.append(error)

    thread = threading.Thread(target=first)
    thread.start()
    assert writing.wait(10)
    export_meeting(SAMPLE, ExportFormat.MD, target)  # sweeps the folder before writing
    assert target.read_text(encoding="utf-8") == meeting_to_markdown(SAMPLE)
    may_finish.set()
    thread.join(10)
    assert outcome == ["done"]
    assert target.read_bytes() == b"first export\n"
    assert names(tmp_path) == ["note.md"]


def test_two_real_exports_to_one_file_at_once_both_succeed(tmp_path):
    target = tmp_path / "note.pdf"
    start = threading.Barrier(2)
    outcome: list[object] = []

    def export() -> None:
        start.wait(10)
        try:
            outcome.append(export_meeting(SAMPLE, ExportFormat.PDF, target))
        except ExportFailed as error:
            outcome.append(error)

    threads = [threading.Thread(target=export) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert outcome == [target, target]
    assert target.read_bytes().startswith(b"%PDF-")
    assert names(tmp_path) == ["note.pdf"]


def test_an_export_in_another_process_keeps_its_temporary_file_until_it_is_done(tmp_path):
    target = tmp_path / "note.md"
    other = start_python(
        f"""
        import sys
        from pathlib import Path
        from desktop_app.formats.atomic_file import atomic_output
        with atomic_output(Path({str(target)!r})) as file:
            file.write(b"the other process\\n")
            print("writing", flush=True)
            sys.stdin.readline()
        print("done", flush=True)
        """
    )
    try:
        assert other.stdout.readline() == "writing\n"
        (temporary,) = [n for n in names(tmp_path) if n.endswith(".part")]
        export_meeting(SAMPLE, ExportFormat.MD, target)
        assert temporary in names(tmp_path)  # under way: not swept
        other.stdin.write("go on\n")
        other.stdin.flush()
        assert other.stdout.readline() == "done\n"
    finally:
        other.kill()
        other.wait(10)
    assert target.read_bytes() == b"the other process\n"
    assert names(tmp_path) == ["note.md"]


def test_a_write_killed_midway_leaves_a_temporary_file_the_next_export_sweeps(tmp_path):
    target = tmp_path / "note.md"
    target.write_bytes(b"the previous export\n")
    killed = start_python(
        f"""
        import time
        from pathlib import Path
        from desktop_app.formats.atomic_file import atomic_output
        with atomic_output(Path({str(target)!r})) as file:
            file.write(b"half")
            print("writing", flush=True)
            time.sleep(60)
        """
    )
    assert killed.stdout.readline() == "writing\n"
    killed.send_signal(signal.SIGKILL)
    killed.wait(10)
    leftover = [n for n in names(tmp_path) if n != "note.md"]
    assert len(leftover) == 1 and leftover[0].startswith(".rapporteur-")
    assert target.read_bytes() == b"the previous export\n"
    export_meeting(SAMPLE, ExportFormat.HTML, tmp_path / "another.html")  # same folder
    assert names(tmp_path) == ["another.html", "note.md"]


def test_an_export_killed_while_typst_compiles_leaves_no_file_at_all(tmp_path):
    target = tmp_path / "note.pdf"
    target.write_bytes(b"the previous export")
    killed = start_python(
        f"""
        from pathlib import Path
        from desktop_app.formats.export import ExportFormat, export_meeting
        from tests.support.notes import generated_meeting
        meeting = generated_meeting(2000, 200, seed=4)
        print("exporting", flush=True)
        export_meeting(meeting, ExportFormat.PDF, Path({str(target)!r}))
        print("done", flush=True)
        """
    )
    assert killed.stdout.readline() == "exporting\n"
    try:
        # The compile takes seconds; the layout before it well under one.
        killed.wait(1.5)
        pytest.fail("the export ended before it could be killed")
    except subprocess.TimeoutExpired:
        killed.send_signal(signal.SIGKILL)
    killed.wait(10)
    assert names(tmp_path) == ["note.pdf"]
    assert target.read_bytes() == b"the previous export"


@pytest.mark.parametrize("length", [250, 255])
@pytest.mark.parametrize("export_format", [ExportFormat.HTML, ExportFormat.DOCX])
def test_a_file_name_as_long_as_the_folder_allows_exports(tmp_path, export_format, length):
    name = "n" * (length - len(export_format.suffix)) + export_format.suffix
    target = tmp_path / name
    assert export_meeting(SAMPLE, export_format, target) == target
    assert target.stat().st_size > 1000
    assert names(tmp_path) == [name]
    if export_format is ExportFormat.DOCX:
        assert_valid_docx(target)
