"""Searches run on a thread of their own, so that typing never waits for them: each on its
own read-only connection to the library file (an SQLite connection stays in the thread that
opened it), one at a time, and only the answer to the query typed last is given.

A query waiting its turn when a newer one is asked is never run at all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop_app.store.errors import LibraryError
from desktop_app.store.search import NoteHit, NoteSearch, SearchFilters, SearchQueryError


@dataclass(frozen=True)
class Answer:
    """What a query found, with the query and filters it answers."""

    query: str
    filters: SearchFilters
    hits: list[NoteHit]


class BackgroundSearch(QObject):
    """Signals, on the window's thread: `found` (an Answer), `refused` (a query that cannot
    be understood: why, in plain words), `failed` (the library could not be read: why)."""

    found = Signal(object)
    refused = Signal(str)
    failed = Signal(str)
    _replied = Signal(int, object)  # from the search's thread: the query's number, its reply

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one search at a time, in the order asked
        self._latest = 0  # the number of the query asked last
        self._replied.connect(self._take_reply)

    def ask(self, path: Path, query: str, filters: SearchFilters) -> None:
        """Search `path` for `query`; an answer to any query asked before is dropped."""
        self._latest += 1
        serial = self._latest
        self._pool.start(lambda: self._run(serial, path, query, filters))

    def forget(self) -> None:
        """Answers to the queries asked so far are dropped (the pane was cleared)."""
        self._latest += 1

    def is_busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, milliseconds: int = 10_000) -> bool:
        """Wait until no search is running (the window closing); whether none is."""
        return self._pool.waitForDone(milliseconds)

    def _run(self, serial: int, path: Path, query: str, filters: SearchFilters) -> None:
        """On the search's thread."""
        if serial != self._latest:
            return  # a newer query was asked while this one waited
        reply: object
        try:
            search = NoteSearch.open(path)
            try:
                reply = Answer(query, filters, search.search(query, filters))
            finally:
                search.close()
        except SearchQueryError as error:
            reply = error
        except LibraryError as error:
            reply = error
        self._replied.emit(serial, reply)

    def _take_reply(self, serial: int, reply: object) -> None:
        if serial != self._latest:
            return  # answers a query typed over since
        if isinstance(reply, Answer):
            self.found.emit(reply)
        elif isinstance(reply, SearchQueryError):
            self.refused.emit(str(reply))
        elif isinstance(reply, LibraryError):
            self.failed.emit(reply.message)
