"""The next meeting's dialog: the symbol proposed, none for a symbol with no number, a
taken symbol said in the dialog with what was typed kept."""

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.core.model import Meeting
from desktop_app.store.series import SymbolTaken
from desktop_app.ui.meeting.next_meeting_dialog import NextMeetingDialog


def dialog_for(qtbot, symbol, create=lambda s, d: Meeting(symbol=s)):
    previous = Meeting(body="WG", title="Note", date=dt.date(2017, 8, 28), symbol=symbol)
    dialog = NextMeetingDialog(None, previous, dt.date(2017, 9, 4), create)
    qtbot.addWidget(dialog)
    return dialog


def test_the_next_symbol_is_proposed_and_none_without_a_number(qtbot):
    assert dialog_for(qtbot, "WG/REL/2017/7").symbol.text() == "WG/REL/2017/8"
    assert dialog_for(qtbot, "WG/REL").symbol.text() == ""


def test_a_taken_symbol_is_said_and_the_dialog_stays(qtbot):
    def taken(symbol, date):
        raise SymbolTaken(f"A meeting with symbol {symbol} is already in the library.")

    dialog = dialog_for(qtbot, "WG/REL/2017/7", taken)
    dialog.show()
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Return)
    assert "WG/REL/2017/8 is already in the library" in dialog.problem.text()
    assert dialog.isVisible() and dialog.symbol.text() == "WG/REL/2017/8"
