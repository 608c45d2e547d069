"""Whatever a user does to the structure of a note through the window, the window's meeting is
what `core.editing` computes for that edit.

Random meetings (an opening section, agenda items with sub-items, sections of 0 to 8
paragraphs of different lengths, lettered sub-items, footnotes, action items linked to
paragraphs) and random sequences of edits made through the real widgets and keys: Enter,
Tab, Shift+Tab, Alt+Shift+Up/Down, Delete paragraph, Ctrl+Alt+F, deleting a marker, and in
the agenda Alt+Up/Down, drag and drop, Ctrl+Alt+I, F2 and Delete. After every step the
window's meeting equals the model's, no text is lost or duplicated, every footnote and action
item is attached to its paragraph, numbers run 1..N, and Ctrl+Z gives back the exact meeting
before the step (Ctrl+Shift+Z the one after). `make fuzz` runs many more examples.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from desktop_app.core import editing
from desktop_app.core.inline import Inline, Run
from desktop_app.core.model import ActionItem, AgendaItem, Meeting, Paragraph, SubItem
from desktop_app.core.outline import rows_of
from desktop_app.ui.agenda.delegate import ID_ROLE
from desktop_app.ui.editor.structure import read_blocks, structure_of
from tests.support.notes import corpus_sentences
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
Drop = QAbstractItemView.DropIndicatorPosition

TITLES = (
    "Opening of the session",
    "Update by the Senior Policy Adviser on the global compact on migration",
    "IOM's future role",
    "Budget",
    "Programme and budget for 2018",
    "Any other business",
    "Adoption of the report",
    "Questions relatives au financement",
)

# Meetings


def sentences() -> st.SearchStrategy[str]:
    return st.sampled_from(corpus_sentences()[:400])


@st.composite
def inline_texts(draw: st.DrawFn) -> Inline:
    text = draw(sentences())
    if draw(st.integers(0, 4)) == 0:
        words = text.split(" ")
        at = draw(st.integers(0, len(words) - 1))
        strong, emphasis = draw(st.sampled_from([(True, False), (False, True), (True, True)]))
        runs = [Run(" ".join(words[:at]) + " "), Run(words[at], emphasis, strong)]
        return Inline([*runs, Run(" " + " ".join(words[at + 1 :]))])
    return Inline.plain(text)


@st.composite
def sub_items(draw: st.DrawFn, depth: int = 1) -> SubItem:
    inner = draw(st.lists(sub_items(2), max_size=2)) if depth == 1 and draw(st.booleans()) else []
    return SubItem(draw(inline_texts()), inner)


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    numbered = draw(st.integers(0, 7)) > 0
    lettered = draw(st.lists(sub_items(), max_size=3)) if draw(st.integers(0, 3)) == 0 else []
    return Paragraph(draw(inline_texts()), numbered, lettered)


def sections() -> st.SearchStrategy[list[Paragraph]]:
    return st.lists(paragraphs(), max_size=8)


@st.composite
def agenda_items(draw: st.DrawFn) -> AgendaItem:
    item = AgendaItem(draw(st.sampled_from(TITLES)), draw(st.sampled_from(["", "", "(a)"])))
    item.paragraphs = draw(sections())
    if draw(st.integers(0, 2)) == 0:
        for _ in range(draw(st.integers(1, 2))):
            item.sub_items.append(AgendaItem(draw(st.sampled_from(TITLES)), "", draw(sections())))
    return item


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    meeting = Meeting(body="Working Group on Generated Notes", title="A generated note")
    meeting.opening = draw(st.lists(paragraphs(), max_size=3))
    meeting.agenda = draw(st.lists(agenda_items(), min_size=1, max_size=6))
    places = [(p, p) for p in meeting.paragraphs()]
    places += [(p, s) for p in meeting.paragraphs() for s, _ in p.all_sub_items()]
    if places:
        for _ in range(draw(st.integers(0, 4))):
            paragraph, holder = draw(st.sampled_from(places))
            position = draw(st.integers(0, len(holder.text.plain_text())))
            sub_item = None if holder is paragraph else holder.id
            text = Inline.plain(draw(sentences()))
            editing.insert_footnote(meeting, paragraph.id, position, text, sub_item)
        for _ in range(draw(st.integers(0, 4))):
            paragraph, _ = draw(st.sampled_from(places))
            meeting.action_items.append(ActionItem("Provide a paper", paragraph_id=paragraph.id))
    return meeting


# What is compared


@dataclass(frozen=True)
class Shown:
    """A meeting as a user can tell it apart: rows, footnotes, and each action item's
    paragraph."""

    rows: tuple[tuple[int, str, str, str, str], ...]
    footnotes: tuple[tuple[str, str], ...]
    action_items: tuple[tuple[str, str | None], ...]


def shown(meeting: Meeting) -> Shown:
    rows = tuple(
        (int(row.kind), row.id, row.text.markup, row.title, row.label) for row in rows_of(meeting)
    )
    referenced = meeting.footnote_order()
    footnotes = tuple((fid, meeting.footnotes[fid].text.markup) for fid in referenced)
    paragraph_of = {p.id: p.id for p in meeting.paragraphs()}
    paragraph_of |= {s.id: p.id for p in meeting.paragraphs() for s, _ in p.all_sub_items()}
    actions = tuple((a.id, paragraph_of.get(a.paragraph_id or "")) for a in meeting.action_items)
    return Shown(rows, footnotes, actions)


def characters(meeting: Meeting) -> Counter[str]:
    """Every character of the note's text, titles included, and one '¹' per marker."""
    found: Counter[str] = Counter()
    for row in rows_of(meeting):
        text = row.title if row.kind.is_heading else row.text.plain_text(lambda _: "¹")
        found.update(text.replace(" ", ""))
    return found


