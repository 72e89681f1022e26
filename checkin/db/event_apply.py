"""Applying events another desk made: the one way a desk takes in someone else's writes.

`checkin merge` feeds it the events read from another desk's file; a venue hub feeds it the
events it pulls. Each event is applied at most once (its uuid is stored with the desk's log in the
same transaction), so a repeated merge or a re-sent batch changes nothing. An event about a ticket
this desk does not know yet, or an undo of a movement it has not seen, is left unapplied and
unstored, so that it applies when it comes again after what it depends on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from checkin.core.desk_events import ApplyReport, DeskEvent, EventKind
from checkin.core.entities import Attendee, CheckIn, Direction
from checkin.core.ticket_codes import UNHEARD_WALK_IN
from checkin.db import event_log, shared_list
from checkin.db import mapping as m
from checkin.db.models import AttendeeRow, BadgePrintRow, CheckInRow
from checkin.db.repository import Repository

log = logging.getLogger("checkin.db")


def _ids_of(repo: Repository, codes: set[str]) -> dict[str, int]:
    """The attendee ids of these codes: only what a batch names is read, so applying a long
    catch-up in short batches does not read the whole list once per batch."""
    ids: dict[str, int] = {}
    wanted = sorted(codes)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT code, id FROM attendee WHERE code IN ({marks})"
        ids.update(repo.db.execute_sql(query, chunk).fetchall())
    return ids


def _codes_named(events: list[DeskEvent], extra: list[Attendee]) -> set[str]:
    codes = {e.ticket for e in events} | {a.code for a in extra}
    for event in events:
        if event.kind is EventKind.ATTENDEE_LIST:
            codes.update(str(p.get("code", "")) for p in event.data.get("attendees", []))
    return codes


# Is this movement recorded here already; is its scanner nonce taken by another one?
_SEEN = (
    "SELECT EXISTS (SELECT 1 FROM checkin WHERE uuid = ?), "
    "EXISTS (SELECT 1 FROM checkin WHERE nonce = ?)"
)
_CHECKIN_KEYS = ("uuid", "attendee", "direction", "day", "at", "desk", "nonce", "undone_at",
                 "override")  # fmt: skip  # `mapping.checkin_fields`' keys; attendee → attendee_id
_INSERT_CHECKIN = (
    "INSERT INTO checkin (uuid, attendee_id, direction, day, at, desk, nonce, undone_at, "
    "override) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Applier:
    def __init__(self, repo: Repository, codes: set[str]) -> None:
        self.repo = repo
        self.ids = _ids_of(repo, codes)
        self.list_changed = False
        self.new_tickets: set[str] = set()
        self.new_movements: set[str] = set()

    def apply(self, event: DeskEvent) -> bool:
        """True when the event was applied (or had nothing left to do); False: not yet."""
        handler = {
            EventKind.CHECKIN: self._checkin,
            EventKind.UNDO: self._undo,
            EventKind.WALK_IN: self._walk_in,
            EventKind.BADGE_NAME: self._badge_name,
            EventKind.BADGE_PRINT: self._badge_print,
            EventKind.EVENT_SETTINGS: self._settings,
            EventKind.ATTENDEE_LIST: self._list,
        }[event.kind]
        return handler(event)

    def _checkin(self, event: DeskEvent) -> bool:
        attendee_id = self.ids.get(event.ticket)
        if attendee_id is None:
            return False
        nonce = event.data.get("nonce")
        # Plain SQL here: every movement another desk makes passes through, and building the
        # queries in peewee cost more than SQLite's work (about a millisecond a check-in).
        recorded, nonce_taken = self.repo.db.execute_sql(_SEEN, (event.uuid, nonce)).fetchone()
        if recorded:
            return True  # recorded before the desk kept a log (an older desk's merge)
        if nonce is not None and nonce_taken:
            nonce = None  # a scanner nonce seen here under another check-in stays with that one
        checkin = CheckIn(
            uuid=event.uuid,
            attendee_id=attendee_id,
            direction=Direction(event.data["direction"]),
            day=date.fromisoformat(event.data["day"]),
            at=event.at,
            desk=event.desk,
            nonce=nonce,
            override=bool(event.data.get("override")),
        )
        fields = m.checkin_fields(checkin)
        self.repo.db.execute_sql(_INSERT_CHECKIN, [fields[key] for key in _CHECKIN_KEYS])
        self.new_movements.add(event.uuid)
        return True

    def _undo(self, event: DeskEvent) -> bool:
        movement = str(event.data["movement"])
        row = CheckInRow.get_or_none(CheckInRow.uuid == movement)
        if row is None:
            return False
        if row.undone_at is None:
            CheckInRow.update(undone_at=m.instant_text(event.at)).where(
                CheckInRow.uuid == movement
            ).execute()
        return True

    def _walk_in(self, event: DeskEvent) -> bool:
        attendee = m.attendee_from_fields(event.ticket, event.data, source="walk-in")
        known = self.ids.get(event.ticket)
        if known is None:
            self.ids[event.ticket] = self.add(attendee)
            return True
        # Admitted here by its code alone before its desk was heard from: the placeholder
        # takes the registration's details (a badge name given here meanwhile stays).
        row = AttendeeRow.get_by_id(known)
        if row.source == "walk-in" and row.notes == UNHEARD_WALK_IN and not row.first_name:
            fields = m.attendee_fields(attendee)
            if row.badge_name:
                fields.pop("badge_name")
            now = m.instant_text(self.repo.clock())
            AttendeeRow.update(**fields, updated_at=now).where(AttendeeRow.id == known).execute()
            self.list_changed = True
        return True

    def add(self, attendee: Attendee) -> int:
        now = m.instant_text(self.repo.clock())
        row_id = int(AttendeeRow.insert(**m.attendee_fields(attendee), updated_at=now).execute())
        self.ids[attendee.code] = row_id
        self.new_tickets.add(attendee.code)
        self.list_changed = True
        return row_id

    def _badge_name(self, event: DeskEvent) -> bool:
        attendee_id = self.ids.get(event.ticket)
        if attendee_id is None:
            return False
        AttendeeRow.update(badge_name=str(event.data.get("name", ""))).where(
            AttendeeRow.id == attendee_id
        ).execute()
        self.list_changed = True
        return True

    def _settings(self, event: DeskEvent) -> bool:
        shared_list.apply_settings(self.repo, event)
        return True

    def _list(self, event: DeskEvent) -> bool:
        added = shared_list.apply_list(self.repo, event, self.ids)
        self.new_tickets.update(a.code for a in added)
        self.list_changed = True
        return True

    def _badge_print(self, event: DeskEvent) -> bool:
        attendee_id = self.ids.get(event.ticket)
        if attendee_id is None:
            return False
        BadgePrintRow.insert(
            attendee=attendee_id,
            at=m.instant_text(event.at),
            desk=event.desk,
            template=str(event.data.get("template", "")),
            printer=str(event.data.get("printer", "")),
            reprint=bool(event.data.get("reprint")),
        ).execute()
        return True


def apply_events(
    repo: Repository, events: Iterable[DeskEvent], extra_attendees: Iterable[Attendee] = ()
) -> ApplyReport:
    """Apply another desk's events in its order, in one transaction. `extra_attendees`: people
    the other desk knows that this one does not (added first, so their events can apply)."""
    report = ApplyReport()
    wanted, extra = list(events), list(extra_attendees)
    with repo.db.atomic("IMMEDIATE"):
        applier = _Applier(repo, _codes_named(wanted, extra))
        for attendee in extra:
            if attendee.code not in applier.ids:
                applier.add(attendee)
                report.attendees_added += 1
        known = event_log.known(e.uuid for e in wanted)
        for event in wanted:
            if event.uuid in known:
                report.known += 1
                report.count_known(event.kind)
                continue
            if not applier.apply(event):
                report.orphans += 1
                report.not_yet.append(event)
                continue
            event_log.store_received(event)
            known.add(event.uuid)
            report.applied += 1
            report.count(event.kind)
        report.new_tickets, report.new_movements = applier.new_tickets, applier.new_movements
        if applier.list_changed:
            repo.bump_revision()  # every desk's search index must notice the new names
    log.info("applied %d events (%d known, %d waiting)", report.applied, report.known,
             report.orphans)  # fmt: skip
    return report
