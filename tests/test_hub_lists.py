"""The attendee list between desks of a hub travels as what changed: a re-sync at one desk sends
the people it changed, not the list again; badge names corrected at a desk stay; a desk that
joins late gets the whole list; the desks' logs keep no copies; a round with nothing new takes
no write lock; applying a large list goes in short transactions, a scan made meanwhile waits for
one of them at most; and every write wakes the link. Real PostgreSQL."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from checkin.db.connection import DeskDatabase
from checkin.db.repository import Repository
from checkin.hub import address, config, rounds
from checkin.hub import link as link_module
from checkin.hub.link import HubLink
from checkin.hub.rounds import sync_round
from checkin.operations import DeskOperations
from checkin.paths import database_path
from tests.cli import checkin
from tests.hub_support import Server, codes, hub_count, joined_desk
from tests.test_hub_faults import wait_for

pytestmark = pytest.mark.slow

HEADER = "First name,Last name,Email,Ticket code,Ticket type,Company\n"


def listing(path: Path, people: range, company: dict[int, str] | None = None) -> Path:
    rows = [
        f"Person,Number {n},p{n}@example.org,T-{n:05d},Operator,{(company or {}).get(n, 'ACME')}"
        for n in people
    ]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def people_sent(url: str, after: int = 0) -> int:
    """How many people the hub's list events past `after` carry."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT COALESCE(SUM(jsonb_array_length(data->'attendees')), 0), "
            "COALESCE(MAX(seq), 0) FROM checkin_hub.event "
            "WHERE kind = 'attendee_list' AND seq > %s",
            (after,),
        ).fetchone()
    assert row is not None
    return int(str(row[0]))