# The window


class Session:
    """One example: a meeting open in the window, and the model the window must follow."""

    def __init__(self, qtbot, window, meeting: Meeting) -> None:
        self.qtbot = qtbot
        self.window = window
        self.model = meeting
        window.library.add_meeting(meeting)
        assert window.open_meeting(meeting.id)
        self.settle()
        self.model = window.library.load_meeting(meeting.id)  # as the library holds it
        self.check()

    @property
    def editor(self):
        return self.window.editor

    @property
    def note(self):
        return self.window.editor.note

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    def window_meeting(self) -> Meeting:
        return self.note.to_meeting(self.window.session.meeting)

    def check(self, expected_characters: Counter[str] | None = None) -> Shown:
        meeting = self.window_meeting()
        now = shown(meeting)
        assert now == shown(self.model)
        structure = self.note.structure()
        assert structure == structure_of(read_blocks(self.note)), "the numbers drifted"
        numbers = sorted(structure.paragraph_numbers.values())
        assert numbers == list(range(1, len(numbers) + 1))
        assert set(meeting.footnote_order()) == set(meeting.footnotes)
        if expected_characters is not None:
            assert characters(meeting) == expected_characters, "text was lost or duplicated"
        return now

    # Where things are

    def rows(self) -> list:
        return self.note.structure().rows

    def put_cursor(self, row: int, position: int, last_row: int | None = None) -> None:
        block = self.note.findBlockByNumber(row)
        cursor = QTextCursor(block)
        if last_row is not None:
            end = self.note.findBlockByNumber(last_row)
            cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(block.position() + min(position, block.length() - 1))
        self.editor.setFocus()
        self.editor.setTextCursor(cursor)
        self.settle()

    def press(self, key: Qt.Key, modifiers=NONE, widget=None) -> None:
        self.qtbot.keyClick(widget or self.editor, key, modifiers)
        self.settle()

    def choose_agenda_item(self, item_id: str):
        tree = self.window.agenda
        self.window.agenda_dock.show()
        tree.setFocus()
        item = tree._items[item_id]
        tree.setCurrentItem(item)
        tree.scrollToItem(item)
        self.settle()
        return tree, item

    def ids(self) -> set[str]:
        return {row.id for row in self.rows()}


