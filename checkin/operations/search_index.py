"""The desk's in-memory index of the attendee list: name searches and code look-ups without SQL.

Building the index takes most of a second at 10,000 attendees, so it is kept between searches and
rebuilt (on a worker, `read`) only when the list's revision — bumped by every change to the
attendee table, whichever desk made it — moves past the one it reflects. An attendee written by
this desk is patched in from the write's `Changes` instead (`apply`): only when the index was
current just before that write, otherwise it is stale anyway and the next rebuild brings both.

It lives here, beside the operations that serve searches, and not in the repository: writes know
nothing of it, so they can run on any thread (the window's commit line) while the index is only
touched by the thread that owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from anyascii import anyascii

from checkin.core.entities import Attendee
from checkin.core.search import SearchHit, SearchIndex
from checkin.core.ticket_codes import clean, normalise

if TYPE_CHECKING:
    from checkin.db.repository import Repository
    from checkin.operations.changes import Changes


class CodeBook:
    """Ticket codes as `Repository.attendee_by_code` reads them (as given, as `normalise`
    reads them, ignoring case), from the list the index was built from."""

    def __init__(self, attendees: list[Attendee]) -> None:
        self.exact = {a.code: a for a in attendees}
        self.folded = {a.code.casefold(): a for a in attendees}

    def put(self, attendee: Attendee) -> None:
        self.exact[attendee.code] = attendee
        self.folded[attendee.code.casefold()] = attendee

    def find(self, code: str) -> Attendee | None:
        raw = clean(code)
        code = normalise(raw)
        if not code:
            return None
        found = self.exact.get(raw) if raw != code else None
        return found or self.exact.get(code) or self.folded.get(code.casefold())


class SearchCache:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._index: SearchIndex | None = None
        self._codes: CodeBook | None = None
        self._revision = ""

    @property
    def revision(self) -> str:
        """The list revision the index reflects ("" before the first)."""
        return self._revision

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Search the attendee list, first rebuilding the index if the list changed (the
        command line and the terminal desk: the window rebuilds on a worker instead)."""
        if not self.current():
            self.install(*self.read())
        return self.search_cached(query, limit) or []

    def search_cached(self, query: str, limit: int = 20) -> list[SearchHit] | None:
        """Search the index at hand, even if another desk changed the list since it was read
        (the window refreshes it in the background); None before the first index."""
        return None if self._index is None else self._index.search(query, limit=limit)

    def attendees(self) -> list[Attendee]:
        """Everyone on the list the index was built from (built first if there is none)."""
        if self._codes is None:
            self.install(*self.read())
        assert self._codes is not None
        return list(self._codes.exact.values())

    def code_known(self, code: str) -> bool | None:
        """Whether the index's list has a ticket with this code; None before the first index."""
        return None if self._codes is None else self._codes.find(code) is not None

    def current(self) -> bool:
        """Whether the index reflects the database's list now (one read of the revision)."""
        return self._index is not None and self._revision == self.repo.revision()

    def read(self) -> tuple[str, SearchIndex, CodeBook]:
        """A fresh index of the whole list and the revision it reflects. Safe on a worker
        thread (peewee gives each thread its own connection)."""
        with self.repo.db.atomic():  # one snapshot: the revision read matches the rows read
            revision = self.repo.revision()
            attendees = self.repo.attendees()
        return revision, SearchIndex(attendees, transliterate=anyascii), CodeBook(attendees)

    def install(self, revision: str, index: SearchIndex, codes: CodeBook) -> None:
        """Use an index from `read`. If the list changed again meanwhile, its revision is
        already behind and the next `current` says so."""
        self._index, self._codes, self._revision = index, codes, revision

    def apply(self, changes: Changes) -> bool:
        """Patch in the attendees this desk wrote; False when the index needs a rebuild (the
        list changed in a way the changes do not carry, or the index was already stale)."""
        if changes.revision is None:
            return not changes.attendee_list
        before, after = changes.revision
        if self._index is None or self._codes is None or self._revision != before:
            return False
        for attendee in changes.attendees:
            self._index.put(attendee)
            self._codes.put(attendee)
        self._revision = after
        return True
