"""Check-ins and exits as the desk records them: a scan decided and written atomically with its
event, one identified movement undone, and the histories the rules read."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from checkin.core.desk_events import EventKind
from checkin.core.entities import CheckIn, Direction
from checkin.core.rules import ScanRequest, decide
from checkin.core.ticket_codes import clean
from checkin.core.verdicts import Outcome, Verdict
from checkin.db import event_log, platform_facts, presence
from checkin.db import mapping as m
from checkin.db.attendee_records import AttendeeRecords
from checkin.db.models import CheckInRow

log = logging.getLogger("checkin.db")


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


class MovementRecords(AttendeeRecords):
    def decide_and_record(
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
            # The connected platform's check-in list decides with the desk (entries only).
            gate = None
            if attendee is not None and direction is Direction.IN:
                gate = platform_facts.gate_for(self.db, attendee.code)
            decision = decide(
                ScanRequest(event, code, attendee, history, self.on_site(today), now, direction,
                            override, gate)
            )  # fmt: skip
            if not decision.accepted:
                self.audit(
                    "refuse",
                    desk=desk,
                    attendee_id=attendee.id if attendee else None,
                    detail={"code": code[:120], "reason": str(decision.code)},
                )
                return Verdict(
                    Outcome.REFUSED,
                    decision.message,
                    code=decision.code,
                    attendee=attendee,
                    facts=decision.facts,
                )
            assert attendee is not None and attendee.id is not None
            checkin = CheckIn(
                uuid=event_log.new_uuid(),
                attendee_id=attendee.id,
                direction=direction,
                day=today,
                at=now,
                desk=desk,
                nonce=nonce,
                override=decision.override_used,
            )
            self._record(checkin, attendee.code)
            action = "override_admit" if decision.override_used else f"check_{direction.value}"
            self.audit(action, desk=desk, attendee_id=attendee.id, detail={"uuid": checkin.uuid})
        log.info("%s %s at %s", decision.outcome, attendee.code, desk)
        return Verdict(
            decision.outcome,
            decision.message,
            attendee=attendee,
            checkin=checkin,
            warnings=decision.warnings,
            warning_codes=decision.warning_codes,
            facts=decision.facts,
        )

    def _record(self, checkin: CheckIn, code: str) -> None:
        CheckInRow.insert(**m.checkin_fields(checkin)).execute()
        data = {
            "direction": checkin.direction.value,
            "day": checkin.day.isoformat(),
            "override": checkin.override,
            "nonce": checkin.nonce,
        }
        event_log.append(
            EventKind.CHECKIN,
            uuid=checkin.uuid,
            desk=checkin.desk,
            at=checkin.at,
            ticket=code,
            data=data,
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

    def undo_movement(self, movement: str, desk: str | None = None) -> CheckIn | None:
        """Mark one identified movement undone (an event in the log); None if it was not live."""
        with self.db.atomic("IMMEDIATE"):
            row = CheckInRow.get_or_none(CheckInRow.uuid == movement)
            if row is None or row.undone_at is not None:
                return None
            undone_at = self.clock()
            CheckInRow.update(undone_at=m.instant_text(undone_at)).where(
                CheckInRow.uuid == movement, CheckInRow.undone_at.is_null()
            ).execute()
            checkin = m.checkin_from_row(row)
            attendee = self.attendee(checkin.attendee_id)
            event_log.append(
                EventKind.UNDO,
                desk=desk or self.desk,
                at=undone_at,
                ticket=attendee.code if attendee else "",
                data={"movement": movement},
            )
            self.audit(
                "undo", desk=desk, attendee_id=checkin.attendee_id, detail={"uuid": movement}
            )
        return replace(checkin, undone_at=undone_at)

    def history(self, attendee_id: int) -> list[CheckIn]:
        cursor = self.db.execute_sql(_history_sql(), (attendee_id,))
        return [m.checkin_from_values(values) for values in cursor.fetchall()]

    def checkins(self, day: date | None = None) -> list[CheckIn]:
        columns = [getattr(CheckInRow, c) for c in m.CHECKIN_COLUMNS]
        query = CheckInRow.select(*columns).order_by(CheckInRow.at, CheckInRow.id)
        if day is not None:
            query = query.where(CheckInRow.day == day.isoformat())
        return [m.checkin_from_values(values) for values in query.tuples()]  # type: ignore[arg-type]

    def on_site(self, day: date) -> int:
        return presence.on_site(self.db, day)

    def inside_among(self, attendee_ids: Iterable[int], day: date) -> set[int]:
        return presence.inside_among(self.db, attendee_ids, day)

    def inside_all(self, day: date) -> set[int]:
        return presence.inside_all(self.db, day)
