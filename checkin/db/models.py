"""peewee models, one per table. The schema itself is owned by `migrations`; these map onto it."""

from __future__ import annotations

import peewee as pw

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    id = pw.AutoField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class EventRow(BaseModel):
    name = pw.TextField()
    venue = pw.TextField(default="")
    timezone = pw.TextField(default="UTC")
    days = pw.TextField(default="")  # ISO dates, comma-separated
    capacity = pw.IntegerField(null=True)
    policy = pw.TextField(default="warn")
    warn_ratio = pw.FloatField(default=0.9)
    secret = pw.TextField()
    ticket_formats = pw.TextField(default="qr")  # symbology names, comma-separated

    class Meta:
        table_name = "event"


class AttendeeRow(BaseModel):
    code = pw.TextField(unique=True)
    code_folded = pw.TextField(index=True)
    source = pw.TextField(default="")
    source_id = pw.TextField(default="")
    first_name = pw.TextField(default="")
    last_name = pw.TextField(default="")
    badge_name = pw.TextField(default="")
    email = pw.TextField(default="")
    company = pw.TextField(default="")
    ticket_type = pw.TextField(default="")
    days = pw.TextField(default="")
    dietary = pw.TextField(default="")
    accessibility = pw.TextField(default="")
    notes = pw.TextField(default="")
    status = pw.TextField(default="active")
    updated_at = pw.TextField()

    class Meta:
        table_name = "attendee"


class CheckInRow(BaseModel):
    attendee_id: int  # the foreign key's raw value, provided by peewee
    uuid = pw.TextField(unique=True)
    attendee = pw.ForeignKeyField(AttendeeRow, column_name="attendee_id", on_delete="RESTRICT")
    direction = pw.TextField()
    day = pw.TextField()
    at = pw.TextField()  # UTC, ISO 8601 with microseconds: sorts as text
    desk = pw.TextField()
    nonce = pw.TextField(null=True, unique=True)
    undone_at = pw.TextField(null=True)
    override = pw.BooleanField(default=False)

    class Meta:
        table_name = "checkin"


class BadgePrintRow(BaseModel):
    attendee = pw.ForeignKeyField(AttendeeRow, column_name="attendee_id", on_delete="RESTRICT")
    at = pw.TextField()
    desk = pw.TextField()
    template = pw.TextField(default="")
    printer = pw.TextField(default="")
    reprint = pw.BooleanField(default=False)

    class Meta:
        table_name = "badge_print"


class PrintJobRow(BaseModel):
    attendee_id: int
    attendee = pw.ForeignKeyField(AttendeeRow, column_name="attendee_id", on_delete="RESTRICT")
    template = pw.TextField(default="")
    printer = pw.TextField(default="")
    state = pw.TextField(default="queued")
    reprint = pw.BooleanField(default=False)
    printer_job = pw.TextField(default="")
    attempts = pw.IntegerField(default=0)
    message = pw.TextField(default="")
    title = pw.TextField(default="")
    desk = pw.TextField(default="")
    created_at = pw.TextField()
    updated_at = pw.TextField()

    class Meta:
        table_name = "print_job"


class AuditRow(BaseModel):
    attendee_id: int | None
    at = pw.TextField()
    desk = pw.TextField()
    action = pw.TextField()
    attendee = pw.ForeignKeyField(
        AttendeeRow, column_name="attendee_id", null=True, on_delete="SET NULL"
    )
    detail = pw.TextField(default="")

    class Meta:
        table_name = "audit"


class MetaRow(BaseModel):
    id = None  # type: ignore[assignment]  # keyed by name instead
    key = pw.TextField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "meta"


class SyncSourceRow(BaseModel):
    """One attendee list the desk syncs from; `source` is the key stored on its attendees."""

    id = None  # type: ignore[assignment]  # keyed by source instead
    source = pw.TextField(primary_key=True)
    location = pw.TextField()  # the path or URL to read again
    format = pw.TextField(default="")
    mapping = pw.TextField(default="{}")  # JSON: column -> field, as last used
    synced_at = pw.TextField()  # UTC, last successful sync
    fetched_at = pw.TextField(null=True)  # UTC, when a URL was last downloaded
    report = pw.TextField(default="{}")  # JSON: the counts of the last sync

    class Meta:
        table_name = "sync_source"


class DeskEventRow(BaseModel):
    """One write of a desk (see `checkin.core.desk_events`); `seq` is this desk's order."""

    id = None  # type: ignore[assignment]
    seq = pw.AutoField()
    uuid = pw.TextField(unique=True)
    kind = pw.TextField()
    desk = pw.TextField()
    at = pw.TextField()  # UTC, ISO 8601
    ticket = pw.TextField()
    data = pw.TextField(default="{}")  # JSON
    made_here = pw.BooleanField(default=True)
    sent_at = pw.TextField(null=True)  # made here and not yet sent elsewhere while NULL
    hub_seq = pw.IntegerField(null=True)  # the hub's number for it; NULL: not on the hub yet

    class Meta:
        table_name = "desk_event"


MODELS: list[type[BaseModel]] = [
    EventRow,
    AttendeeRow,
    CheckInRow,
    BadgePrintRow,
    PrintJobRow,
    AuditRow,
    MetaRow,
    SyncSourceRow,
    DeskEventRow,
]