# The edits: each makes one change through the window and the same change in the model


def enter(s: Session, data: st.DataObject) -> None:
    row = data.draw(st.integers(0, len(s.rows()) - 1))
    length = s.note.findBlockByNumber(row).length() - 1
    position = data.draw(st.integers(0, length))
    place = s.rows()[row].id
    before = s.ids()
    s.put_cursor(row, position)
    s.press(Qt.Key.Key_Return)
    added = s.ids() - before
    editing.split_at(s.model, place, position, added.pop() if added else None)


def level(deeper: bool) -> Callable[[Session, st.DataObject], None]:
    def change(s: Session, data: st.DataObject) -> None:
        first = data.draw(st.integers(0, len(s.rows()) - 1))
        last = data.draw(st.sampled_from([first, min(first + 1, len(s.rows()) - 1)]))
        first_id, last_id = s.rows()[first].id, s.rows()[last].id
        s.put_cursor(first, 0, last if last != first else None)
        s.press(Qt.Key.Key_Tab if deeper else Qt.Key.Key_Backtab, NONE if deeper else SHIFT)
        with contextlib.suppress(editing.EditError):
            editing.change_level(s.model, first_id, last_id, deeper)

    return change


def move_paragraph(step: int) -> Callable[[Session, st.DataObject], None]:
    def move(s: Session, data: st.DataObject) -> None:
        row = data.draw(st.integers(0, len(s.rows()) - 1))
        place = s.rows()[row]
        s.put_cursor(row, 0)
        s.press(Qt.Key.Key_Up if step < 0 else Qt.Key.Key_Down, ALT | SHIFT)
        if place.paragraph_id is not None:
            editing.move_paragraph_step(s.model, place.paragraph_id, step)

    return move


def delete_paragraph(s: Session, data: st.DataObject) -> None:
    row = data.draw(st.integers(0, len(s.rows()) - 1))
    place = s.rows()[row]
    s.put_cursor(row, 0)
    s.press(Qt.Key.Key_Delete, CTRL | SHIFT)
    if place.paragraph_id is not None:
        editing.delete_paragraph(s.model, place.paragraph_id)


def insert_footnote(s: Session, data: st.DataObject) -> None:
    row = data.draw(st.integers(0, len(s.rows()) - 1))
    place = s.rows()[row]
    position = data.draw(st.integers(0, s.note.findBlockByNumber(row).length() - 1))
    before = set(s.note.structure().footnote_numbers)
    s.put_cursor(row, position)
    s.press(Qt.Key.Key_F, CTRL | ALT)
    s.press(Qt.Key.Key_Escape, widget=QApplication.focusWidget())
    added = set(s.note.structure().footnote_numbers) - before
    if place.paragraph_id is not None and not place.kind.is_heading:
        sub_item = None if place.id == place.paragraph_id else place.id
        editing.insert_footnote(s.model, place.paragraph_id, position, Inline(), sub_item, *added)


def delete_footnote(s: Session, data: st.DataObject) -> None:
    markers = list(s.note.structure().footnote_numbers)
    if not markers:
        return
    footnote_id = data.draw(st.sampled_from(markers))
    position = s.note.marker_position(footnote_id)
    cursor = QTextCursor(s.note)
    cursor.setPosition(position + 1)
    s.editor.setFocus()
    s.editor.setTextCursor(cursor)
    s.press(Qt.Key.Key_Backspace)
    editing.delete_footnote(s.model, footnote_id)


def agenda_ids(s: Session) -> list[str]:
    return [entry.id for entry in s.note.structure().agenda]


