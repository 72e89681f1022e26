"""Search latency per keystroke at 10,000 attendees: the desk's index, and `checkin find`'s single
query from the stored keys (same hits), beside a plain SQL LIKE.

Goal (issue): p95 ≤ 5 ms. Run: python -m benchmarks.bench_search
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import generated_attendees, p, table, timed
from checkin.core.entities import Event
from checkin.db.repository import Repository
from checkin.operations.search_index import SearchCache
from checkin.operations.stored_search import search_once, store_stale_keys

QUERIES = ["lu", "luk", "lukasz", "muller", "mueller", "obrien", "sorensen", "dvorak",
           "kuznetsova", "lukasz wis", "dovrak", "pennine", "person42", "zh", "van den"]  # fmt: skip
ATTENDEES = 10_000
REPEAT = 30


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(Path(folder) / "bench.sqlite3", desk="bench")
        repo.save_event(Event(name="Bench", secret="s"))
        repo.add_attendees(generated_attendees(ATTENDEES))
        index = SearchCache(repo)
        build = timed(lambda: index.search("warm-up"), 1)[0]
        store = timed(lambda: store_stale_keys(repo), 1)[0]
        ours: list[float] = []
        once: list[float] = []
        like: list[float] = []
        hits = found_once = 0
        for query in QUERIES:
            ours += timed(lambda q=query: index.search(q), REPEAT)
            once += timed(lambda q=query: search_once(repo, q), REPEAT)
            pattern = f"%{query}%"
            sql = (
                "SELECT id FROM attendee WHERE first_name LIKE ? OR last_name LIKE ? "
                "OR email LIKE ? OR company LIKE ? OR code LIKE ? LIMIT 20"
            )
            like += timed(
                lambda pat=pattern, sql=sql: repo.db.execute_sql(sql, (pat,) * 5).fetchall(), REPEAT
            )
            hits += bool(index.search(query))
            found_once += bool(search_once(repo, query))
        repo.close()
    rows = [
        ["checkin search (index, folding, one typo)", p(ours, 50), p(ours, 95), f"{hits}/{len(QUERIES)}"],
        ["checkin find (one query from the stored keys)", p(once, 50), p(once, 95), f"{found_once}/{len(QUERIES)}"],
        ["baseline: SQL LIKE on 5 columns", p(like, 50), p(like, 95), "—"],
    ]  # fmt: skip
    print(table(f"Search at {ATTENDEES:,} attendees ({len(QUERIES)} queries × {REPEAT})",
                ["method", "p50 ms", "p95 ms", "queries answered"], rows))  # fmt: skip
    print(f"\nIndex build (once per attendee-list change): {build:.0f} ms")
    print(f"Storing every attendee's keys (once, after the list arrives): {store:.0f} ms")


if __name__ == "__main__":
    main()
