"""Keeping the desk's search index current without blocking the UI thread.

The index is rebuilt whenever the attendee list changed in a way this desk could not patch in
place: an import, a sync, another desk's walk-in. At 10,000 attendees that takes most of a
second, so it happens on a worker thread (`checkin.ui.jobs.Job`) while the desk goes on
searching the index it has; `refreshed` tells the controller to search again with the new one.
A search before the very first index exists gets None and the controller says the list is being
read — the window starts the first build as soon as it shows an event, so that is rare.

Each installed index is then frozen out of Python's cyclic garbage collector (`gc.freeze`): at
10,000 attendees it is half a million container objects, and a full collection walking them
(with the Qt wrappers and modules loaded at start-up) held the UI thread for 50–250 ms. The
index holds no reference cycles, so a replaced one is still freed by reference counting.
Cyclic garbage that was already old when an index arrives stays frozen too: a small, one-off
loss per rebuild, against pauses at every full collection.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, Signal

from checkin.core.search import SearchHit, SearchIndex
from checkin.operations import Desk
from checkin.operations.search_index import CodeBook
from checkin.ui.jobs import Job

log = logging.getLogger("checkin.ui")


class SearchRefresher(QObject):
    refreshed = Signal()  # a newer index is in use: results on screen may be out of date

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.building = False  # until the job's result has been installed, not just computed
        self.again = False  # the list changed while a rebuild ran: one more after it

    def search(self, query: str, limit: int) -> list[SearchHit] | None:
        """Hits from the index at hand — no SQL here: whether another desk sharing the file
        changed the list is asked on the worker (`refresh`), which rebuilds only then; None
        while the first index is still being built."""
        hits = self.desk.index.search_cached(query, limit)
        self.refresh()
        return hits

    def refresh(self) -> None:
        """Start a rebuild unless one is running (a change during it is caught by the next
        search: the installed index then carries an older revision than the database)."""
        if self.building:
            self.again = True
            return
        self.building = True
        index = self.desk.index
        job = Job(lambda _report: None if index.current() else index.read(), name="search index")
        job.succeeded.connect(self._install)
        job.failed.connect(lambda error: log.warning("search index not rebuilt: %s", error))
        job.ended.connect(self._ended)
        job.start()

    def warm_up(self) -> None:
        """Build the index now if it is missing or stale, before anyone searches."""
        self.refresh()

    def read_presence(self) -> None:
        """Who is inside today, read on a worker for the search list's status column."""
        job = Job(lambda _report: self.desk.read_inside(), name="presence")
        job.succeeded.connect(self.desk.shown_inside)
        job.failed.connect(lambda error: log.warning("presence not read: %s", error))
        job.start()

    def _install(self, result: tuple[str, SearchIndex, CodeBook] | None) -> None:
        if result is None:
            return  # the index was current
        self.desk.index.install(*result)
        # Everything alive now is long-lived: keep full collections short. Young garbage is
        # collected first (cheap), or its cycles would be frozen with it and never freed.
        gc.collect(1)
        gc.freeze()
        self.refreshed.emit()

    def _ended(self) -> None:
        self.building = False
        if self.again:
            self.again = False
            self.refresh()
