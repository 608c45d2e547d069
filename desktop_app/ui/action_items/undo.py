"""Undo and redo for the action items: a deletion, a change of status or an edit, taken back
one step at a time (Ctrl+Z in the action items pane) and made again (Ctrl+Shift+Z). Every
change goes through here to the meeting's session, which saves it as usual; so does the
change that takes it back.

An edit is one step however many keystrokes it took: the words typed into the same item join
the step until the pane says a new one begins (another editor opened, Esc pressed). A change
of status and a deletion are always steps of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_app.core.model import ActionItem, Meeting

_MOST_STEPS = 200


class MeetingSession(Protocol):
    """What undo needs of the meeting's session (the window's ui/window/session.py)."""

    @property
    def meeting(self) -> Meeting: ...

    @property
    def read_only(self) -> bool: ...

    def action_item(self, action_item_id: str) -> ActionItem | None: ...

    def change_action_item(self, action_item_id: str, field: str, value: object) -> None: ...

    def delete_action_item(self, action_item_id: str) -> None: ...

    def restore_action_item(self, position: int, action: ActionItem) -> None: ...


@dataclass
class _Deleted:
    position: int
    action: ActionItem  # a copy, as it was


@dataclass
class _Restored:
    """A deleted item put back: redoing the deletion takes it away again."""

    position: int
    action: ActionItem


@dataclass
class _Changed:
    action_item_id: str
    before: dict[str, object]  # field: value before the step
    open: bool  # more typing into the same item joins this step


class ActionItemHistory(QObject):
    """The steps that Ctrl+Z takes back, newest last, for the session they were made in."""

    changed = Signal()  # what can be undone or redone has changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: MeetingSession | None = None
        self._steps: list[_Step] = []
        self._undone: list[_Step] = []  # what Ctrl+Shift+Z does again, newest last

    def change(
        self, session: MeetingSession, action_item_id: str, field: str, value: object
    ) -> None:
        steps = self._steps_of(session)
        action = session.action_item(action_item_id)
        if action is None:
            return
        before = getattr(action, field, None)
        session.change_action_item(action_item_id, field, value)
        if getattr(action, field, None) == before:
            return
        self._undone.clear()  # a new change: what was undone cannot be made again
        top = steps[-1] if steps else None
        typing = field != "status"
        if isinstance(top, _Changed) and top.open and top.action_item_id == action_item_id:
            if typing:
                top.before.setdefault(field, before)
                return
            top.open = False
        self._push(_Changed(action_item_id, {field: before}, open=typing))

    def delete(self, session: MeetingSession, action_item_id: str) -> None:
        self._steps_of(session)
        action = session.action_item(action_item_id)
        if action is None:
            return
        position = session.meeting.action_items.index(action)
        session.delete_action_item(action_item_id)
        self._push(_Deleted(position, replace(action)))

    def new_step(self) -> None:
        """What is changed next does not join the last step."""
        if self._steps and isinstance(self._steps[-1], _Changed):
            self._steps[-1].open = False

    def can_undo(self, session: MeetingSession | None) -> bool:
        return session is self._session and bool(self._steps)

    def can_redo(self, session: MeetingSession | None) -> bool:
        return session is self._session and bool(self._undone)

    def undo(self, session: MeetingSession) -> str | None:
        """Take back the last step that still makes a difference; the id of its item."""
        steps = self._steps_of(session)
        while steps:
            inverse = self._apply(session, steps.pop())
            if inverse is not None:
                self._undone.append(inverse)
                self.changed.emit()
                return _item_of(inverse)
        self.changed.emit()
        return None

    def redo(self, session: MeetingSession) -> str | None:
        """Make again the last step undone; the id of its item."""
        self._steps_of(session)
        while self._undone:
            inverse = self._apply(session, self._undone.pop())
            if inverse is not None:
                self._steps.append(inverse)
                self.changed.emit()
                return _item_of(inverse)
        self.changed.emit()
        return None

    def _apply(self, session: MeetingSession, step: _Step) -> _Step | None:
        """Carry out a step; the step that takes it back, or None if it changed nothing."""
        if session.read_only:
            return None
        if isinstance(step, _Deleted):
            if session.action_item(step.action.id) is not None:
                return None
            session.restore_action_item(step.position, replace(step.action))
            return _Restored(step.position, step.action)
        if isinstance(step, _Restored):
            action = session.action_item(step.action.id)
            if action is None:
                return None
            position = session.meeting.action_items.index(action)
            session.delete_action_item(action.id)
            return _Deleted(position, replace(action))
        action = session.action_item(step.action_item_id)
        if action is None:
            return None
        back = {f: v for f, v in step.before.items() if getattr(action, f) != v}
        now = {f: getattr(action, f) for f in back}
        for field, value in back.items():
            session.change_action_item(action.id, field, value)
        return _Changed(action.id, now, open=False) if back else None

    def _steps_of(self, session: MeetingSession) -> list[_Step]:
        if session is not self._session:  # another meeting: its steps are not this one's
            self._session = session
            self._steps = []
            self._undone = []
        return self._steps

    def _push(self, step: _Step) -> None:
        self._undone.clear()
        self._steps.append(step)
        del self._steps[:-_MOST_STEPS]
        self.changed.emit()


_Step = _Deleted | _Restored | _Changed


def _item_of(step: _Step) -> str:
    return step.action_item_id if isinstance(step, _Changed) else step.action.id
