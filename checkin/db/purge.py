"""After the event: remove personal data, keep the anonymous counts (GDPR storage limitation).

Removed: names, badge names, e-mails, companies, notes, access needs, the ticketing platform's ids
and the ticket codes (a code leads back to a person in the ticketing system), scanner nonces, the
free-text details of the audit trail, and the same in the desk's event log (walk-in details,
badge names, codes). Kept: ticket types, valid days, cancellations, every
check-in event (time, day, direction, desk) and dietary answers reduced to their groups — so
headcount, per-day, per-type and catering counts come out exactly as before. A dietary answer
that was not recognised becomes "Other (answer removed)": still counted, no longer readable.

The old bytes must not linger: secure_delete overwrites freed space, the WAL is checkpointed
and truncated, and the file is vacuumed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from checkin.core.catering import is_grouped, requirements
from checkin.db.models import AttendeeRow, AuditRow, CheckInRow
from checkin.db.repository import Repository

log = logging.getLogger("checkin.db")

REMOVED_ANSWER = "Other (answer removed)"
PURGED_CODE_PREFIX = "purged-"


@dataclass(frozen=True)
class PurgeResult:
    attendees: int
    audit_rows: int


def anonymous_dietary(answer: str) -> str:
    labels = requirements(answer)
    if not labels:
        return ""
    if all(is_grouped(label) for label in labels):
        return ", ".join(labels)
    return REMOVED_ANSWER


def purge_personal_data(repo: Repository) -> PurgeResult:
    db = repo.db
    db.execute_sql("PRAGMA secure_delete = ON")
    with db.atomic("IMMEDIATE"):
        rows: list[tuple[int, str, str]] = db.execute_sql(
            "SELECT id, dietary, code FROM attendee"
        ).fetchall()
        for attendee_id, dietary, old_code in rows:
            code = f"{PURGED_CODE_PREFIX}{attendee_id}"
            db.execute_sql("UPDATE desk_event SET ticket = ? WHERE ticket = ?", (code, old_code))
            AttendeeRow.update(
                code=code,
                code_folded=code,
                source_id="",
                first_name="",
                last_name="",
                badge_name="",
                email="",
                company="",
                accessibility="",
                notes="",
                dietary=anonymous_dietary(dietary),
            ).where(AttendeeRow.id == attendee_id).execute()
        CheckInRow.update(nonce=None).execute()
        # The event log keeps what happened, not who: names and scanner nonces go, and so do
        # the codes of events about tickets this home never listed.
        db.execute_sql("UPDATE desk_event SET data = '{}' WHERE kind IN ('walk_in', 'badge_name')")
        db.execute_sql("UPDATE desk_event SET data = json_remove(data, '$.nonce')")
        db.execute_sql(
            f"UPDATE desk_event SET ticket = '{PURGED_CODE_PREFIX}' || seq "
            f"WHERE ticket NOT LIKE '{PURGED_CODE_PREFIX}%'"
        )
        # Audit details hold scanned codes and attendee fields; the event's own row holds none.
        audit_rows = AuditRow.update(detail="{}").where(AuditRow.action != "event").execute()
        repo.bump_revision()
        repo.audit("purge", detail={"attendees": len(rows)})
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("VACUUM")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("purged personal data of %d attendees", len(rows))
    return PurgeResult(attendees=len(rows), audit_rows=int(audit_rows))
