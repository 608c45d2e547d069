"""The window on a library beside which lies a -wal that is not its own: a real window
process sets it aside, says so, and edits the library as it is."""

from __future__ import annotations

from tests.store.helpers import raw, sha256, side_files
from tests.store.test_wal_beside import (
    SET_ASIDE,
    backup_copied_by_hand_over_a_crash,
    rapporteur,
    titles,
)
from tests.ui.window_process import SYMBOL, send, start_window


def test_a_window_on_a_backup_restored_by_hand_over_a_stale_wal_sets_the_wal_aside(tmp_path):
    library = backup_copied_by_hand_over_a_crash(tmp_path)
    stale = side_files(library)

    process = start_window(library, SYMBOL)
    try:
        state = send(process, {"state": True})
        assert not state["read_only"]
        assert "set aside" in state["banner"]
        assert "notes.rapporteur-wal.set-aside-" in state["banner"]
        assert state["editor_read_only"]  # the sample as issued is final
        assert send(process, {"command": "reopen"}) == "chosen"
        assert not send(process, {"state": True})["editor_read_only"]
        assert send(process, {"key": "Return"}) == "pressed"
        assert send(process, {"text": "Typed after the restore."}) == "typed"
    finally:
        process.stdin.close()  # the window quits and closes the library
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0

    [wal_aside] = [p for p in tmp_path.iterdir() if SET_ASIDE.search(p.name)]
    assert sha256(wal_aside) == stale["-wal"]
    assert titles(library) == ["Chairperson's note on the meeting held on 28 August 2017"]
    shown = rapporteur(library, "show", SYMBOL)
    assert "Typed after the restore." in shown.stdout, shown.stderr
    with raw(library) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