def last_seq(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM checkin_hub.event").fetchone()
    return int(str(row[0])) if row else 0


def attendee(home: Path, code: str) -> tuple[str, str, str]:
    with sqlite3.connect(database_path(home)) as db:
        row = db.execute(
            "SELECT badge_name, company, status FROM attendee WHERE code = ?", (code,)
        ).fetchone()
    return (str(row[0]), str(row[1]), str(row[2]))


def test_a_list_change_travels_as_the_people_it_changed(hub_server: Server, tmp_path: Path):
    url = hub_server.new_database()
    organizer = tmp_path / "O"
    first = listing(tmp_path / "first.csv", range(1, 301))
    assert checkin("sync", str(first), home=organizer).code == 0
    assert checkin("hub", "join", url, "--desk", "O", home=organizer).code == 0
    assert people_sent(url) == 300  # the first time, everyone (in small events)
    b = joined_desk(tmp_path, "B", url)
    with Repository(database_path(b), desk="B") as repo:  # B corrects one badge name
        person = repo.attendee_by_code("T-00007")
        assert person is not None
        DeskOperations(repo).rename(person, "Sev")
        joined = config.load(b)
        assert joined is not None
        with address.connect(joined.connection) as conn:
            sync_round(conn, repo)
    before = last_seq(url)
    # The organizer re-syncs: 20 new, 5 gone, one person's company changed.
    second = listing(first, range(6, 321), company={7: "Initech"})  # the same source again
    assert checkin("sync", str(second), home=organizer).code == 0
    assert checkin("hub", "sync", home=organizer).code == 0
    assert people_sent(url, before) == 20 + 5 + 1
    assert checkin("hub", "sync", home=b).code == 0
    assert attendee(b, "T-00007") == ("Sev", "Initech", "active")  # B's correction stays
    assert attendee(b, "T-00001")[2] == "cancelled"
    assert attendee(b, "T-00320")[2] == "active"
    assert checkin("hub", "sync", home=organizer).code == 0
    assert people_sent(url, before) == 26  # nothing sent back and forth
    late = joined_desk(tmp_path, "Late", url)  # the whole list, once
    status = checkin("status", "--json", home=late).json()
    assert status["registered"] == 315 and status["cancelled"] == 5
    for home in (organizer, b, late):  # no copies of the list in any desk's log
        with sqlite3.connect(database_path(home)) as db:
            kept = db.execute(
                "SELECT COUNT(*) FROM desk_event WHERE kind = 'attendee_list' "
                'AND data NOT LIKE \'{"attendees": [], "count": %\''
            ).fetchone()[0]
        assert kept == 0


def test_a_round_with_nothing_new_takes_no_write_lock(hub_server: Server, tmp_path: Path):
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    joined = config.load(a)
    assert joined is not None
    with (
        Repository(database_path(a), desk="A") as repo,
        address.connect(joined.connection) as conn,
    ):
        sync_round(conn, repo)
        writer = sqlite3.connect(database_path(a), isolation_level=None, timeout=0)
        writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            report = sync_round(conn, repo)  # would wait for the lock, then fail
        finally:
            writer.execute("ROLLBACK")
            writer.close()
    assert report.pushed == report.applied == 0


def test_a_large_list_is_applied_in_short_transactions(
    hub_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    url = hub_server.new_database()
    organizer = tmp_path / "O"
    assert (
        checkin("sync", str(listing(tmp_path / "l.csv", range(1, 2001))), home=organizer).code == 0
    )
    assert checkin("hub", "join", url, "--desk", "O", home=organizer).code == 0
    sizes: list[int] = []
    real = rounds.apply_events

    def counted(repo: Repository, events: list[Any], *args: object) -> object:
        sizes.append(sum(max(1, len(e.data.get("attendees", []))) for e in events))
        return real(repo, events, *args)

    monkeypatch.setattr(rounds, "apply_events", counted)
    home = tmp_path / "B"
    with Repository(database_path(home), desk="B") as repo:
        with address.connect(url) as conn:
            sync_round(conn, repo, batches=None)
        assert len(repo.attendees()) == 2000
    # Each transaction applies about 100 people's rows: a scan waits for one at most.
    assert len(sizes) >= 20 and max(sizes) <= rounds.APPLY_CHUNK


def test_the_live_link_sends_a_write_made_by_any_front_end_at_once(
    hub_server: Server, tmp_path: Path
):
    """No nudge and a poll far away: a `checkin scan` in another process on the same home (as
    the terminal desk or a command writes) wakes the link, which pushes it."""
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    joined = config.load(a)
    assert joined is not None
    code = codes(a, 1)[0]
    connected: list[bool] = []
    repo = Repository(database_path(a), desk="A")
    link = HubLink(repo, joined.connection, lambda s: connected.append(s.connected),
                   poll_seconds=3600).start()  # fmt: skip
    try:
        wait_for(lambda: bool(connected) and connected[-1])
        with sqlite3.connect(database_path(a)) as db:  # a write the link did not make itself
            db.execute(
                "INSERT INTO desk_event (uuid, kind, desk, at, ticket, data) VALUES "
                "('from-another-front-end', 'checkin', 'A', ?, ?, ?)",
                ("2026-02-15T09:00:00.000000+00:00", code,
                 '{"direction": "in", "day": "2026-02-15"}'),
            )  # fmt: skip
        wait_for(lambda: hub_count(url, "uuid = 'from-another-front-end'") == 1)
    finally:
        assert link.stop()
        repo.close()


def test_a_write_in_the_same_program_wakes_the_link_without_polling(
    hub_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The window and the terminal desk write in the link's own program: their commit rings the
    waiting link (no poll, no look at SQLite's data_version for an hour), which pushes it."""
    monkeypatch.setattr(link_module, "TICK", 3600.0)
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    joined = config.load(a)
    assert joined is not None
    code = codes(a, 1)[0]
    connected: list[bool] = []
    repo = Repository(database_path(a), desk="A")
    link = HubLink(repo, joined.connection, lambda s: connected.append(s.connected),
                   poll_seconds=3600).start()  # fmt: skip
    try:
        wait_for(lambda: bool(connected) and connected[-1])
        made = DeskOperations(repo).scan(code, badge=False).verdict.checkin
        assert made is not None
        wait_for(lambda: hub_count(url, f"uuid = '{made.uuid}'") == 1)
    finally:
        assert link.stop()
        repo.close()


def test_a_scan_during_a_large_apply_is_admitted_promptly(hub_server: Server, tmp_path: Path):
    """A desk takes in a 3,000-person list while a volunteer scans there: the scan gets the write
    lock after the applying transaction that held it, not after the whole list — counted in its
    attempts at SQLite's write lock and in the transactions it waited for, never timed."""
    url = hub_server.new_database()
    organizer = tmp_path / "O"
    people = listing(tmp_path / "l.csv", range(1, 3001))
    assert checkin("sync", str(people), home=organizer).code == 0
    assert checkin("hub", "join", url, "--desk", "O", home=organizer).code == 0
    repo = Repository(database_path(tmp_path / "B"), desk="B")
    db = repo.db
    assert isinstance(db, DeskDatabase)
    applying: list[int] = []  # the round's commits, counted on its own thread
    at_scan: list[int] = []  # how many there were when the scan committed
    started, going = threading.Event(), threading.Event()

    def committed() -> None:
        if threading.current_thread() is worker:
            applying.append(1)
            if len(applying) == 3:  # the event and a few hundred people are in
                started.set()
        elif going.is_set():
            at_scan.append(len(applying))

    def apply_list() -> None:
        try:
            with address.connect(url) as conn:
                sync_round(conn, repo, batches=None)
        finally:
            repo.db.close()

    worker = threading.Thread(target=apply_list)
    db.add_commit_listener(committed)
    worker.start()
    try:
        assert started.wait(60)
        code = db.execute_sql("SELECT code FROM attendee ORDER BY id LIMIT 1").fetchone()[0]
        before = db.lock_waits()
        before_scan = len(applying)
        going.set()
        verdict = DeskOperations(repo).scan(code, badge=False).verdict
        waits = db.lock_waits()
    finally:
        worker.join()
        db.remove_commit_listener(committed)
    assert verdict.checkin is not None, verdict.message
    assert len(repo.attendees()) == 3000
    repo.close()
    # The scan waited for one applying transaction at most, a few short attempts at the lock,
    # while the list went on being applied after it.
    assert at_scan and at_scan[0] - before_scan <= 1
    assert waits.writes > before.writes
    assert waits.attempts - before.attempts <= 25
    assert len(applying) > at_scan[0] + 10
