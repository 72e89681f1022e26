"""After the event: remove personal data, keep the anonymous counts (GDPR storage limitation).

Removed: names, badge names, e-mails, companies, notes, access needs, the ticketing platform's ids
and the ticket codes (a code leads back to a person in the ticketing system), scanner nonces, the
free-text details of the audit trail, and the same in the desk's event log (walk-in details,
badge names, codes). Kept: ticket types, valid days, cancellations, every
check-in event (time, day, direction, desk) and dietary answers reduced to their groups — so
headcount, per-day, per-type and catering counts come out exactly as before. A dietary answer
that was not recognised becomes "Other (answer removed)": still counted, no longer readable.

The old bytes must not linger: secure_delete overwrites freed space, the WAL is checkpointed
and truncated, and the file is vacuumed. Another program reading the database (a desk, the
dashboard) pins the old pages until it lets go: then the purge says it could not finish and why,
and running it again once that program is closed completes it. Badge PDFs the desk saved into the
home and files it left half-written there are removed too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from checkin.core.catering import is_grouped, requirements
from checkin.db.connection import checkpoint_truncate, is_busy
from checkin.db.models import AttendeeRow, AuditRow, CheckInRow
from checkin.db.repository import Repository

log = logging.getLogger("checkin.db")

REMOVED_ANSWER = "Other (answer removed)"
PURGED_CODE_PREFIX = "purged-"


LEFTOVERS = ("*.part", "*.partial")  # half-written exports and badge PDFs
BADGE_CREATOR = b"/Creator (checkin)"  # what the badge renderer writes into every PDF


class PurgeIncomplete(RuntimeError):
    """Personal data could not be removed for good; the message says why, in one sentence."""


@dataclass(frozen=True)
class PurgeResult:
    attendees: int
    audit_rows: int
    files: int = 0  # badge PDFs and leftovers removed from the home


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
        # Print jobs carry the badge's title (a name) and the printer's messages about it; a
        # badge saved as a PDF is logged with the file's name, which is often a person's.
        db.execute_sql("UPDATE print_job SET title = '', message = ''")
        # What the hub link keeps aside holds codes and names too (`hub_tables`); and the purged
        # list is not a change to send to other desks.
        for table in ("hub_waiting", "hub_quarantine", "hub_list_seen", "hub_list_dirty"):
            db.execute_sql(f"DELETE FROM {table}")  # fixed table names
        pdfs = [
            str(row[0]).removeprefix("pdf:")
            for row in db.execute_sql(
                "SELECT DISTINCT printer FROM badge_print WHERE printer LIKE 'pdf:%'"
            ).fetchall()
        ]
        db.execute_sql("UPDATE badge_print SET printer = 'pdf' WHERE printer LIKE 'pdf:%'")
        repo.bump_revision()
        repo.audit("purge", detail={"attendees": len(rows)})
    files = _remove_files(repo.path.parent, pdfs)  # now: their names are no longer on record
    _squeeze(db)
    log.info("purged personal data of %d attendees, %d files", len(rows), files)
    return PurgeResult(attendees=len(rows), audit_rows=int(audit_rows), files=files)


def _squeeze(db: pw.SqliteDatabase) -> None:
    """Overwrite the old bytes: into the file, vacuumed, and out of the journal."""
    if not checkpoint_truncate(db):
        raise PurgeIncomplete(_STILL_READ)
    try:
        db.execute_sql("VACUUM")
    except pw.OperationalError as error:
        if is_busy(error):
            raise PurgeIncomplete(_STILL_READ) from error
        raise
    if not checkpoint_truncate(db):
        raise PurgeIncomplete(_STILL_READ)


_STILL_READ = (
    "The names are blanked, but another program is still reading the database, so old copies "
    "remain in it: close the other desks and dashboards and run `checkin purge --yes` again."
)


def _remove_files(home: Path, pdfs: list[str]) -> int:
    """Badge PDFs the desk saved into the home (logged, or signed with its Creator entry) and the
    half-written files it left there. Anything else in the home is not the desk's to delete."""
    made = [home / name for name in pdfs if name and Path(name).name == name]
    made += [path for path in home.glob("*.pdf") if _made_here(path)]
    made += [path for pattern in LEFTOVERS for path in home.glob(pattern)]
    removed = 0
    for path in dict.fromkeys(made):
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def _made_here(pdf: Path) -> bool:
    try:
        return BADGE_CREATOR in pdf.read_bytes()
    except OSError:
        return False
