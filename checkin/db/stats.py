"""The dashboard's figures computed with SQL aggregates, and a cheap "has anything changed" probe.

`checkin.core.overview.compute_overview` is the reference: it loads every attendee and check-in.
With 10,000 attendees and 20,000 check-ins that takes too long for a live dashboard, so this
module asks SQLite for the same numbers (a handful of indexed GROUP BY queries) and returns the
same `Overview`. Tests hold the two equal.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from typing import Any

from checkin.core.entities import Event, TicketStatus
from checkin.core.headcount import Headcount, TypeCount
from checkin.core.overview import DayFigures, Overview, day_state
from checkin.db.repository import Repository

_LIVE_IN = "direction = 'in' AND undone_at IS NULL"
_NO_TYPE = "—"  # what core.headcount calls a ticket without a type


def change_marker(repo: Repository) -> tuple[int, int]:
    """Changes whenever anyone commits: `data_version` moves on another connection's commit
    (another desk process), `total_changes` on this connection's own writes. Both are free."""
    version = int(repo.db.execute_sql("PRAGMA data_version").fetchone()[0])
    own = int(repo.db.connection().total_changes)
    return version, own


def overview(repo: Repository) -> Overview:
    event = repo.require_event()
    today = event.day_of(repo.clock())
    per_day = _admitted_per_day(repo)
    figures = tuple(
        _day_figures(repo, event, number, day, today, per_day.get(day, 0))
        for number, day in enumerate(event.days, start=1)
    )
    return Overview(
        headcount=_headcount(repo, event, today, per_day),
        today=today,
        warn_ratio=event.warn_ratio,
        days=figures,
    )


def _rows(repo: Repository, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return list(repo.db.execute_sql(sql, params).fetchall())


def _admitted_per_day(repo: Repository) -> dict[date, int]:
    rows = _rows(
        repo,
        f"SELECT day, COUNT(DISTINCT attendee_id) FROM checkin WHERE {_LIVE_IN} GROUP BY day",
    )
    return {date.fromisoformat(str(day)): int(n) for day, n in rows}


def _headcount(repo: Repository, event: Event, today: date, per_day: dict[date, int]) -> Headcount:
    registered: Counter[str] = Counter()
    cancelled = 0
    for ticket_type, status, n in _rows(
        repo, "SELECT ticket_type, status, COUNT(*) FROM attendee GROUP BY 1, 2"
    ):
        if status == TicketStatus.CANCELLED.value:
            cancelled += int(n)
        else:
            registered[str(ticket_type) or _NO_TYPE] += int(n)
    admitted: Counter[str] = Counter()
    for ticket_type, n in _rows(
        repo,
        "SELECT a.ticket_type, COUNT(*) FROM attendee a WHERE EXISTS (SELECT 1 FROM checkin c "
        "WHERE c.attendee_id = a.id AND c.direction = 'in' AND c.undone_at IS NULL) GROUP BY 1",
    ):
        admitted[str(ticket_type) or _NO_TYPE] += int(n)
    types = sorted(set(registered) | set(admitted))
    days = dict.fromkeys(event.days, 0)
    days.update(per_day)
    return Headcount(
        event=event.name,
        capacity=event.capacity,
        registered=sum(registered.values()),
        cancelled=cancelled,
        on_site=repo.on_site(today),
        checked_in_today=per_day.get(today, 0),
        per_day=days,
        by_ticket_type={t: TypeCount(registered[t], admitted[t]) for t in types},
    )


def _day_figures(
    repo: Repository, event: Event, number: int, day: date, today: date, admitted: int
) -> DayFigures:
    iso = day.isoformat()
    # Ticket days are stored as comma-joined ISO dates ('' = every day); a date is a fixed
    # 10-character token, so a substring test cannot match the wrong day.
    valid, missing = _rows(
        repo,
        "SELECT COUNT(*), COALESCE(SUM(NOT EXISTS (SELECT 1 FROM checkin c "
        "WHERE c.attendee_id = a.id AND c.day = ? AND c.direction = 'in' "
        "AND c.undone_at IS NULL)), 0) FROM attendee a "
        "WHERE a.status = 'active' AND (a.days = '' OR instr(a.days, ?) > 0)",
        (iso, iso),
    )[0]
    return DayFigures(
        day=day,
        number=number,
        state=day_state(day, today),
        valid=int(valid),
        admitted=admitted,
        missing=int(missing),
        arrivals=_arrivals(repo, event, day),
    )


def _arrivals(repo: Repository, event: Event, day: date) -> dict[int, int]:
    """First admission of each person on the day, by 10-minute bucket of venue time. The
    venue's UTC offset is taken at local noon: a clock change happens at night, not at a desk."""
    noon = datetime.combine(day, time(12), tzinfo=event.zone)
    offset = noon.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    rows = _rows(
        repo,
        "SELECT ((CAST(strftime('%s', substr(first, 1, 19)) AS INTEGER) + ?) % 86400) / 600 * 10,"
        f" COUNT(*) FROM (SELECT MIN(at) AS first FROM checkin WHERE day = ? AND {_LIVE_IN} "
        "GROUP BY attendee_id) GROUP BY 1",
        (seconds, day.isoformat()),
    )
    return {int(minute): int(n) for minute, n in rows}
