"""The database side of a ticketing platform's API: the pull cursor and the push log.

`platform_cursor` says where the next incremental pull starts; it is written in the pull's own
transaction, so a refused pull moves neither the list nor the cursor. `platform_push` is keyed by
the desk's check-in uuid: a check-in is in it once it was handed to the platform ('sending' is
written and committed before the request, so a check-in whose answer was lost is known to be
uncertain), and it says what came of the check-in and of its undo.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from checkin.db import mapping as m
from checkin.db.repository import Repository


@dataclass(frozen=True)
class PlatformState:
    source: str
    cursor: str
    pulled_at: datetime
    pushed_at: datetime | None


@dataclass(frozen=True)
class Pending:
    """A check-in (or the undo of one sent before) that the platform has not been told of."""

    uuid: str
    code: str
    ticket_id: str
    direction: str
    at: datetime
    undone_at: datetime | None
    state: str | None  # None: never handed over; 'sending': handed over, answer lost; 'sent'
    remote_id: str
    made_here: bool = True  # False: another desk's, merged or received from the venue hub
    override: bool = False  # admitted by an organizer's override

    @property
    def undo(self) -> bool:
        return self.state == "sent"


def state(repo: Repository, source: str) -> PlatformState | None:
    found = repo.db.execute_sql(
        "SELECT source, cursor, pulled_at, pushed_at FROM platform_cursor WHERE source = ?",
        (source,),
    ).fetchone()
    if found is None:
        return None
    pulled = m.parse_instant(found[2])
    assert pulled is not None
    return PlatformState(found[0], found[1], pulled, m.parse_instant(found[3]))


def save_cursor(repo: Repository, source: str, cursor: str, when: datetime) -> None:
    """Call inside the pull's transaction."""
    repo.db.execute_sql(
        "INSERT INTO platform_cursor (source, cursor, pulled_at) VALUES (?, ?, ?) "
        "ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, "
        "pulled_at = excluded.pulled_at",
        (source, cursor, m.instant_text(when)),
    )


_PENDING = """
SELECT c.uuid, a.code, a.source_id, c.direction, c.at, c.undone_at, p.state, p.remote_id,
    COALESCE(e.made_here, 1), c.override
FROM checkin c JOIN attendee a ON a.id = c.attendee_id
LEFT JOIN platform_push p ON p.checkin_uuid = c.uuid
LEFT JOIN desk_event e ON e.uuid = c.uuid
WHERE a.source = ? AND json_extract(COALESCE(e.data, '{}'), '$.platform_checkin') IS NULL
AND (
    ((p.checkin_uuid IS NULL OR p.state = 'sending') AND (? OR c.direction = 'in'))
    OR (p.state = 'sent' AND c.undone_at IS NOT NULL AND p.undo_state IS NULL)
)
ORDER BY c.at, c.id
"""


def pending(repo: Repository, source: str, with_exits: bool) -> list[Pending]:
    """What to send, oldest first: new check-ins (exits only where the platform has them), and
    undos of check-ins the platform accepted — this desk's and the other desks' alike (a check-in
    made at a desk without the platform connection reaches the platform through one with it)."""
    cursor = repo.db.execute_sql(_PENDING, (source, 1 if with_exits else 0))
    out = []
    for uuid, code, ticket, direction, at, undone_at, push_state, remote, here, over in cursor:
        when = m.parse_instant(at)
        assert when is not None
        undone = m.parse_instant(undone_at)
        out.append(
            Pending(
                uuid,
                code,
                ticket,
                direction,
                when,
                undone,
                push_state,
                remote or "",
                bool(here),
                bool(over),
            )
        )
    return out


def mark(repo: Repository, source: str, uuid: str, state: str, when: datetime,
         remote_id: str = "", message: str = "") -> None:  # fmt: skip
    """Record a check-in's hand-over ('sending', 'sent', 'refused' or 'withdrawn'); committed."""
    with repo.db.atomic():
        repo.db.execute_sql(
            "INSERT INTO platform_push (checkin_uuid, source, state, remote_id, message, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (checkin_uuid) DO UPDATE SET "
            "state = excluded.state, remote_id = excluded.remote_id, "
            "message = excluded.message, sent_at = excluded.sent_at",
            (uuid, source, state, remote_id, message, m.instant_text(when)),
        )


def mark_undo(repo: Repository, uuid: str, state: str, when: datetime, message: str = "") -> None:
    with repo.db.atomic():
        repo.db.execute_sql(
            "UPDATE platform_push SET undo_state = ?, undo_message = ?, undone_sent_at = ? "
            "WHERE checkin_uuid = ?",
            (state, message, m.instant_text(when), uuid),
        )


def mark_pushed(repo: Repository, source: str, when: datetime) -> None:
    with repo.db.atomic():
        repo.db.execute_sql(
            "INSERT INTO platform_cursor (source, cursor, pulled_at, pushed_at) "
            "VALUES (?, '', ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET pushed_at = excluded.pushed_at",
            (source, m.instant_text(when), m.instant_text(when)),
        )


def counts(repo: Repository, source: str) -> dict[str, int]:
    """Check-ins by push state for this source; 'unsent' counts those never handed over."""
    # Check-ins pulled from the platform are neither sent nor to send: counted apart.
    rows = repo.db.execute_sql(
        "SELECT CASE WHEN json_extract(COALESCE(e.data, '{}'), '$.platform_checkin') IS NOT NULL "
        "THEN 'from_platform' ELSE COALESCE(p.state, 'unsent') END "
        "FROM checkin c JOIN attendee a ON a.id = c.attendee_id "
        "LEFT JOIN platform_push p ON p.checkin_uuid = c.uuid "
        "LEFT JOIN desk_event e ON e.uuid = c.uuid WHERE a.source = ?",
        (source,),
    ).fetchall()
    return dict(Counter(state for (state,) in rows))


def refusals(repo: Repository, source: str) -> list[dict[str, str]]:
    """Every check-in (or undo) the platform refused, with its own reason: oldest first."""
    rows = repo.db.execute_sql(
        "SELECT c.uuid, a.code, a.first_name, a.last_name, a.badge_name, c.at, "
        "p.state, p.message, p.undo_state, p.undo_message FROM platform_push p "
        "JOIN checkin c ON c.uuid = p.checkin_uuid JOIN attendee a ON a.id = c.attendee_id "
        "WHERE p.source = ? AND (p.state = 'refused' OR p.undo_state = 'refused') "
        "ORDER BY c.at, c.id",
        (source,),
    ).fetchall()
    out = []
    for uuid, code, first, last, badge, at, state, message, undo_state, undo_message in rows:
        name = badge or " ".join(part for part in (first, last) if part) or code
        undo = undo_state == "refused"
        out.append({
            "checkin": uuid, "code": code, "name": name, "at": at,
            "what": "undo" if undo and state != "refused" else "check-in",
            "reason": (message if state == "refused" else undo_message) or "",
        })  # fmt: skip
    return out
