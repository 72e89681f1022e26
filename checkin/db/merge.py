"""Merging another desk's history into this home: what makes side-by-side offline desks add up.

At a venue without a network every desk keeps its own SQLite file. Afterwards (or at lunch, from a
USB stick) an organizer merges the other desks' files into one home. The merge is a consumer of
the other desk's event log (`checkin.db.event_apply`): its check-ins, undos, walk-ins, badge-name
corrections and badge prints, each applied once by uuid, so merging the same file twice changes
nothing and the headcount is derived from the union. People the other file lists and this home
does not (registered there without a walk-in event, or from another list) are added first.

The other file is never written: it is copied with SQLite's backup API (a consistent snapshot even
while that desk runs), and the copy is brought to this app's schema — which, for a file from an
older desk, derives its event log from its tables. Names and other text from the other file get
the importer's cleaning, as if they had come in an attendee list. A file that was copied out from
under a running desk without its `-wal` journal is merged with a warning: its newest check-ins may
be missing (`checkin snapshot` makes a safe copy).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import peewee as pw

from checkin.core.cleaning import single_line
from checkin.core.desk_events import SHARED_KINDS, ApplyReport, DeskEvent
from checkin.core.entities import Attendee, Direction
from checkin.core.event_schema import Rejected, check
from checkin.core.folding import fold
from checkin.db import mapping as m
from checkin.db.desk_setup import RUNNING_KEY
from checkin.db.event_apply import apply_events
from checkin.db.migrations import migrate
from checkin.db.repository import Repository
from checkin.paths import database_path


class MergeRefused(ValueError):
    """The other file cannot be merged here; one sentence says why. Nothing was written."""


@dataclass
class MergeReport:
    source: str
    attendees_added: int = 0
    checkins_added: int = 0
    undos_applied: int = 0
    already_known: int = 0  # check-ins this home already had
    badge_names: int = 0
    badge_prints: int = 0
    waiting: int = 0  # events about tickets or movements this home does not have
    double_admissions: list[str] = field(default_factory=list)  # names admitted twice a day
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "attendees_added": self.attendees_added,
            "checkins_added": self.checkins_added,
            "undos_applied": self.undos_applied,
            "already_known": self.already_known,
            "badge_names": self.badge_names,
            "badge_prints": self.badge_prints,
            "waiting": self.waiting,
            "double_admissions": self.double_admissions,
            "warnings": self.warnings,
        }


@dataclass
class OtherDesk:
    event_name: str
    attendees: list[Attendee]
    events: list[DeskEvent]
    was_running: bool = False  # copied while its desk window was open
    set_aside: list[str] = field(default_factory=list)  # events that do not fit, and why


_TEXT_FIELDS = ("first_name", "last_name", "badge_name", "email", "company", "ticket_type",
                "dietary", "accessibility", "notes", "source", "source_id")  # fmt: skip


def _cleaned(attendee: Attendee) -> Attendee:
    changes = {name: single_line(str(getattr(attendee, name))) for name in _TEXT_FIELDS}
    return attendee.with_changes(code=single_line(attendee.code), **changes)


def _cleaned_event(event: DeskEvent) -> DeskEvent:
    data = {k: single_line(v) if isinstance(v, str) else v for k, v in event.data.items()}
    return replace(event, ticket=single_line(event.ticket), desk=single_line(event.desk), data=data)


def locate(source: Path) -> Path:
    """A home folder or the database file itself."""
    path = database_path(source) if source.is_dir() else source
    if not path.is_file():
        raise MergeRefused(f"There is no desk database at {source}.")
    return path


def read_other(path: Path) -> OtherDesk:
    """The other desk's event, list and event log, from a snapshot of its file."""
    with tempfile.TemporaryDirectory(prefix="checkin-merge-") as folder:
        copy = Path(folder) / "other.sqlite3"
        try:
            with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as other:
                target = sqlite3.connect(copy)
                try:
                    other.backup(target)
                finally:
                    target.close()
            snapshot = pw.SqliteDatabase(str(copy))
            try:
                migrate(snapshot)
                return _read_snapshot(snapshot, path)
            finally:
                snapshot.close()
        except (sqlite3.DatabaseError, pw.DatabaseError, RuntimeError) as error:
            raise MergeRefused(
                f"{path} is not a desk database this app can read ({error})."
            ) from error


