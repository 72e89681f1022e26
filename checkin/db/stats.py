"""The dashboard's figures, kept current cheaply, and a free "has anything changed" probe.

`checkin.core.overview.compute_overview` is the reference: it builds every attendee and check-in
as Python objects, which takes the best part of a second at 10,000 attendees and 20,000
check-ins; nothing in the product calls it. Check-ins are append-only events, so `OverviewQuery`
keeps each person's first live entry of each day in memory and on each refresh reads only the
rows added since the last one. An undo marks an old row: the days of the people whose rows were
newly undone are folded again from their own (indexed) rows. Attendee facts (type, status, valid
days) are kept until the repository's attendee revision moves. Who is inside now is
`checkin.db.presence`'s one indexed count. Tests hold the result equal to the reference.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time

from checkin.core.entities import Event, TicketStatus
from checkin.core.headcount import Headcount, TypeCount
from checkin.core.overview import BUCKET_MINUTES, DayFigures, Overview, day_state
from checkin.db import presence
from checkin.db.repository import Repository

_NO_TYPE = "—"  # what core.headcount calls a ticket without a type


def change_marker(repo: Repository) -> tuple[int, int]:
    """Changes whenever anyone commits: `data_version` moves on another connection's commit
    (another desk process), `total_changes` on this connection's own writes. Both are free."""
    version = int(repo.db.execute_sql("PRAGMA data_version").fetchone()[0])
    own = int(repo.db.connection().total_changes)
    return version, own


@dataclass
class _Tickets:
    """Who holds which ticket: read once per attendee revision."""

    revision: str
    types: dict[int, str]
    registered: Counter[str]
    cancelled: int
    valid: dict[date, set[int]]  # active tickets valid on each event day


@dataclass
class _Tally:
    """Each person's day, folded from live check-in rows in any order."""

    last_id: int = 0
    undone: set[int] = field(default_factory=set)  # ids of undone rows seen so far
    offsets: dict[str, int] = field(default_factory=dict)  # day → venue UTC offset, minutes
    first: dict[tuple[str, int], str] = field(default_factory=dict)
    admitted: dict[str, set[int]] = field(default_factory=dict)
    arrivals: dict[str, Counter[int]] = field(default_factory=dict)

    def bucket(self, day: str, at: str) -> int:
        # Stored instants are UTC text "YYYY-MM-DDTHH:MM:SS.ffffff+00:00": slice, don't parse.
        minute = (int(at[11:13]) * 60 + int(at[14:16]) + self.offsets.get(day, 0)) % 1440
        return minute - minute % BUCKET_MINUTES

    def add(self, day: str, aid: int, direction: str, at: str) -> None:
        key = (day, aid)
        if direction == "in":
            old = self.first.get(key)
            if old is None or at < old:
                self.first[key] = at
                self.admitted.setdefault(day, set()).add(aid)
                counts = self.arrivals.setdefault(day, Counter())
                if old is not None:
                    counts[self.bucket(day, old)] -= 1
                counts[self.bucket(day, at)] += 1

    def forget(self, key: tuple[str, int]) -> None:
        """Take back everything one person's day contributed (before re-adding it after an undo)."""
        day, aid = key
        first = self.first.pop(key, None)
        if first is not None:
            self.admitted[day].discard(aid)
            self.arrivals[day][self.bucket(day, first)] -= 1


