"""The desk's single door to the database: events, attendees, check-ins, badges, audit.

Every method returns `checkin.core` types. A scan is decided and recorded inside one
`BEGIN IMMEDIATE` transaction together with its audit row, so two desks sharing the file can never
both admit the last place in the venue or the same ticket twice.
"""

from __future__ import annotations

import functools
import json
import logging
import socket
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from anyascii import anyascii

from checkin.core.entities import Attendee, CheckIn, Direction, Event, utc_now
from checkin.core.headcount import Headcount, compute, inside_on
from checkin.core.rules import ScanRequest, decide, last_movement
from checkin.core.search import SearchHit, SearchIndex
from checkin.core.ticket_codes import clean, normalise
from checkin.core.verdicts import Outcome, UndoResult, Verdict
from checkin.db import mapping as m
from checkin.db.connection import close_database, open_database
from checkin.db.models import AttendeeRow, AuditRow, BadgePrintRow, CheckInRow, EventRow, MetaRow

log = logging.getLogger("checkin.db")

Clock = Callable[[], datetime]
_REVISION_KEY = "attendees_revision"


@functools.cache
def _attendee_sql(column: str) -> str:
    """One attendee by a unique column, compiled once: peewee builds a query's SQL anew on every
    call, which on the scan path cost more than SQLite running it."""
    columns = [getattr(AttendeeRow, c) for c in m.ATTENDEE_COLUMNS]
    query = AttendeeRow.select(*columns).where(getattr(AttendeeRow, column) == "")
    return str(query.sql()[0])


@functools.cache
def _history_sql() -> str:
    """One attendee's movements in (time, insertion) order, compiled once (read on every scan)."""
    columns = [getattr(CheckInRow, c) for c in m.CHECKIN_COLUMNS]
    query = (
        CheckInRow.select(*columns)
        .where(CheckInRow.attendee == 0)
        .order_by(CheckInRow.at, CheckInRow.id)
    )
    return str(query.sql()[0])


class NoEvent(LookupError):
    """The home holds no event yet."""


def default_desk() -> str:
    return socket.gethostname().split(".")[0] or "desk"


