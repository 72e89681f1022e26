"""A sync adding many attendees marks them once for the hub and for the stored search keys."""

from __future__ import annotations

from pathlib import Path

from checkin.db.bulk_added import MANY
from checkin.db.repository import Repository
from checkin.sync import run_sync
from tests.test_sync_formats import write_csv
from tests.test_sync_resync import HEADER, row

TRIGGERS = {"hub_list_added", "search_stale_insert"}


def marks(repo: Repository) -> tuple[list[str], list[int], set[str]]:
    db = repo.db
    dirty = [c for (c,) in db.execute_sql("SELECT code FROM hub_list_dirty ORDER BY rowid")]
    stale = [i for (i,) in db.execute_sql("SELECT attendee_id FROM search_stale ORDER BY 1")]
    triggers = {n for (n,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    return dirty, stale, triggers


def clear_marks(repo: Repository) -> None:
    repo.db.execute_sql("DELETE FROM hub_list_dirty")
    repo.db.execute_sql("DELETE FROM search_stale")


def test_a_big_sync_marks_what_the_triggers_would_and_keeps_them(
    repo: Repository, tmp_path: Path
) -> None:
    few = [row(n, f"Ana{n}", "Silva") for n in range(1, 11)]
    clear_marks(repo)
    run_sync(repo, str(write_csv(tmp_path / "few.csv", [HEADER, *few])))
    dirty_few, stale_few, _ = marks(repo)  # the triggers, one run per person

    many = [row(n, f"Ana{n}", "Silva") for n in range(11, 11 + MANY + 50)]
    clear_marks(repo)
    run_sync(repo, str(write_csv(tmp_path / "many.csv", [HEADER, *few, *many])))
    dirty, stale, triggers = marks(repo)

    ids_codes = repo.db.execute_sql("SELECT id, code FROM attendee ORDER BY id").fetchall()
    added = [(i, c) for i, c in ids_codes if i > max(stale_few)]
    assert len(added) == len(many)
    assert dirty == [c for _, c in added]  # in id order, as the trigger marks them
    assert stale == [i for i, _ in added]
    assert len(dirty_few) == len(stale_few) == len(few)
    assert triggers >= TRIGGERS  # set aside only inside the sync's transaction

    # and they work again afterwards, one person at a time
    clear_marks(repo)
    one = [row(999, "Late", "Comer")]
    run_sync(repo, str(write_csv(tmp_path / "one.csv", [HEADER, *few, *many, *one])))
    dirty, stale, _ = marks(repo)
    assert len(dirty) == len(stale) == 1