class OverviewQuery:
    """Computes `Overview`s for one repository, carrying its tallies from call to call."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._tickets: _Tickets | None = None
        self._tally = _Tally()
        self._event_key: tuple[object, ...] = ()

    def overview(self) -> Overview:
        repo = self.repo
        event = repo.require_event()
        today = event.day_of(repo.clock())
        with repo.db.atomic():  # one consistent snapshot for every read below
            tickets = self._load_tickets(event)
            tally = self._update_tally(event)
            on_site = presence.on_site(repo.db, today)  # who is inside: one rule, in SQL
        per_day = dict.fromkeys(event.days, 0)
        per_day.update({date.fromisoformat(d): len(ids) for d, ids in tally.admitted.items()})
        ever = set().union(*tally.admitted.values())
        admitted_types = Counter(tickets.types[aid] for aid in ever if aid in tickets.types)
        types = sorted(set(tickets.registered) | set(admitted_types))
        headcount = Headcount(
            event=event.name,
            capacity=event.capacity,
            registered=sum(tickets.registered.values()),
            cancelled=tickets.cancelled,
            on_site=on_site,
            checked_in_today=per_day.get(today, 0),
            per_day=per_day,
            by_ticket_type={t: TypeCount(tickets.registered[t], admitted_types[t]) for t in types},
        )
        figures = []
        for number, day in enumerate(event.days, start=1):
            came = tally.admitted.get(day.isoformat(), set())
            valid = tickets.valid.get(day, set())
            arrivals = tally.arrivals.get(day.isoformat(), Counter())
            figures.append(
                DayFigures(
                    day=day,
                    number=number,
                    state=day_state(day, today),
                    valid=len(valid),
                    admitted=len(came),
                    missing=len(valid - came),
                    arrivals={m: n for m, n in arrivals.items() if n},
                )
            )
        return Overview(headcount, today, event.warn_ratio, tuple(figures))

    def _load_tickets(self, event: Event) -> _Tickets:
        # The repository bumps this revision on every change to the attendee list.
        revision = self.repo.revision()
        cached = self._tickets
        if (
            cached is not None
            and cached.revision == revision
            and set(cached.valid) == set(event.days)
        ):
            return cached
        rows = self.repo.db.execute_sql(
            "SELECT id, ticket_type, status, days FROM attendee"
        ).fetchall()
        types: dict[int, str] = {}
        registered: Counter[str] = Counter()
        valid: dict[date, set[int]] = {day: set() for day in event.days}
        cancelled = 0
        isos = [(day, day.isoformat()) for day in event.days]
        for aid, ticket_type, status, days in rows:
            types[aid] = ticket_type or _NO_TYPE
            if status == TicketStatus.CANCELLED.value:
                cancelled += 1
                continue
            registered[types[aid]] += 1
            for day, iso in isos:
                # An ISO date is a fixed 10-character token: a substring test is exact.
                if not days or iso in days:
                    valid[day].add(aid)
        self._tickets = _Tickets(revision, types, registered, cancelled, valid)
        return self._tickets

    def _update_tally(self, event: Event) -> _Tally:
        db = self.repo.db
        max_id, undone_count = db.execute_sql(
            "SELECT COALESCE(MAX(id), 0), COUNT(undone_at) FROM checkin"
        ).fetchone()
        event_key = (event.timezone, event.days)
        tally = self._tally
        if max_id < tally.last_id or event_key != self._event_key:
            tally = self._tally = _Tally(offsets=_offsets(event))
            self._event_key = event_key
        if undone_count != len(tally.undone):
            self._apply_undos(tally)
        rows = db.execute_sql(
            "SELECT id, day, attendee_id, direction, at FROM checkin "
            "WHERE id > ? AND undone_at IS NULL ORDER BY id",
            (tally.last_id,),
        ).fetchall()
        for _, day, aid, direction, at in rows:
            tally.add(day, aid, direction, at)
        tally.last_id = max(max_id, rows[-1][0] if rows else 0)
        return tally

    def _apply_undos(self, tally: _Tally) -> None:
        """An undo marks an already-counted row: refold just the days of the people affected."""
        db = self.repo.db
        undone = {row[0] for row in db.execute_sql(
            "SELECT id FROM checkin WHERE undone_at IS NOT NULL"
        ).fetchall()}  # fmt: skip
        fresh = sorted(i for i in undone - tally.undone if i <= tally.last_id)
        tally.undone = undone
        keys = set()
        for start in range(0, len(fresh), 500):
            chunk = fresh[start : start + 500]
            keys |= set(db.execute_sql(
                f"SELECT day, attendee_id FROM checkin WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall())  # fmt: skip
        for day, aid in keys:
            tally.forget((day, aid))
            for direction, at in db.execute_sql(
                "SELECT direction, at FROM checkin WHERE day = ? AND attendee_id = ? "
                "AND undone_at IS NULL AND id <= ?",
                (day, aid, tally.last_id),
            ).fetchall():
                tally.add(day, aid, direction, at)


def _offsets(event: Event) -> dict[str, int]:
    """The venue's UTC offset per event day, taken at local noon: clocks change at night, not
    while the desk is busy."""
    offsets = {}
    for day in event.days:
        offset = datetime.combine(day, time(12), tzinfo=event.zone).utcoffset()
        offsets[day.isoformat()] = int(offset.total_seconds()) // 60 if offset else 0
    return offsets


def overview(repo: Repository) -> Overview:
    """The figures computed from scratch (exports, status checks)."""
    return OverviewQuery(repo).overview()


def headcount(repo: Repository) -> Headcount:
    """Registered, on site, per day and per ticket type: what `checkin status` prints."""
    return overview(repo).headcount
