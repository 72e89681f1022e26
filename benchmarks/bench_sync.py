"""Attendee-list sync speed: an Eventbrite export of 10,000 rows (goal: import ≤ 1.5 s, re-sync
≤ 1 s) and of 50,000 rows (must work), beside a plain `csv` + sqlite3 `executemany` baseline
measured in the same run on the same file.

    PYTHONPATH=. python benchmarks/bench_sync.py
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from checkin.core.entities import Event
from checkin.core.ticket_codes import new_event_secret
from checkin.db.repository import Repository
from checkin.sync import run_sync

HEADER = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
          "Attendee #", "Barcode #", "Buyer Last Name", "Buyer First Name", "Buyer Email",
          "Attendee Status", "Company", "Job Title", "Dietary requirements",
          "Accessibility needs"]  # fmt: skip
FIRST = ["Zoë", "Łukasz", "Søren", "Íñigo", "Hélène", "Jürgen", "Çağrı", "Amelia", "Priya", "Wei"]
LAST = ["Ødegård", "Wójcik", "Dvořák", "Ó Súilleabháin", "Müller", "Nguyen", "van den Berg"]
DIET = ["", "", "", "vegetarian", "vegan", "gluten-free", "nut allergy"]


def export(path: Path, rows: int, seed: int = 1, changed: float = 0.0) -> None:
    """An Eventbrite attendee report; `changed` re-words that share of rows (a later export)."""
    rng = random.Random(seed)
    edit = random.Random(seed + 1)
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(HEADER)
    for n in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        diet = rng.choice(DIET)
        status = "Refunded" if n % 97 == 0 else "Attending"
        if edit.random() < changed:
            diet = "changed: " + diet
        order = 100000000 + n // 2
        email, attendee = f"p{n}@example.org", 700000 + n
        out.writerow([order, "2016-01-12 10:01:22", first, last, email, 2, "Operator", attendee,
                      f"{order}{attendee}001", last, first, email, status, "Kestrel Networks",
                      "SRE", diet, ""])  # fmt: skip
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def checkin_sync(folder: Path, path: Path, later: Path) -> tuple[float, float, float]:
    with Repository(folder / "checkin.sqlite3", desk="bench") as repo:
        repo.save_event(Event(name="Bench", secret=new_event_secret()))
        imported = timed(lambda: run_sync(repo, str(path), name="eventbrite"))
        again = timed(lambda: run_sync(repo, str(path), name="eventbrite"))
        changed = timed(lambda: run_sync(repo, str(later), name="eventbrite"))
    return imported, again, changed


_BASELINE_SCHEMA = """CREATE TABLE attendee (id INTEGER PRIMARY KEY, code TEXT UNIQUE,
    source_id TEXT, first_name TEXT, last_name TEXT, email TEXT, company TEXT, ticket_type TEXT,
    dietary TEXT, accessibility TEXT, status TEXT)"""
_COLUMNS = ("Barcode #", "Attendee #", "First Name", "Last Name", "Email", "Company",
            "Ticket Type", "Dietary requirements", "Accessibility needs",
            "Attendee Status")  # fmt: skip


def baseline(folder: Path, path: Path) -> tuple[float, float]:
    """The least a sync can do: csv.DictReader, then one executemany in one transaction; a
    re-sync reads the file and the table and compares them in a dict."""
    db = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA synchronous=full")
    db.execute(_BASELINE_SCHEMA)

    def read() -> list[tuple[str, ...]]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [tuple(r[c] for c in _COLUMNS) for r in csv.DictReader(handle)]

    def load() -> None:
        rows = read()
        db.execute("BEGIN IMMEDIATE")
        db.executemany(f"INSERT INTO attendee VALUES (NULL, {', '.join('?' * 10)})", rows)
        db.execute("COMMIT")

    def compare() -> None:
        rows = {r[1]: r for r in read()}
        stored = {r[2]: r[1:] for r in db.execute("SELECT * FROM attendee")}
        assert not [k for k, values in rows.items() if stored.get(k) != values]

    imported, again = timed(load), timed(compare)
    db.close()
    return imported, again


def main() -> None:
    print(f"{'rows':>7}  {'step':<26} {'checkin':>9} {'baseline':>9}  goal")
    for rows in (10_000, 50_000):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            path, later = folder / "report.csv", folder / "report-later.csv"
            export(path, rows)
            export(later, rows, changed=0.05)
            imported, again, changed = checkin_sync(folder, path, later)
            base_import, base_again = baseline(folder, path)
        goals = ("≤ 1.5 s", "≤ 1 s", "") if rows == 10_000 else ("works", "works", "")
        print(f"{rows:>7}  {'import':<26} {imported:>8.2f}s {base_import:>8.2f}s  {goals[0]}")
        print(
            f"{rows:>7}  {'re-sync, unchanged':<26} {again:>8.2f}s {base_again:>8.2f}s  {goals[1]}"
        )
        print(f"{rows:>7}  {'re-sync, 5% changed':<26} {changed:>8.2f}s {'':>9}")


if __name__ == "__main__":
    main()