class Repository:
    def __init__(self, path: Path, clock: Clock = utc_now, desk: str | None = None) -> None:
        self.path = Path(path)
        self.clock = clock
        self.desk = desk or default_desk()
        self.db = open_database(self.path)
        self._index: SearchIndex | None = None
        self._index_revision = ""
        self._cached = threading.local()

    def close(self) -> None:
        close_database()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- event ---------------------------------------------------------------------------------

    def event(self) -> Event | None:
        """The event. The desk asks several times a scan, so it is kept until any other
        connection commits (SQLite's data_version says so) or this one saves a new event."""
        version = self.db.execute_sql("PRAGMA data_version").fetchone()[0]
        cached: tuple[int, Event | None] | None = getattr(self._cached, "event", None)
        if cached is not None and cached[0] == version:
            return cached[1]
        row = EventRow.select().order_by(EventRow.id).first()
        event = None if row is None else m.event_from_row(row)
        self._cached.event = (version, event)  # per thread: data_version is per connection
        return event

    def require_event(self) -> Event:
        event = self.event()
        if event is None:
            raise NoEvent("There is no event here yet: run `checkin demo` or `checkin sync FILE`.")
        return event

    def save_event(self, event: Event) -> Event:
        with self.db.atomic("IMMEDIATE"):
            fields = m.event_fields(event)
            row = EventRow.select().order_by(EventRow.id).first()
            if row is None:
                EventRow.create(**fields)
            else:
                EventRow.update(**fields).where(EventRow.id == row.id).execute()
            self._audit("event", detail={k: v for k, v in fields.items() if k != "secret"})
        self._cached.event = None  # this connection's own commits leave data_version alone
        return event

    # -- attendees -----------------------------------------------------------------------------

    def add_attendees(self, attendees: Iterable[Attendee]) -> int:
        """Insert new attendees in one transaction; returns how many."""
        now = m.instant_text(self.clock())
        rows = [{**m.attendee_fields(a), "updated_at": now} for a in attendees]
        with self.db.atomic("IMMEDIATE"):
            for start in range(0, len(rows), 500):
                AttendeeRow.insert_many(rows[start : start + 500]).execute()
            self._bump_revision()
        return len(rows)

    def add_attendee(self, attendee: Attendee) -> Attendee:
        now = m.instant_text(self.clock())
        with self.db.atomic("IMMEDIATE"):
            row_id = AttendeeRow.insert(**m.attendee_fields(attendee), updated_at=now).execute()
            stored = attendee.with_changes(id=row_id)
            self._changed(stored)
            self._audit("add_attendee", attendee_id=row_id, detail={"code": attendee.code})
        return stored

    def update_attendee(self, attendee: Attendee, action: str = "update_attendee") -> Attendee:
        if attendee.id is None:
            raise ValueError("Only a stored attendee can be updated.")
        now = m.instant_text(self.clock())
        with self.db.atomic("IMMEDIATE"):
            AttendeeRow.update(**m.attendee_fields(attendee), updated_at=now).where(
                AttendeeRow.id == attendee.id
            ).execute()
            self._changed(attendee)
            self._audit(action, attendee_id=attendee.id, detail={"code": attendee.code})
        return attendee

    def set_badge_name(self, code: str, badge_name: str) -> Attendee:
        """A desk correction of the printed name; a later sync leaves it alone."""
        attendee = self.attendee_by_code(code)
        if attendee is None:
            raise LookupError(f"No ticket with code {code}.")
        return self.update_attendee(
            attendee.with_changes(badge_name=badge_name.strip()), action="badge_name"
        )

    def attendee_by_code(self, code: str) -> Attendee | None:
        """The ticket a scanned or pasted code means: as given, else as `normalise` reads it
        (a ticket link, a lower-cased app code), else ignoring case."""
        raw = clean(code)
        code = normalise(raw)
        if not code:
            return None
        found = self._attendee_where("code", raw) if raw != code else None
        # Typed codes lose their case; an exact match always wins over this one.
        return (
            found
            or self._attendee_where("code", code)
            or self._attendee_where("code_folded", code.casefold())
        )

    def _attendee_where(self, column: str, value: str) -> Attendee | None:
        values = self.db.execute_sql(_attendee_sql(column), (value,)).fetchone()
        return None if values is None else m.attendee_from_values(values)

    def attendee(self, attendee_id: int) -> Attendee | None:
        row = AttendeeRow.get_or_none(AttendeeRow.id == attendee_id)
        return None if row is None else m.attendee_from_row(row)

    def attendees(self) -> list[Attendee]:
        columns = [getattr(AttendeeRow, c) for c in m.ATTENDEE_COLUMNS]
        query = AttendeeRow.select(*columns).order_by(AttendeeRow.id).tuples()
        return [m.attendee_from_values(values) for values in query.iterator()]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Search the attendee list, first rebuilding the index if the list changed."""
        if not self.search_index_current():
            self.install_search_index(*self.read_search_index())
        return self.search_cached(query, limit) or []

    def search_cached(self, query: str, limit: int = 20) -> list[SearchHit] | None:
        """Search the index this desk has, even if another desk changed the list since it was
        read (the window refreshes it in the background); None before the first index."""
        return None if self._index is None else self._index.search(query, limit=limit)

    def search_index_current(self) -> bool:
        return self._index is not None and self._index_revision == self._revision()

    def read_search_index(self) -> tuple[str, SearchIndex]:
        """A fresh index of the whole list and the revision it reflects. Safe on a worker
        thread (peewee gives each thread its own connection); most of a second at 10,000."""
        with self.db.atomic():  # one snapshot: the revision read matches the rows read
            revision = self._revision()
            attendees = self.attendees()
        return revision, SearchIndex(attendees, transliterate=anyascii)

    def install_search_index(self, revision: str, index: SearchIndex) -> None:
        """Use an index from `read_search_index`. If the list changed again meanwhile, its
        revision is already behind and the next `search_index_current` says so."""
        self._index, self._index_revision = index, revision

    def _revision(self) -> str:
        row = MetaRow.get_or_none(MetaRow.key == _REVISION_KEY)
        return "" if row is None else str(row.value)

    def _bump_revision(self) -> str:
        # A new value per change lets every desk (process) notice that its search index is stale.
        revision = uuid.uuid4().hex
        MetaRow.replace(key=_REVISION_KEY, value=revision).execute()
        return revision

    def _changed(self, attendee: Attendee) -> None:
        """One attendee written by this desk: patch the search index instead of rebuilding it
        (a rebuild at 10,000 attendees takes most of a second), unless it was already stale."""
        current = self._index is not None and self._index_revision == self._revision()
        revision = self._bump_revision()
        if current and self._index is not None:
            self._index.put(attendee)
            self._index_revision = revision

    # -- check-ins -----------------------------------------------------------------------------

    def scan(
        self,
        code: str,
        *,
        direction: Direction = Direction.IN,
        nonce: str | None = None,
        override: bool = False,
        desk: str | None = None,
    ) -> Verdict:
        """Decide a scan and record it, atomically. A nonce seen before changes nothing."""
        desk = desk or self.desk
        code = clean(code)
        with self.db.atomic("IMMEDIATE"):
            if nonce is not None:
                seen = CheckInRow.get_or_none(CheckInRow.nonce == nonce)
                if seen is not None:
                    return self._repeated(m.checkin_from_row(seen))
            event = self.require_event()
            now = self.clock()
            attendee = self.attendee_by_code(code)
            history = self.history(attendee.id) if attendee and attendee.id else []
            today = event.day_of(now)
            decision = decide(
                ScanRequest(
                    event=event,
                    code=code,
                    attendee=attendee,
                    history=history,
                    on_site=self.on_site(today),
                    now=now,
                    direction=direction,
                    override=override,
                )
            )
            if not decision.accepted:
                self._audit(
                    "refuse",
                    desk=desk,
                    attendee_id=attendee.id if attendee else None,
                    detail={"code": code[:120], "reason": str(decision.code)},
                )
                return Verdict(
                    Outcome.REFUSED, decision.message, code=decision.code, attendee=attendee
                )
            assert attendee is not None and attendee.id is not None
            checkin = CheckIn(
                uuid=str(uuid.uuid4()),
                attendee_id=attendee.id,
                direction=direction,
                day=today,
                at=now,
                desk=desk,
                nonce=nonce,
                override=decision.override_used,
            )
            CheckInRow.insert(**m.checkin_fields(checkin)).execute()
            action = "override_admit" if decision.override_used else f"check_{direction.value}"
            self._audit(action, desk=desk, attendee_id=attendee.id, detail={"uuid": checkin.uuid})
        log.info("%s %s at %s", decision.outcome, attendee.code, desk)
        return Verdict(
            decision.outcome,
            decision.message,
            attendee=attendee,
            checkin=checkin,
            warnings=decision.warnings,
        )

    def _repeated(self, checkin: CheckIn) -> Verdict:
        attendee = self.attendee(checkin.attendee_id)
        outcome = Outcome.ADMITTED if checkin.direction is Direction.IN else Outcome.EXITED
        name = attendee.display_name if attendee else "This ticket"
        return Verdict(
            outcome,
            f"{name}: this scan was already recorded.",
            attendee=attendee,
            checkin=checkin,
            repeated=True,
        )

    def undo(self, code: str, desk: str | None = None) -> UndoResult:
        """Take back the attendee's latest movement that still counts (any day)."""
        desk = desk or self.desk
        with self.db.atomic("IMMEDIATE"):
            attendee = self.attendee_by_code(code)
            if attendee is None or attendee.id is None:
                return UndoResult(False, f"No ticket with code {clean(code)[:40]}.")
            live = [c for c in self.history(attendee.id) if not c.undone]
            if not live:
                return UndoResult(
                    False, f"{attendee.display_name} has no check-in to undo.", attendee
                )
            latest = live[-1]  # history is in (time, insertion) order
            undone_at = self.clock()
            CheckInRow.update(undone_at=m.instant_text(undone_at)).where(
                CheckInRow.uuid == latest.uuid
            ).execute()
            self._audit("undo", desk=desk, attendee_id=attendee.id, detail={"uuid": latest.uuid})
        undone = replace(latest, undone_at=undone_at)
        verb = "admission" if latest.direction is Direction.IN else "exit"
        return UndoResult(
            True, f"Undid {attendee.display_name}'s {verb}.", attendee=attendee, checkin=undone
        )

    def history(self, attendee_id: int) -> list[CheckIn]:
        cursor = self.db.execute_sql(_history_sql(), (attendee_id,))
        return [m.checkin_from_values(values) for values in cursor.fetchall()]

    def checkins(self, day: date | None = None) -> list[CheckIn]:
        columns = [getattr(CheckInRow, c) for c in m.CHECKIN_COLUMNS]
        query = CheckInRow.select(*columns).order_by(CheckInRow.at, CheckInRow.id)
        if day is not None:
            query = query.where(CheckInRow.day == day.isoformat())
        return [m.checkin_from_values(values) for values in query.tuples()]  # type: ignore[arg-type]

    def inside_among(self, attendee_ids: Iterable[int], day: date) -> set[int]:
        """Which of these attendees are inside on a day: the search list's status column.
        Reads only their movements, so it costs the same at 100 or 10,000 people."""
        ids = list(attendee_ids)
        if not ids:
            return set()
        columns = [getattr(CheckInRow, c) for c in m.CHECKIN_COLUMNS]
        query = CheckInRow.select(*columns).where(
            CheckInRow.day == day.isoformat(), CheckInRow.attendee.in_(ids)
        )
        movements = [m.checkin_from_values(values) for values in query.tuples()]  # type: ignore[arg-type]
        return inside_on(movements, day)

    def ticket_types(self) -> list[str]:
        """The event's ticket types, the most common first (ties: the first seen first).
        Counted by SQLite: the walk-in dialog asks on the UI thread, at any list size."""
        cursor = self.db.execute_sql(
            "SELECT ticket_type FROM attendee WHERE ticket_type != '' "
            "GROUP BY ticket_type ORDER BY COUNT(*) DESC, MIN(id)"
        )
        return [str(row[0]) for row in cursor.fetchall()]

    def on_site(self, day: date) -> int:
        """People inside on a day: their latest live movement, in (time, insertion) order, is an
        entry. Runs on every scan (capacity), so it is one indexed query, not a Python loop."""
        cursor = self.db.execute_sql(
            "SELECT COUNT(*) FROM checkin AS c WHERE c.day = ? AND c.undone_at IS NULL "
            "AND c.direction = 'in' AND NOT EXISTS (SELECT 1 FROM checkin AS later "
            "WHERE later.attendee_id = c.attendee_id AND later.day = c.day "
            "AND later.undone_at IS NULL "
            "AND (later.at > c.at OR (later.at = c.at AND later.id > c.id)))",
            (day.isoformat(),),
        )
        return int(cursor.fetchone()[0])

    def last_movement(self, attendee_id: int, day: date) -> CheckIn | None:
        return last_movement(self.history(attendee_id), day)

    def headcount(self) -> Headcount:
        event = self.require_event()
        return compute(event, self.attendees(), self.checkins(), event.day_of(self.clock()))

    # -- badges and audit ----------------------------------------------------------------------

    def record_badge_print(
        self, attendee_id: int, template: str, printer: str, reprint: bool = False
    ) -> None:
        with self.db.atomic("IMMEDIATE"):
            BadgePrintRow.insert(
                attendee=attendee_id,
                at=m.instant_text(self.clock()),
                desk=self.desk,
                template=template,
                printer=printer,
                reprint=reprint,
            ).execute()
            self._audit("reprint" if reprint else "print", attendee_id=attendee_id)

    def badges_printed(self, attendee_id: int) -> int:
        return int(BadgePrintRow.select().where(BadgePrintRow.attendee == attendee_id).count())

    def audit_log(self) -> list[dict[str, Any]]:
        query = AuditRow.select().order_by(AuditRow.id)
        return [
            {
                "at": row.at,
                "desk": row.desk,
                "action": row.action,
                "attendee_id": row.attendee_id,
                "detail": json.loads(row.detail) if row.detail else {},
            }
            for row in query
        ]

    def _audit(
        self,
        action: str,
        *,
        desk: str | None = None,
        attendee_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        AuditRow.insert(
            at=m.instant_text(self.clock()),
            desk=desk or self.desk,
            action=action,
            attendee=attendee_id,
            detail=json.dumps(detail or {}, ensure_ascii=False),
        ).execute()

    def integrity_ok(self) -> bool:
        return bool(self.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok")