def move_agenda_item(step: int) -> Callable[[Session, st.DataObject], None]:
    def move(s: Session, data: st.DataObject) -> None:
        if not agenda_ids(s):
            return
        item_id = data.draw(st.sampled_from(agenda_ids(s)))
        tree, item = s.choose_agenda_item(item_id)
        parent = item.parent()
        siblings = (
            [parent.child(n) for n in range(parent.childCount())]
            if parent
            else [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
        )
        index = siblings.index(item) + step
        parent_id = parent.data(0, ID_ROLE) if parent else None
        s.press(Qt.Key.Key_Up if step < 0 else Qt.Key.Key_Down, ALT, tree)
        if 0 <= index < len(siblings):
            editing.move_agenda_item(s.model, item_id, parent_id, index)

    return move


def drop_agenda_item(s: Session, data: st.DataObject) -> None:
    ids = agenda_ids(s)
    if len(ids) < 2:
        return
    item_id = data.draw(st.sampled_from(ids))
    target_id = data.draw(st.sampled_from(ids))
    tree, target = s.choose_agenda_item(target_id)
    rect = tree.visualItemRect(target)
    y = data.draw(st.sampled_from([rect.top() + 1, rect.center().y(), rect.bottom() - 1]))
    dragged = tree.mimeData([tree._items[item_id]])  # kept: the event does not own it
    event = QDropEvent(
        QPointF(QPoint(rect.center().x(), y)),
        Qt.DropAction.MoveAction,
        dragged,
        Qt.MouseButton.LeftButton,
        NONE,
    )
    where = tree.drop_target(event)
    tree.dropEvent(event)
    s.settle()
    if where is not None:
        editing.move_agenda_item(s.model, item_id, *where)


def add_agenda_item(sub_item: bool) -> Callable[[Session, st.DataObject], None]:
    def add(s: Session, data: st.DataObject) -> None:
        row = data.draw(st.integers(0, len(s.rows()) - 1))
        s.put_cursor(row, s.note.findBlockByNumber(row).length() - 1)
        current = s.window.agenda.currentItem()
        current_id = current.data(0, ID_ROLE) if current else None
        parent = current.parent() if current else None
        parent_of_current = parent.data(0, ID_ROLE) if parent else None
        place = s.rows()[row]
        block = s.note.findBlockByNumber(row)
        following = s.rows()[row + 1] if row + 1 < len(s.rows()) else None
        empty_paragraph = (
            place.kind.is_paragraph
            and block.length() == 1
            and not (following and following.kind.is_sub_item)
        )
        before = set(agenda_ids(s))
        s.press(Qt.Key.Key_I, CTRL | ALT | (SHIFT if sub_item else NONE))
        added = set(agenda_ids(s)) - before
        if sub_item and current_id is None:
            assert not added
            return
        if sub_item and parent_of_current is None:
            parent_id, after_id = current_id, None
        elif sub_item:
            parent_id, after_id = parent_of_current, current_id
        else:
            parent_id, after_id = None, parent_of_current or current_id
        if empty_paragraph:
            editing.delete_paragraph(s.model, place.id)
        item = editing.add_agenda_item(s.model, parent_id, after_id)
        (new_id,) = added
        item.id = new_id

    return add


def rename_agenda_item(s: Session, data: st.DataObject) -> None:
    if not agenda_ids(s):
        return
    item_id = data.draw(st.sampled_from(agenda_ids(s)))
    title = data.draw(st.sampled_from(TITLES))
    tree, _ = s.choose_agenda_item(item_id)
    s.press(Qt.Key.Key_F2, widget=tree)
    field = QApplication.focusWidget()
    field.selectAll()
    type_text(field, title)
    s.press(Qt.Key.Key_Return, widget=field)
    editing.rename_agenda_item(s.model, item_id, title)


def delete_agenda_item(s: Session, data: st.DataObject) -> None:
    if not agenda_ids(s):
        return
    item_id = data.draw(st.sampled_from(agenda_ids(s)))
    tree, _ = s.choose_agenda_item(item_id)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(5, answer_yes)

    QTimer.singleShot(0, answer_yes)
    s.press(Qt.Key.Key_Delete, widget=tree)
    editing.delete_agenda_item(s.model, item_id)


EDITS: dict[str, Callable[[Session, st.DataObject], None]] = {
    "Enter": enter,
    "Tab": level(deeper=True),
    "Shift+Tab": level(deeper=False),
    "Alt+Shift+Up": move_paragraph(-1),
    "Alt+Shift+Down": move_paragraph(+1),
    "Ctrl+Shift+Delete": delete_paragraph,
    "Ctrl+Alt+F": insert_footnote,
    "Backspace on a marker": delete_footnote,
    "Alt+Up in the agenda": move_agenda_item(-1),
    "Alt+Down in the agenda": move_agenda_item(+1),
    "Drag and drop in the agenda": drop_agenda_item,
    "Ctrl+Alt+I": add_agenda_item(sub_item=False),
    "Ctrl+Alt+Shift+I": add_agenda_item(sub_item=True),
    "F2 in the agenda": rename_agenda_item,
    "Delete in the agenda": delete_agenda_item,
}
TEXT_EDITS = {"Enter", "Tab", "Shift+Tab", "Alt+Shift+Up", "Alt+Shift+Down"}
TEXT_EDITS |= {"Alt+Up in the agenda", "Alt+Down in the agenda", "Drag and drop in the agenda"}


@pytest.fixture
def reused_window(window):
    """One window for every example of a test: each example opens a meeting of its own."""
    window.resize(1200, 900)
    return window


# An example costs the window about half a second. `make test` runs 20 of random edits and 3
# tours of every edit (so that each is made whatever the examples draw); `make fuzz` runs its
# profile's 2,000 or more, and a tenth as many tours.
FUZZING = os.environ.get("HYPOTHESIS_PROFILE", "default") != "default"
EXAMPLES = settings.default.max_examples if FUZZING else 20
TOURS = settings.default.max_examples // 10 if FUZZING else 3
SLOW_WINDOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def make_edits(s: Session, data: st.DataObject, names: Iterable[str]) -> None:
    """Each edit in turn, checked after it, and perhaps undone and redone."""
    for name in names:
        before = s.check()
        expected = characters(s.model) if name in TEXT_EDITS else None
        EDITS[name](s, data)
        if not s.model.opening and not s.model.agenda:
            (left,) = s.rows()  # the one empty paragraph left to type in
            editing.ensure_a_paragraph(s.model, left.id)
        after = s.check(expected)
        event(f"{name}: {'changed the note' if after != before else 'no change'}")
        if after != before and data.draw(st.booleans(), label="undo"):
            s.editor.setFocus()
            s.press(Qt.Key.Key_Z, CTRL)
            assert shown(s.window_meeting()) == before, f"Ctrl+Z after {name}"
            s.press(Qt.Key.Key_Z, CTRL | SHIFT)
            assert shown(s.window_meeting()) == after, f"Ctrl+Shift+Z after {name}"


@settings(max_examples=EXAMPLES, suppress_health_check=SLOW_WINDOW)
@given(meeting=meetings(), data=st.data())
def test_every_structural_edit_in_the_window_is_what_core_computes(
    qtbot, reused_window, meeting, data
):
    s = Session(qtbot, reused_window, meeting)
    steps = data.draw(st.integers(1, 8), label="steps")
    names = (data.draw(st.sampled_from(sorted(EDITS)), label="edit") for _ in range(steps))
    make_edits(s, data, names)


@settings(max_examples=TOURS, suppress_health_check=SLOW_WINDOW)
@given(meeting=meetings(), data=st.data())
def test_a_tour_of_every_edit_in_the_window_is_what_core_computes(
    qtbot, reused_window, meeting, data
):
    s = Session(qtbot, reused_window, meeting)
    make_edits(s, data, data.draw(st.permutations(sorted(EDITS)), label="edits"))
