"""The attendee list as the desk reads and corrects it: look-ups by code, walk-ins, badge names,
and the list's revision that tells every desk when its search index is stale (the index itself
is the operations layer's: `checkin.operations.search_index`)."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable

from checkin.core.desk_events import EventKind
from checkin.core.entities import Attendee
from checkin.core.ticket_codes import clean, normalise
from checkin.db import event_log
from checkin.db import mapping as m
from checkin.db.models import AttendeeRow, MetaRow
from checkin.db.records_base import RecordsBase

_REVISION_KEY = "attendees_revision"


@functools.cache
def _attendee_sql(column: str) -> str:
    """One attendee by a unique column, compiled once: peewee builds a query's SQL anew on every
    call, which on the scan path cost more than SQLite running it."""
    columns = [getattr(AttendeeRow, c) for c in m.ATTENDEE_COLUMNS]
    query = AttendeeRow.select(*columns).where(getattr(AttendeeRow, column) == "")
    return str(query.sql()[0])


class AttendeeRecords(RecordsBase):
    # -- attendees -----------------------------------------------------------------------------

    def add_attendees(self, attendees: Iterable[Attendee]) -> int:
        """Insert new attendees in one transaction; returns how many."""
        now = m.instant_text(self.clock())
        rows = [{**m.attendee_fields(a), "updated_at": now} for a in attendees]
        with self.db.atomic("IMMEDIATE"):
            for start in range(0, len(rows), 500):
                AttendeeRow.insert_many(rows[start : start + 500]).execute()
            self.bump_revision()
        return len(rows)

    def add_attendee(self, attendee: Attendee, *, walk_in: bool = False) -> Attendee:
        """One new attendee; a walk-in registered at this desk is also an event in its log."""
        now = self.clock()
        with self.db.atomic("IMMEDIATE"):
            row_id = AttendeeRow.insert(
                **m.attendee_fields(attendee), updated_at=m.instant_text(now)
            ).execute()
            stored = attendee.with_changes(id=row_id)
            self.bump_revision()
            self.audit("add_attendee", attendee_id=row_id, detail={"code": attendee.code})
            if walk_in:
                data = {k: v for k, v in m.attendee_fields(stored).items() if k != "code_folded"}
                event_log.append(
                    EventKind.WALK_IN, desk=self.desk, at=now, ticket=stored.code, data=data
                )
        return stored

    def update_attendee(self, attendee: Attendee, action: str = "update_attendee") -> Attendee:
        if attendee.id is None:
            raise ValueError("Only a stored attendee can be updated.")
        now = m.instant_text(self.clock())
        with self.db.atomic("IMMEDIATE"):
            AttendeeRow.update(**m.attendee_fields(attendee), updated_at=now).where(
                AttendeeRow.id == attendee.id
            ).execute()
            self.bump_revision()
            self.audit(action, attendee_id=attendee.id, detail={"code": attendee.code})
        return attendee

    def set_badge_name(self, code: str, badge_name: str, desk: str | None = None) -> Attendee:
        """A desk correction of the printed name (an event in the log); a later sync leaves it."""
        with self.db.atomic("IMMEDIATE"):
            attendee = self.attendee_by_code(code)
            if attendee is None:
                raise LookupError(f"No ticket with code {clean(code)[:40]}.")
            name = badge_name.strip()
            updated = self.update_attendee(attendee.with_changes(badge_name=name), "badge_name")
            event_log.append(
                EventKind.BADGE_NAME,
                desk=desk or self.desk,
                at=self.clock(),
                ticket=attendee.code,
                data={"name": name},
            )
        return updated

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

    def ticket_types(self) -> list[str]:
        """The event's ticket types, the most common first (ties: the first seen first).
        Counted by SQLite: the walk-in dialog asks on the UI thread, at any list size."""
        cursor = self.db.execute_sql(
            "SELECT ticket_type FROM attendee WHERE ticket_type != '' "
            "GROUP BY ticket_type ORDER BY COUNT(*) DESC, MIN(id)"
        )
        return [str(row[0]) for row in cursor.fetchall()]

    def revision(self) -> str:
        """Changes with every change to the attendee list, whichever desk made it."""
        row = MetaRow.get_or_none(MetaRow.key == _REVISION_KEY)
        return "" if row is None else str(row.value)

    def bump_revision(self) -> str:
        """Say the attendee list changed (call inside the transaction that changed it)."""
        # A new value per change lets every desk (process) notice that its search index is stale.
        revision = uuid.uuid4().hex
        MetaRow.replace(key=_REVISION_KEY, value=revision).execute()
        return revision
