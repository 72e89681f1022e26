"""What every part of the repository stands on: the connection, the clock, this desk's name,
the event, and the audit trail written inside each write's own transaction."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

import peewee as pw

from checkin.core.entities import Event
from checkin.db import mapping as m
from checkin.db.models import AuditRow, EventRow

Clock = Callable[[], datetime]


class NoEvent(LookupError):
    """The home holds no event yet."""


class RecordsBase:
    db: pw.SqliteDatabase
    clock: Clock
    desk: str  # this desk's name, recorded with everything it writes
    _cached: threading.local

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
            self.audit("event", detail={k: v for k, v in fields.items() if k != "secret"})
        self._cached.event = None  # this connection's own commits leave data_version alone
        return event

    def audit(
        self,
        action: str,
        *,
        desk: str | None = None,
        attendee_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """One line of the audit trail (call inside the transaction of what it describes)."""
        AuditRow.insert(
            at=m.instant_text(self.clock()),
            desk=desk or self.desk,
            action=action,
            attendee=attendee_id,
            detail=json.dumps(detail or {}, ensure_ascii=False),
        ).execute()
