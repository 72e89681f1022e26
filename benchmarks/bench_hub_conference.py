"""Only the conference case of `python -m benchmarks hub` (`benchmarks.hub_conference`), with
its baselines (the bare INSERT+NOTIFY round trip, and the bare desk-to-desk path,
`benchmarks.hub_bare_path`): `python -m benchmarks hub_conference` (CHECKIN_BENCH_DESKS desks, 5
by default)."""

from __future__ import annotations

import os

from benchmarks.bench_hub import baseline
from benchmarks.hub_bare_path import bare_path
from benchmarks.hub_cluster import bench_cluster
from benchmarks.hub_conference import catch_up, conference
from benchmarks.hub_conference_report import print_conference


def main() -> None:
    with bench_cluster("checkin-bench-conference-") as (work, hub):
        base = baseline(hub("baseline"))
        path = bare_path(hub("bare_path"), work)
        (work / "logs").mkdir()
        url = hub("conference")
        big = conference(url, work, int(os.environ.get("CHECKIN_BENCH_DESKS", "5")))
        pushed, pulled = catch_up(url, work)
    print_conference(big, base, path, pushed, pulled)
