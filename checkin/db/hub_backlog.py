"""What a desk pulled from its hub and has not applied: events waiting for what they are about,
and events set aside because they do not fit (tables made by `checkin.db.hub_tables`).

Waiting events are looked at again only when something they could need arrives — an attendee
with their ticket code, a movement they take back — through indexed lookups, so fifty thousand
check-ins for tickets nobody has cost a round nothing. Set-aside events are kept with their
reason for the organizer; the ones of a kind a later release knows (`later`) are offered again
to every release until one applies them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.db import mapping as m
from checkin.db.repository import Repository

CHUNK = 500  # SQLite's bound parameters per statement stay well below its limit


@dataclass(frozen=True)
class AsideSummary:
    """One set-aside event as the organizer sees it."""

    desk: str
    app_version: str
    kind: str
    reason: str
    later: bool
    count: int  # events from that desk set aside for that reason

    def sentence(self) -> str:
        n = self.count
        what = f"{n} event{'s' if n != 1 else ''} from desk {self.desk}"
        if self.later:
            version = f"checkin {self.app_version}" if self.app_version else "a newer release"
            verb = "were" if n != 1 else "was"
            return (
                f"{what} of a kind this release does not know ({self.kind[:40]!r}, made by "
                f"{version}) {verb} kept for a later release."
            )
        return f"{what} {'were' if n != 1 else 'was'} set aside: {self.reason}."


def keep_waiting(repo: Repository, items: Iterable[tuple[int, DeskEvent]]) -> None:
    """Call inside the applying transaction."""
    rows = [
        (seq, e.uuid, e.kind.value, e.desk, m.instant_text(e.at), e.ticket,
         str(e.data["movement"]) if e.kind is EventKind.UNDO else None,
         json.dumps(e.data, ensure_ascii=False))
        for seq, e in items
    ]  # fmt: skip
    repo.db.connection().executemany(
        "INSERT OR IGNORE INTO hub_waiting (hub_seq, uuid, kind, desk, at, ticket, movement, "
        "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def ready(
    repo: Repository, tickets: Collection[str], movements: Collection[str]
) -> list[tuple[int, DeskEvent]]:
    """Waiting events that the given new tickets or movements may let apply, in hub order."""
    found: dict[int, DeskEvent] = {}
    for column, values, extra in (
        ("ticket", list(tickets), "AND movement IS NULL"),
        ("movement", list(movements), ""),
    ):
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            cursor = repo.db.execute_sql(
                "SELECT hub_seq, uuid, kind, desk, at, ticket, data FROM hub_waiting "
                f"WHERE {column} IN ({marks}) {extra}",
                chunk,
            )
            for seq, uuid, kind, desk, at, ticket, data in cursor.fetchall():
                instant = m.parse_instant(at)
                assert instant is not None
                found[int(seq)] = DeskEvent(uuid, EventKind(kind), desk, instant, ticket,
                                            json.loads(data), made_here=False)  # fmt: skip
    return sorted(found.items())


def done_waiting(repo: Repository, seqs: Iterable[int]) -> None:
    repo.db.connection().executemany(
        "DELETE FROM hub_waiting WHERE hub_seq = ?", [(seq,) for seq in seqs]
    )


def waiting_count(repo: Repository) -> int:
    return int(repo.db.execute_sql("SELECT COUNT(*) FROM hub_waiting").fetchone()[0])


# A row set aside: (hub_seq, uuid, kind, desk, app_version, reason, later, the row as pulled —
# kept only for `later`, so a release that knows its kind can check it again).
Aside = tuple[int, str, str, str, str, str, bool, dict[str, Any] | None]


def set_aside(repo: Repository, items: Iterable[Aside], at: datetime) -> None:
    """Keep rows aside (call inside a transaction)."""
    repo.db.connection().executemany(
        "INSERT OR IGNORE INTO hub_quarantine (hub_seq, uuid, kind, desk, app_version, reason, "
        "later, row, set_aside_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (seq, uuid[:64], kind[:64], desk[:100], version[:40], reason, int(later),
             None if row is None else json.dumps(row, ensure_ascii=False),
             m.instant_text(at))
            for seq, uuid, kind, desk, version, reason, later, row in items
        ],
    )  # fmt: skip


def later_known(repo: Repository) -> list[tuple[int, dict[str, Any]]]:
    """Kept events whose kind this release knows (it was upgraded since): to offer again."""
    kinds = [kind.value for kind in EventKind]
    marks = ",".join("?" * len(kinds))
    cursor = repo.db.execute_sql(
        f"SELECT hub_seq, row FROM hub_quarantine WHERE later = 1 AND kind IN ({marks}) "
        "AND row IS NOT NULL ORDER BY hub_seq",
        kinds,
    )
    return [(int(seq), json.loads(row)) for seq, row in cursor.fetchall()]


def release(repo: Repository, seqs: Iterable[int]) -> None:
    repo.db.connection().executemany(
        "DELETE FROM hub_quarantine WHERE hub_seq = ?", [(seq,) for seq in seqs]
    )


def asides(repo: Repository) -> list[AsideSummary]:
    """What the organizer is told: per desk and reason, newest reason first."""
    cursor = repo.db.execute_sql(
        "SELECT desk, app_version, kind, reason, later FROM hub_quarantine ORDER BY hub_seq DESC"
    )
    counts: Counter[tuple[str, str, str, str, bool]] = Counter()
    for desk, version, kind, reason, later in cursor.fetchall():
        counts[(desk, version if later else "", kind if later else "", reason, bool(later))] += 1
    return [AsideSummary(*key, count=n) for key, n in counts.items()]
