"""Check-in commit latency: a full scan (decide + record + audit, synchronous=FULL) beside a
bare sqlite3 INSERT + COMMIT with the same durability settings, in the same run.

Goal (issue): a check-in committed in ≤ 10 ms. Run: python -m benchmarks.bench_checkin
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from itertools import count
from pathlib import Path

from benchmarks.common import generated_attendees, p, table, timed
from checkin.core.entities import Event
from checkin.db.repository import Repository

SCANS = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(Path(folder) / "bench.sqlite3", desk="bench")
        repo.save_event(Event(name="Bench", secret="s", capacity=100_000))
        people = generated_attendees(10_000)
        repo.add_attendees(people)
        codes = iter(a.code for a in people)
        ours = timed(lambda: repo.scan(next(codes)), SCANS)
        repo.close()

        with closing(sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)) as raw:
            raw.execute("PRAGMA journal_mode=wal")
            raw.execute("PRAGMA synchronous=full")
            raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT, at TEXT)")
            numbers = count()

            def insert() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO t (uuid, at) VALUES (?, ?)", (str(next(numbers)), "x"))
                raw.execute("COMMIT")

            baseline = timed(insert, SCANS)
    rows = [
        ["checkin scan (lookup, rules, insert, audit, COMMIT)", p(ours, 50), p(ours, 95), max(ours)],
        ["baseline: sqlite3 INSERT + COMMIT, same pragmas", p(baseline, 50), p(baseline, 95), max(baseline)],
    ]  # fmt: skip
    print(table(f"Check-in commit latency, {SCANS} scans at 10,000 attendees",
                ["method", "p50 ms", "p95 ms", "max ms"], rows))  # fmt: skip


if __name__ == "__main__":
    main()
