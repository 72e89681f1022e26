"""How long the dashboard takes to refresh with 10,000 attendees and 20,000 check-in events.

Goal: ≤ 50 ms per refresh. Baselines measured in the same run: a single raw `COUNT(*)` over the
check-ins (the least any refresh can cost) and the reference computation that loads every row
into Python (`core.overview.compute_overview`), which the SQL aggregates replace.

    python benchmarks/bench_dashboard.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.core.entities import Attendee, CheckIn, Direction, Event
from checkin.core.overview import compute_overview
from checkin.db import mapping as m
from checkin.db.models import CheckInRow
from checkin.db.repository import Repository
from checkin.db.stats import OverviewQuery, change_marker, overview
from checkin.operations import DeskOperations

ATTENDEES = 10_000
CHECKINS = 20_000
DAYS = (date(2016, 2, 15), date(2016, 2, 16))
TYPES = ("Operator", "Sponsor", "Moderator", "Organizer")
RUNS = 30


def populate(repo: Repository) -> None:
    rng = random.Random(7)
    repo.save_event(
        Event(name="Bench", timezone="Europe/London", days=DAYS, capacity=9000, secret="s")
    )
    repo.add_attendees(
        Attendee(code=f"B{n:06d}", first_name="Zoë", last_name=f"Ødegård {n}",
                 ticket_type=rng.choice(TYPES), dietary=rng.choice(("", "", "vegan", "halal")),
                 days=() if n % 5 else (DAYS[n % 2],))
        for n in range(ATTENDEES)
    )  # fmt: skip
    # Check-ins go straight into the table: scanning 20,000 tickets one by one would only
    # measure fsync. The mix: entries, some exits and re-entries, a few undone.
    rows = []
    while len(rows) < CHECKINS:
        day = DAYS[len(rows) % 2]
        attendee = rng.randrange(1, ATTENDEES + 1)
        start = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
        at = start + timedelta(minutes=rng.gauss(75, 40) % 600, seconds=rng.random() * 60)
        moves = [Direction.IN] + ([Direction.OUT, Direction.IN] if rng.random() < 0.2 else [])
        for step, direction in enumerate(moves):
            rows.append(
                m.checkin_fields(
                    CheckIn(uuid=str(uuid.uuid4()), attendee_id=attendee, direction=direction,
                            day=day, at=at + timedelta(hours=step), desk="A",
                            undone_at=at if rng.random() < 0.02 else None)
                )
            )  # fmt: skip
    with repo.db.atomic():
        for start in range(0, CHECKINS, 500):
            CheckInRow.insert_many(rows[start : min(start + 500, CHECKINS)]).execute()


def timed(
    action: Callable[[], object],
    runs: int = RUNS,
    before: Callable[[], object] = lambda: None,
) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        before()  # not timed: e.g. a desk admitting someone
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from checkin.ui.dashboard import DashboardWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        clock_now = datetime(2016, 2, 16, 12, 0, tzinfo=UTC)
        repo = Repository(Path(folder) / "bench.sqlite3", clock=lambda: clock_now)
        try:
            populate(repo)
            event = repo.require_event()
            warm = OverviewQuery(repo)
            warm.overview()
            codes = iter(f"B{n:06d}" for n in range(ATTENDEES))
            admitted: list[str] = []

            def admit_next() -> None:
                for code in codes:
                    if repo.decide_and_record(code).accepted:
                        admitted.append(code)
                        return

            def undo_last() -> None:
                DeskOperations(repo).undo_latest(admitted.pop())

            window = DashboardWindow(repo)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            results = [
                ("baseline: SELECT COUNT(*) FROM checkin",
                 timed(lambda: repo.db.execute_sql("SELECT COUNT(*) FROM checkin").fetchone())),
                ("change probe (every second)", timed(lambda: change_marker(repo))),
                ("dashboard figures, cold (reads attendees)", timed(lambda: overview(repo))),
                ("dashboard figures, live, after a check-in",
                 timed(warm.overview, before=admit_next)),
                ("dashboard refresh incl. widgets, after a check-in",
                 timed(window.refresh, before=admit_next)),
                ("dashboard refresh incl. widgets, after an undo",
                 timed(window.refresh, before=undo_last)),
                ("baseline: load all rows + core compute",
                 timed(lambda: compute_overview(event, repo.attendees(), repo.checkins(),
                                                DAYS[1]), runs=5)),
            ]  # fmt: skip
            window.close()
        finally:
            repo.close()
    print(f"Dashboard refresh, {ATTENDEES:,} attendees / {CHECKINS:,} check-in events")
    print(f"{'measure':<50} {'median ms':>10} {'max ms':>10}")
    for name, (median, worst) in results:
        print(f"{name:<50} {median:>10.2f} {worst:>10.2f}")
    goal = dict(results)["dashboard refresh incl. widgets, after a check-in"][0]
    print(f"goal ≤ 50 ms per refresh: {'met' if goal <= 50 else 'NOT met'} ({goal:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