def _read_snapshot(db: pw.SqliteDatabase, path: Path) -> OtherDesk:
    event = db.execute_sql("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
    if event is None:
        raise MergeRefused(f"{path} holds no event.")
    columns = ", ".join(m.ATTENDEE_COLUMNS)
    people = [
        _cleaned(m.attendee_from_values(values).with_changes(id=None))
        for values in db.execute_sql(f"SELECT {columns} FROM attendee ORDER BY id").fetchall()
    ]
    events, aside = [], []
    for u, kind, desk, at, ticket, data in db.execute_sql(
        "SELECT uuid, kind, desk, at, ticket, data FROM desk_event ORDER BY seq"
    ).fetchall():
        checked = _checked(u, kind, desk, at, ticket, data)
        if isinstance(checked, Rejected):
            aside.append(f"1 event from desk {desk} was set aside: {checked.reason}.")
        else:
            events.append(_cleaned_event(checked))
    running = db.execute_sql("SELECT 1 FROM meta WHERE key = ?", (RUNNING_KEY,)).fetchone()
    return OtherDesk(str(event[0]), people, events, running is not None, aside)


def _checked(
    uuid: object, kind: object, desk: object, at: object, ticket: object, data: object
) -> DeskEvent | Rejected:
    """The other file's event through the same schema as a hub's (`core.event_schema`)."""
    try:
        instant = m.parse_instant(at) if isinstance(at, str) else None
        parsed = json.loads(data) if isinstance(data, str) else None
    except ValueError:
        return Rejected("its time or its data cannot be read")
    size = len(data.encode()) if isinstance(data, str) else 0
    return check(uuid, kind, desk, instant, ticket, parsed, size)


def merge(repo: Repository, source: Path, allow_other_event: bool = False) -> MergeReport:
    path = locate(source)
    if path.resolve() == repo.path.resolve():
        raise MergeRefused("That is this desk's own database.")
    event = repo.require_event()
    # Looked at first: reading the file may leave an empty journal beside it.
    journal_left_behind = not path.with_name(path.name + "-wal").exists()
    other = read_other(path)
    if other.event_name != event.name:
        if not allow_other_event:
            raise MergeRefused(
                f"{path} belongs to {other.event_name!r}, not {event.name!r}; "
                "use --any-event if that is intended."
            )
        _same_people(repo, other, path)
    # Its list arrives as `other.attendees`; its settings stay its own.
    own_writes = [e for e in other.events if e.kind not in SHARED_KINDS]
    applied = apply_events(repo, own_writes, other.attendees)
    report = _report(str(path), applied)
    report.warnings += other.set_aside
    if other.was_running and journal_left_behind:
        report.warnings.append(
            f"{path} was copied while its desk was running, without its -wal journal: the "
            "check-ins it made last may be missing. Copy the whole home folder, or make a "
            "one-file copy with `checkin snapshot --out FILE` at that desk."
        )
    report.double_admissions = _double_admissions(repo)
    with repo.db.atomic("IMMEDIATE"):
        repo.audit("merge", detail=report.to_dict())
    return report


def _same_people(repo: Repository, other: OtherDesk, path: Path) -> None:
    """Another event's file may only be merged when its tickets are this list's tickets: the
    same code must mean the same person, or its check-ins would land on strangers."""
    here = {a.code: fold(a.full_name) for a in repo.attendees()}
    differ = [a for a in other.attendees if a.code in here and here[a.code] != fold(a.full_name)]
    if differ:
        raise MergeRefused(
            f"{path} belongs to {other.event_name!r} and its list does not match this one: "
            f"{len(differ)} of its tickets name other people here; nothing was merged."
        )


def _report(source: str, applied: ApplyReport) -> MergeReport:
    return MergeReport(
        source=source,
        attendees_added=applied.attendees_added + applied.walk_ins,
        checkins_added=applied.checkins,
        undos_applied=applied.undos,
        already_known=applied.known_checkins,
        badge_names=applied.badge_names,
        badge_prints=applied.badge_prints,
        waiting=applied.orphans,
    )


def _double_admissions(repo: Repository) -> list[str]:
    """People with two live entries on one day and no exit between: admitted at two desks
    while the desks could not see each other. Reported so an organizer can look, never undone."""
    counts: Counter[tuple[int, object]] = Counter()
    inside: dict[tuple[int, object], bool] = {}
    for c in repo.checkins():
        if c.undone:
            continue
        key = (c.attendee_id, c.day)
        if c.direction is Direction.IN:
            if inside.get(key):
                counts[key] += 1
            inside[key] = True
        else:
            inside[key] = False
    names = []
    for attendee_id, _day in sorted(counts, key=lambda k: (str(k[1]), k[0])):
        attendee = repo.attendee(attendee_id)
        names.append(attendee.display_name if attendee else f"attendee {attendee_id}")
    return names


def describe(report: MergeReport) -> str:
    lines = [
        f"Merged {report.source}: {report.checkins_added} check-ins added, "
        f"{report.attendees_added} attendees added, {report.undos_applied} undos applied, "
        f"{report.already_known} check-ins already here."
    ]
    if report.badge_names or report.badge_prints:
        lines.append(
            f"Also {report.badge_names} badge-name corrections and "
            f"{report.badge_prints} printed badges."
        )
    lines += [f"Warning: {warning}" for warning in report.warnings]
    if report.double_admissions:
        lines.append(
            "Admitted at two desks on the same day (look at these): "
            + ", ".join(report.double_admissions)
        )
    return "\n".join(lines)


def report_json(report: MergeReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
