"""Every write of a desk is an event in its log: in order, with a uuid, the desk, the UTC time and
a "not yet sent" mark; an older database gets its log derived from its tables; another desk's
events apply once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from checkin.core.desk_events import EventKind
from checkin.core.entities import Direction
from checkin.db import event_log
from checkin.db.event_apply import apply_events
from checkin.db.migrations import STEPS, _statements
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.operations import DeskOperations, WalkInDetails
from tests.fakes import FixedClock, integrity_ok, meetup, person


def test_each_write_is_one_event_in_the_order_made(repo: Repository, clock: FixedClock) -> None:
    repo.add_attendees([person("T1"), person("T2", "Jürgen", "Müller")])
    ops = DeskOperations(repo)
    admitted = ops.scan("T1").verdict
    clock.advance(seconds=10)
    ops.scan("T1", direction=Direction.OUT)
    clock.advance(seconds=10)
    assert ops.undo_latest("T1").done
    walk_in = ops.register_walk_in(WalkInDetails("Ada", "Lovelace", "", "", "Operator"))
    ops.rename(walk_in, "Countess Ada")
    log = PrintLog(repo)
    job = log.enqueue(walk_in.id or 0, "a6", "desk-printer")
    log.begin_send(job.id)
    log.sent(job.id, "cups-1")
    log.done(job.id)

    events = event_log.events()
    assert [e.kind for e in events] == [
        EventKind.CHECKIN, EventKind.CHECKIN, EventKind.UNDO,
        EventKind.WALK_IN, EventKind.BADGE_NAME, EventKind.BADGE_PRINT,
    ]  # fmt: skip
    assert admitted.checkin is not None and events[0].uuid == admitted.checkin.uuid
    assert events[2].data == {"movement": events[1].uuid}  # the exit, not the admission
    assert events[3].ticket == walk_in.code and events[3].data["last_name"] == "Lovelace"
    assert events[4].data == {"name": "Countess Ada"}
    assert events[5].data == {"template": "a6", "printer": "desk-printer", "reprint": False}
    assert {e.desk for e in events} == {"A"} and len({e.uuid for e in events}) == 6
    assert all(e.made_here and not e.sent for e in events)
    assert event_log.unsent_count(repo.db) == 6
    with repo.db.atomic():
        assert event_log.mark_sent([e.uuid for e in events[:4]], clock()) == 4
    assert [e.kind for e in event_log.events(unsent_only=True)] == [
        EventKind.BADGE_NAME, EventKind.BADGE_PRINT,
    ]  # fmt: skip


def test_a_refused_scan_writes_no_event(repo: Repository) -> None:
    repo.add_attendees([person("T1")])
    assert not DeskOperations(repo).scan("NOPE").verdict.accepted
    assert event_log.events() == []


def test_another_desks_events_apply_once_in_its_order(tmp_path: Path, clock: FixedClock) -> None:
    with Repository(tmp_path / "a.sqlite3", clock=clock, desk="A") as mine:
        mine.save_event(meetup())
        mine.add_attendees([person("T1"), person("T2")])
        ops = DeskOperations(mine)
        ops.scan("T1")
        walk_in = ops.register_walk_in(WalkInDetails("Ada", "Lovelace", "", "", "Operator"))
        ops.scan(walk_in.code)
        theirs = event_log.events()

    with Repository(tmp_path / "b.sqlite3", clock=clock, desk="B") as other:
        other.save_event(meetup())
        other.add_attendees([person("T1"), person("T2")])
        first = apply_events(other, theirs)
        assert (first.applied, first.walk_ins, first.checkins, first.orphans) == (3, 1, 2, 0)
        again = apply_events(other, theirs)
        assert (again.applied, again.known) == (0, 3)
        assert other.on_site(clock().date()) == 2
        received = event_log.events()
        assert [e.uuid for e in received] == [e.uuid for e in theirs]
        assert not any(e.made_here for e in received)  # never sent on as this desk's own
        assert event_log.unsent_count(other.db) == 0


def test_an_older_database_gets_its_log_from_its_tables(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:  # a desk from before the event log (schema 3)
        for step in STEPS[:3]:
            assert isinstance(step, str)
            for statement in _statements(step):
                old.execute(statement)
        old.execute("PRAGMA user_version = 3")
        old.execute("INSERT INTO event (name, secret) VALUES ('Old Meetup', 's')")
        old.execute(
            "INSERT INTO attendee (code, code_folded, first_name, source, badge_name, updated_at)"
            " VALUES ('W1', 'w1', 'Walk', 'walk-in', 'Walker', '2016-02-15T08:00:00.000000+00:00')"
        )
        old.execute(
            "INSERT INTO checkin (uuid, attendee_id, direction, day, at, desk, undone_at) VALUES "
            "('c-1', 1, 'in', '2016-02-15', '2016-02-15T09:00:00.000000+00:00', 'North', "
            "'2016-02-15T09:01:00.000000+00:00')"
        )
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())
    with Repository(path, clock=clock) as upgraded:
        assert integrity_ok(upgraded)
        kinds = [(e.kind, e.ticket) for e in event_log.events()]
        uuids = [e.uuid for e in event_log.events()]
    with Repository(copy, clock=clock):
        assert [e.uuid for e in event_log.events()] == uuids  # the same file, the same events
    assert kinds == [
        (EventKind.WALK_IN, "W1"), (EventKind.BADGE_NAME, "W1"),
        (EventKind.CHECKIN, "W1"), (EventKind.UNDO, "W1"),
    ]  # fmt: skip
    assert uuids[2] == "c-1"
