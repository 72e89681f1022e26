"""Writing what a platform pull brings besides the attendee rows, in the pull's own transaction.

The event's days, time zone and name follow the platform (unless the organizer set the days by
hand with `checkin event --days`), each change a line of the sync report; the tickets' products
and payment, the connected list's rules, the signing keys and revoked secrets are stored for the
door (`checkin.db.platform_facts`); other devices' check-ins become movements
(`checkin.db.platform_checkins`). A ticket admitted offline by its signature before the pull knew
it is given its platform identity first, so the pull updates it instead of adding it again.
"""

from __future__ import annotations

from datetime import date

from checkin.db import platform_checkins, platform_facts
from checkin.db.repository import Repository
from checkin.sync.model import SyncReport
from checkin.sync.platform_model import COLUMNS, Pull

# The identity a ticket admitted offline by its signature has until a pull names it.
SIGNED_PREFIX = "signed:"

_ID, _CODE = COLUMNS.index("id"), COLUMNS.index("code")


def adopt_signed(repo: Repository, source: str, pull: Pull) -> int:
    """Give tickets admitted offline by signature their platform identity, before the sync
    compares the list; returns how many were found."""
    waiting = dict(
        repo.db.execute_sql(
            "SELECT code, id FROM attendee WHERE source = ? AND source_id LIKE ?",
            (source, SIGNED_PREFIX + "%"),
        ).fetchall()
    )
    if not waiting:
        return 0
    found = 0
    with repo.db.atomic("IMMEDIATE"):
        for cells in pull.rows:
            attendee_id = waiting.get(cells[_CODE])
            if attendee_id is not None and cells[_ID]:
                repo.db.execute_sql(
                    "UPDATE attendee SET source_id = ? WHERE id = ?", (cells[_ID], attendee_id)
                )
                found += 1
    return found


def write_extras(
    repo: Repository, source: str, platform: str, pull: Pull, report: SyncReport
) -> None:
    """Call inside the pull's transaction, once the attendee rows are written."""
    db = repo.db
    _follow_event(repo, platform, pull, report)
    # With no row of the pull left unchanged, every ticket's row was just written (and marked
    # for the hub with it).
    written = report.unchanged == 0 and not report.rejected
    platform_facts.save_tickets(db, source, pull.tickets, pull.complete, rows_written=written)
    if pull.rules is not None or pull.keys:
        platform_facts.save_list(db, source, pull.rules, pull.keys, pull.products)
    platform_facts.save_revoked(db, source, pull.revoked)
    annulled = 0
    if pull.states_checkins:
        listed: dict[str, set[str]] = {}
        for checkin in pull.checkins:
            listed.setdefault(checkin.ticket_id, set()).add(checkin.remote_id)
        stated = {cells[_ID] for cells in pull.rows}
        annulled = platform_checkins.reverse_annulled(repo, source, platform, stated, listed)
    remote = platform_checkins.record(repo, source, platform, pull.checkins)
    report.from_platform = {"added": remote.added, "known": remote.known, "own": remote.own,
                            "annulled": annulled}  # fmt: skip
    if annulled:
        many = annulled != 1
        report.notes.append(
            f"{annulled} check-in{'s' if many else ''} pulled before {'were' if many else 'was'} "
            f"annulled on {platform}: taken back at the desk."
        )
    if remote.added:
        report.notes.append(
            f"{remote.added} check-in{'s' if remote.added != 1 else ''} made by {platform}'s "
            "own scanners came in: those tickets count as admitted."
        )
    report.without_name = list(pull.unnamed)
    report.notes.extend(pull.notes)


def _follow_event(repo: Repository, platform: str, pull: Pull, report: SyncReport) -> None:
    facts, event = pull.facts, repo.event()
    if facts is None or event is None:
        return
    changes: dict[str, object] = {}
    lines = []
    first = bool(report.created_event)
    by_hand = platform_facts.days_by_hand(repo.db)
    if facts.timezone and facts.timezone != event.timezone and not by_hand:
        changes["timezone"] = facts.timezone
        lines.append(f"time zone {facts.timezone}")
    days = facts.days
    if days and days != event.days:
        if by_hand:
            report.notes.append(
                f"{platform} gives the event's days as {_days(days)}; the desk keeps "
                f"{_days(event.days)}, set with `checkin event --days`."
            )
        else:
            changes["days"] = days
            lines.append(f"days {_days(days)}" + ("" if first else f" (were {_days(event.days)})"))
    if facts.name and facts.name != event.name and not first:
        changes["name"] = facts.name
        lines.append(f'name "{facts.name}" (was "{event.name}")')
    if changes:
        repo.save_event(event.with_changes(**changes))
        verb = "The event takes from" if first else "The event follows"
        report.notes.append(f"{verb} {platform}: {'; '.join(lines)}.")


def _days(days: tuple[date, ...]) -> str:
    return ", ".join(d.isoformat() for d in days) or "none"
