"""The desk's in-memory search index over the attendee list, and when it must be read again.

Building the index takes most of a second at 10,000 attendees, so it is kept between searches and
rebuilt only when the list's revision (bumped by every change to the attendee table) moves. One
attendee written by this desk patches the index in place instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from anyascii import anyascii

from checkin.core.entities import Attendee
from checkin.core.search import SearchHit, SearchIndex

if TYPE_CHECKING:
    from checkin.db.repository import Repository


class SearchCache:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._index: SearchIndex | None = None
        self._revision = ""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Search the attendee list, first rebuilding the index if the list changed."""
        if not self.current():
            self.install(*self.read())
        return self.search_cached(query, limit) or []

    def search_cached(self, query: str, limit: int = 20) -> list[SearchHit] | None:
        """Search the index at hand, even if another desk changed the list since it was read
        (the window refreshes it in the background); None before the first index."""
        return None if self._index is None else self._index.search(query, limit=limit)

    def current(self) -> bool:
        return self._index is not None and self._revision == self.repo.revision()

    def read(self) -> tuple[str, SearchIndex]:
        """A fresh index of the whole list and the revision it reflects. Safe on a worker
        thread (peewee gives each thread its own connection)."""
        with self.repo.db.atomic():  # one snapshot: the revision read matches the rows read
            revision = self.repo.revision()
            attendees = self.repo.attendees()
        return revision, SearchIndex(attendees, transliterate=anyascii)

    def install(self, revision: str, index: SearchIndex) -> None:
        """Use an index from `read`. If the list changed again meanwhile, its revision is
        already behind and the next `current` says so."""
        self._index, self._revision = index, revision

    def patch(self, attendee: Attendee, was_current: bool, revision: str) -> None:
        """One attendee written by this desk: put it in the index instead of rebuilding, unless
        the index was already stale before this write."""
        if was_current and self._index is not None:
            self._index.put(attendee)
            self._revision = revision
