"""The venue hub: how fast one desk's check-in reaches the others, how fast desks converge after
a partition, and whether a scan's verdict waits for the hub (it must not).

- propagation: 3 desks (3 processes, each with its live hub link) scan 100 times each at a
  steady rate; commit at one desk → applied at each other, p50/p95/max, beside a bare psycopg
  INSERT + NOTIFY → LISTEN round trip on the same server.
- catch-up: 3 desks with 1,000 queued events each meet the hub again: time until all agree.
- the conference case (`benchmarks.hub_conference`): 7,500 attendees, N desk processes
  (CHECKIN_BENCH_DESKS, 5 by default), a 25-row list change every 15 s during steady scanning.
- scan-to-verdict in the desk window (Enter → verdict on the panel, `benchmarks.hub_window`) at a
  lone desk, a joined desk with its live link running, and a joined desk whose hub is
  unreachable, in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from benchmarks.hub_bare_path import bare_path
from benchmarks.hub_cluster import bench_cluster, free_port
from benchmarks.hub_conference import catch_up as conference_catch_up
from benchmarks.hub_conference import conference
from benchmarks.hub_conference_report import print_conference
from benchmarks.hub_window import window_verdicts
from checkin.core.entities import Direction
from checkin.db.repository import Repository
from checkin.hub import address, config
from checkin.hub.rounds import sync_round
from checkin.operations import DeskOperations
from checkin.paths import database_path

ROOT = Path(__file__).resolve().parent.parent
SCANS_PER_DESK = 100
RATE = 4.0  # scans per second per desk: a busy queue at 9:00


def _checkin(*args: str, home: Path) -> None:
    env = {**os.environ, "CHECKIN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "checkin", *args], env=env, check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip


def _stats(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{statistics.median(ms):8.1f} {p95:8.1f} {ms[-1]:8.1f}"


def _valid_codes(home: Path) -> list[str]:
    with Repository(database_path(home)) as repo:
        event = repo.require_event()
        today = event.day_of(repo.clock())
        return [
            a.code for a in repo.attendees() if not a.cancelled and (not a.days or today in a.days)
        ]


def baseline(url: str, n: int = 300) -> list[float]:
    with psycopg.connect(url, autocommit=True) as listener, psycopg.connect(url) as sender:
        sender.execute("CREATE TABLE IF NOT EXISTS bench_rt (id serial PRIMARY KEY, at float8)")
        sender.commit()
        listener.execute("LISTEN bench_rt")
        gaps = []
        for _ in range(n):
            start = time.perf_counter()
            sender.execute("INSERT INTO bench_rt (at) VALUES (%s)", (start,))
            sender.execute("NOTIFY bench_rt")
            sender.commit()
            for _notify in listener.notifies(stop_after=1):
                gaps.append(time.perf_counter() - start)
    return gaps


def propagation(url: str, work: Path) -> list[float]:
    homes = [work / name for name in ("A", "B", "C")]
    _checkin("demo", "--no-gui", home=homes[0])
    for home in homes:
        _checkin("hub", "join", url, "--desk", home.name, home=home)
    codes = _valid_codes(homes[0])
    share = len(codes) // 3
    children = []
    for i, home in enumerate(homes):
        listing = work / f"{home.name}.codes"
        listing.write_text("\n".join(codes[i * share : (i + 1) * share]))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        children.append(subprocess.Popen(
            [sys.executable, "-m", "benchmarks.hub_desk", str(home), str(listing),
             str(SCANS_PER_DESK), str(RATE), str(2 * SCANS_PER_DESK), str(work / f"{home.name}.log")],
            env=env, cwd=ROOT,
        ))  # fmt: skip
    for child in children:
        child.wait()
    made: dict[str, float] = {}
    seen: list[tuple[str, float]] = []
    for home in homes:
        for line in (work / f"{home.name}.log").read_text().split("\n"):
            if line:
                what, uuid, at = line.split()
                if what == "made":
                    made[uuid] = float(at)
                else:
                    seen.append((uuid, float(at)))
    return [at - made[uuid] for uuid, at in seen if uuid in made]


def catch_up(url: str, work: Path, per_desk: int = 1000) -> tuple[float, int]:
    homes = [work / f"P{n}" for n in range(3)]
    _checkin("demo", "--no-gui", home=homes[0])
    for home in homes:
        _checkin("hub", "join", url, "--desk", home.name, home=home)
    codes = _valid_codes(homes[0])[:50]
    for home in homes:  # the partition: each desk admits and lets out, on its own
        with Repository(database_path(home), desk=home.name) as repo:
            ops = DeskOperations(repo)
            inside: set[str] = set()
            for i in range(per_desk):
                code = codes[i % len(codes)]
                ops.scan(
                    code, direction=Direction.OUT if code in inside else Direction.IN, badge=False
                )
                inside ^= {code}
    start = time.perf_counter()
    for home in [*homes, homes[0], homes[1]]:  # the link's rounds, one desk after another
        with Repository(database_path(home), desk=home.name) as repo, address.connect(url) as conn:
            sync_round(conn, repo)
    elapsed = time.perf_counter() - start
    with psycopg.connect(url) as conn:
        total = conn.execute(
            "SELECT COUNT(*) FROM checkin_hub.event WHERE kind = 'checkin'"
        ).fetchone()
    return elapsed, int(str(total[0])) if total else 0


def verdicts(url: str | None, work: Path, label: str, n: int = 100) -> list[float]:
    """Scan-to-verdict in the window of a desk: lone (url None), joined, or joined to a hub
    that cannot be reached (the same hub's URL on a port nobody listens on)."""
    home = work / f"V-{label}"
    _checkin("demo", "--no-gui", home=home)
    if url is not None:
        _checkin("hub", "join", url, "--desk", label, home=home)
        joined = config.load(home)
        assert joined is not None
        if label == "unreachable":
            config.save(home, config.HubConfig(_dead(joined.url), joined.desk))
    return window_verdicts(home, label, _valid_codes(home)[:n])


def _dead(url: str) -> str:
    """The same hub URL on a port nobody listens on."""
    return url.replace(f":{address.where(url).split(':')[1]}/", f":{free_port()}/")


def main() -> None:
    with bench_cluster("checkin-bench-hub-") as (work, hub):
        base = baseline(hub("baseline"))
        spread = propagation(hub("propagation"), work)
        converge, total = catch_up(hub("catchup"), work)
        desks = int(os.environ.get("CHECKIN_BENCH_DESKS", "5"))
        conference_url = hub("conference")
        (work / "logs").mkdir()
        big = conference(conference_url, work, desks)
        path = bare_path(hub("bare_path"), work)
        queued_push, queued_pull = conference_catch_up(conference_url, work)
        lone = verdicts(None, work, "lone")
        up = verdicts(hub("verdicts"), work, "joined")
        down = verdicts(hub("verdicts2"), work, "unreachable")
    print("hub (PostgreSQL on loopback)                        p50 ms   p95 ms   max ms")
    print(f"baseline: psycopg INSERT+NOTIFY → LISTEN (300)    {_stats(base)}")
    print(f"propagation: commit at a desk → applied at another ({len(spread)}) {_stats(spread)}")
    print(f"scan-to-verdict in the window, lone desk         {_stats(lone)}")
    print(f"scan-to-verdict in the window, joined, hub up    {_stats(up)}")
    print(f"scan-to-verdict in the window, hub unreachable   {_stats(down)}")
    print(
        f"catch-up: 3 desks × 1,000 queued events → converged in {converge:.2f} s "
        f"({total} check-ins on the hub)"
    )
    print()
    print_conference(big, base, path, queued_push, queued_pull)
