"""The library view: every meeting in a sortable table, narrowed as the user types words of a
meeting's details or its note, chosen by body and year; Enter opens the meeting selected."""

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.store.library import Library
from desktop_app.ui.library.library_view import LibraryView
from desktop_app.ui.library.meetings_model import DATE, PARAGRAPHS, SYMBOL
from tests.support.libraries import CAT


@pytest.fixture
def view(qtbot, filled_library):
    library = Library.open(filled_library, read_only=True)
    view = LibraryView()
    view.set_note_search(library.meetings_holding)
    view.set_meetings(library.meetings())
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    view.focus_filter()
    yield view
    library.close()


def symbols(view: LibraryView) -> list[str]:
    """The symbols of the rows the user sees, top to bottom."""
    shown = view.shown
    return [shown.index(row, SYMBOL).data() for row in range(shown.rowCount())]


def test_every_meeting_is_listed_most_recent_first_with_its_counts(view):
    assert symbols(view) == ["WG/GEN/9/400", "WG/GEN/120/40", "WG/REL/2017/7", "CAT/C/SR.229"]
    sample = [view.shown.index(2, column).data() for column in range(7)]
    assert sample[0] == "28 August 2017"
    assert sample[2:5] == [
        "WG/REL/2017/7",
        "Chairperson's note on the meeting held on 28 August 2017",
        "29",
    ]
    assert int(sample[5]) > 0  # the sample's requests are open
    assert sample[6] == "Draft"  # as the window adds it
    assert view.shown.index(3, 6).data() == "Final"  # the French one
    assert view.count.text() == "4 meetings"


def click_heading(qtbot, view: LibraryView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_a_click_on_a_column_heading_sorts_by_it_numbers_as_numbers(qtbot, view):
    def paragraphs():
        return [int(view.shown.index(row, PARAGRAPHS).data()) for row in range(4)]

    click_heading(qtbot, view, PARAGRAPHS)
    first = paragraphs()
    assert 29 in first and max(first) >= 100  # the sample's 29, and a note of three figures
    assert first in (sorted(first), sorted(first, reverse=True))  # as numbers, not as text
    click_heading(qtbot, view, PARAGRAPHS)
    assert paragraphs() == first[::-1]
    click_heading(qtbot, view, DATE)
    dates = symbols(view)
    assert dates in (
        ["CAT/C/SR.229", "WG/REL/2017/7", "WG/GEN/120/40", "WG/GEN/9/400"],
        ["WG/GEN/9/400", "WG/GEN/120/40", "WG/REL/2017/7", "CAT/C/SR.229"],
    )


def test_typing_narrows_to_meetings_whose_details_or_note_hold_every_word(qtbot, view):
    qtbot.keyClicks(view.words, "wg/gen")  # a symbol, in any case
    assert symbols(view) == ["WG/GEN/9/400", "WG/GEN/120/40"]
    assert view.count.text() == "2 of 4 meetings"
    view.words.clear()
    qtbot.keyClicks(view.words, "non-pap")  # the Chairperson's "non-paper", in the sample only
    assert symbols(view) == ["WG/REL/2017/7"]
    view.words.clear()
    qtbot.keyClicks(view.words, "migracion")  # "migración" in the French note, accents aside
    assert symbols(view) == ["CAT/C/SR.229"]
    qtbot.keyClicks(view.words, " zzzyx")
    assert symbols(view) == []
    assert view.count.text() == "No meeting matches."
    assert not view.open_button.isEnabled()


def test_body_and_year_narrow_the_list(qtbot, view):
    view.body.setFocus()
    view.body.setCurrentIndex(view.body.findText(CAT))
    assert symbols(view) == ["CAT/C/SR.229"]
    view.body.setCurrentIndex(0)
    view.year.setFocus()
    qtbot.keyClicks(view.year, "2021")
    assert view.year.currentText() == "2021"
    assert symbols(view) == ["WG/GEN/9/400"]


def test_down_then_enter_in_the_words_field_opens_the_second_meeting(qtbot, view):
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.words, Qt.Key.Key_Down)
        qtbot.keyClick(view.words, Qt.Key.Key_Return)
    second = next(m.id for m in view.model.meetings() if m.symbol == "WG/GEN/120/40")
    assert opened.args == [second]


def test_the_buttons_ask_for_the_meeting_selected(qtbot, view):
    qtbot.keyClicks(view.words, "CAT")
    french = view.current_meeting_id()
    assert french is not None
    for button, signal in (
        (view.duplicate_button, view.duplicate_requested),
        (view.delete_button, view.delete_requested),
        (view.open_button, view.open_requested),
    ):
        with qtbot.waitSignal(signal) as asked:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert asked.args == [french]


def test_new_meetings_keep_the_filters_and_the_selection(qtbot, view, filled_library):
    qtbot.keyClicks(view.words, "WG")
    qtbot.keyClick(view.words, Qt.Key.Key_Down)
    chosen = view.current_meeting_id()
    with Library.open(filled_library, read_only=True) as library:
        view.set_meetings(library.meetings())
    assert view.words.text() == "WG"
    assert view.current_meeting_id() == chosen


def test_the_trash_button_shows_the_deleted_meetings_and_esc_comes_back(qtbot, filled_library):
    with Library.open(filled_library) as library:
        french = next(m.id for m in library.meetings() if m.symbol == "CAT/C/SR.229")
        library.trash.put(french)
        in_library, in_trash = library.meetings(), library.trash.meetings()
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_meetings(in_library, in_trash)
    view.show()
    assert view.trash_button.text() == "Tras&h (1)"
    assert symbols(view) == ["WG/GEN/9/400", "WG/GEN/120/40", "WG/REL/2017/7"]
    qtbot.mouseClick(view.trash_button, Qt.MouseButton.LeftButton)
    assert symbols(view) == ["CAT/C/SR.229"] and view.heading.text() == "Trash"
    assert view.body.count() == 2  # Any, and the body of the meeting in the trash
    with qtbot.waitSignal(view.restore_requested) as restored:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert restored.args == [french]
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.showing_trash() and len(symbols(view)) == 3
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)


def test_delete_in_the_table_asks_for_the_meeting_chosen_unless_read_only(qtbot, view):
    view.select_meeting(view.shown.meeting_id(2))
    with qtbot.waitSignal(view.delete_requested) as deleted:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert deleted.args == [view.shown.meeting_id(2)]
    view.set_read_only(True)
    with qtbot.assertNotEmitted(view.delete_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.open_button.isEnabled() and not view.duplicate_button.isEnabled()
