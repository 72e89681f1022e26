"""A desk working off junk from its hub while it scans: `python -m benchmarks hub_junk`.

A hostile or buggy desk floods the hub with 50,000 check-ins for tickets nobody holds (each
fits its schema, so the desk must take them in and keep them waiting). The desk's live hub link
works them off in the background while the volunteer scans at the door, in the same process,
as the window runs them. Printed, from one run on one PostgreSQL:

- scan-to-verdict (`DeskOperations.scan`) p50/p95/max at the desk idle (link connected, nothing
  to pull) beside the same desk while its link works off the flood (goal: p95 ≤ 1.5× idle);
- how long the link took to work the flood off;
- the peak memory (tracemalloc) of one round: with nothing new, with 5,000 and with 50,000 junk
  check-ins waiting on the hub, and with one 200,000-person list of ~60 MB (goal: bounded,
  independent of the junk's size — a round takes one budgeted batch, and an oversized row is
  set aside without being read).
"""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import psycopg

from benchmarks.bench_hub import _checkin, _stats, _valid_codes
from benchmarks.hub_cluster import bench_cluster
from checkin.core.entities import Direction
from checkin.db import hub_backlog
from checkin.db.repository import Repository
from checkin.hub import address, config
from checkin.hub.link import HubLink, LinkStatus
from checkin.hub.rounds import sync_round
from checkin.operations import DeskOperations
from checkin.paths import database_path

JUNK = 50_000
SCAN_GAP = 0.05  # 20 scans a second: a busy door, and many samples while the flood lasts


def flood(url: str, n: int, first: int = 1) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
            "SELECT gen_random_uuid()::text, 'checkin', 'Junk', now(), 'NOBODY-' || g, "
            "jsonb_build_object('direction', 'in', 'day', now()::date::text) "
            "FROM generate_series(%s::int, %s::int) g",
            (first, first + n - 1),
        )


def huge_list(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
            "SELECT gen_random_uuid()::text, 'attendee_list', 'Junk', now(), '', "
            "jsonb_build_object('attendees', jsonb_agg(jsonb_build_object('code', 'J' || g, "
            "'first_name', repeat('n', 200), 'last_name', 'Junk'))) "
            "FROM generate_series(1, 200000) g"
        )


def scans(ops: DeskOperations, codes: list[str], until: Callable[[int], bool]) -> list[float]:
    times: list[float] = []
    inside: set[str] = set()
    i = 0
    while not until(i):
        code = codes[i % len(codes)]
        start = time.perf_counter()
        ops.scan(code, direction=Direction.OUT if code in inside else Direction.IN, badge=False)
        times.append(time.perf_counter() - start)
        inside ^= {code}
        i += 1
        time.sleep(SCAN_GAP)
    return times


def while_flooded(url: str, work: Path) -> tuple[list[float], list[float], float]:
    home = work / "door"
    _checkin("demo", "--no-gui", home=home)
    _checkin("hub", "join", url, "--desk", "Door", home=home)
    joined = config.load(home)
    assert joined is not None
    codes = _valid_codes(home)[:60]
    connected = threading.Event()

    def status(state: LinkStatus) -> None:
        if state.connected:
            connected.set()

    with Repository(database_path(home), desk="Door") as repo:
        link = HubLink(repo, joined.connection, status, poll_seconds=0.5).start()
        try:
            connected.wait(30)
            ops = DeskOperations(repo)
            idle = scans(ops, codes, lambda i: i >= 200)
            flood(url, JUNK)
            link.nudge()
            start = time.perf_counter()
            done: list[float] = []

            def worked_off(i: int) -> bool:
                if not done and hub_backlog.waiting_count(repo) >= JUNK:
                    done.append(time.perf_counter() - start)
                return bool(done) and i >= 100

            busy = scans(ops, codes, worked_off)
        finally:
            link.stop()
    return idle, busy, done[0]


def round_peak(url: str, work: Path, name: str) -> float:
    """MB at most allocated during one round of a desk that joined before the junk arrived."""
    home = work / name
    with Repository(database_path(home), desk=name) as repo:
        joined = config.load(home)
        assert joined is not None
        with address.connect(joined.connection) as conn:
            tracemalloc.start()
            try:
                sync_round(conn, repo)
                return tracemalloc.get_traced_memory()[1] / 1e6
            finally:
                tracemalloc.stop()


def main() -> None:
    with bench_cluster("checkin-bench-junk-") as (work, hub):
        idle, busy, worked = while_flooded(hub("flooded"), work)
        peaks = []
        for label, load in (("nothing new", None), ("5,000 junk", 5_000), ("50,000 junk", JUNK),
                            ("a 200,000-person list", -1)):  # fmt: skip
            url = hub(f"peak{len(peaks)}")
            name = f"M{len(peaks)}"
            _checkin("demo", "--no-gui", home=work / name)
            _checkin("hub", "join", url, "--desk", name, home=work / name)
            if load == -1:
                huge_list(url)
            elif load:
                flood(url, load)
            peaks.append((label, round_peak(url, work, name)))
    print("a desk working off 50,000 junk events while it scans       p50 ms   p95 ms   max ms")
    print(f"scan-to-verdict, the same desk idle ({len(idle)})                {_stats(idle)}")
    print(f"scan-to-verdict while its link works off the flood ({len(busy)}) {_stats(busy)}")
    ratio = _p95(busy) / _p95(idle)
    print(
        f"p95 ratio flooded / idle: {ratio:.2f}× (goal ≤ 1.5×); flood worked off in {worked:.1f} s"
    )
    print("peak memory of one round (tracemalloc), by what waits on the hub:")
    for label, mb in peaks:
        print(f"  {label:<24} {mb:7.1f} MB")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
