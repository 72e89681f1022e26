"""The hub's push and pull statements on a real PostgreSQL: idempotent pushes, and a pull cursor
that never steps over an event committed late."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime

import psycopg
import pytest

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.hub import address, exchange
from checkin.hub.errors import HubRefused
from checkin.hub.schema import HUB_SCHEMA, PUSH_LOCK, identify
from tests.hub_support import Server


def event(n: int) -> DeskEvent:
    return DeskEvent(f"uuid-{n}", EventKind.CHECKIN, "A", datetime(2026, 2, 15, 9, n, tzinfo=UTC),
                     f"CODE-{n}", {"direction": "in", "day": "2026-02-15"})  # fmt: skip


def test_a_push_sent_twice_changes_nothing(hub_server: Server):
    url = hub_server.new_database()
    with address.connect(url) as conn:
        first = exchange.push(conn, [event(1), event(2)])
        again = exchange.push(conn, [event(1), event(2)])
        assert first == again and sorted(first.values()) == list(first.values())
        pulled = exchange.pull(conn, 0).rows
    assert [p.uuid for p in pulled] == ["uuid-1", "uuid-2"]
    assert json.loads(pulled[0].data or "") == {"direction": "in", "day": "2026-02-15"}


def test_out_of_order_commits_cannot_hide_an_event_from_a_cursor(hub_server: Server):
    url = hub_server.new_database()
    with address.connect(url) as reader, psycopg.connect(url) as slow:
        # Without the push lock, a sequence hands out numbers at insert: the later insert
        # commits first and a reader at its number would step over the earlier one for good.
        slow.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
            "VALUES ('raw-1', 'checkin', 'A', now(), 'X', '{}')"
        )
        exchange.push(reader, [event(9)])  # takes the lock, not blocked by a lock-less writer
        numbers = [p.seq for p in exchange.pull(reader, 0).rows]
        slow.rollback()
        assert len(numbers) == 1  # the hazard is real: raw-1 holds a lower, unseen number

        # With it: a push waits for the open one; numbers follow commit order.
        slow.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        slow.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
            "VALUES ('slow-1', 'checkin', 'A', now(), 'X', '{}')"
        )
        done: list[dict[str, int]] = []

        def second_push() -> None:
            with address.connect(url) as other:
                done.append(exchange.push(other, [event(10)]))

        pusher = threading.Thread(target=second_push, name="second-push")
        pusher.start()
        try:
            while not reader.execute(
                "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            ).fetchone():
                time.sleep(0.01)
            cursor = max(p.seq for p in exchange.pull(reader, 0).rows)
            assert exchange.pull(reader, cursor).rows == []  # nothing to see while both are open
            slow.commit()
        finally:
            pusher.join()
        later = exchange.pull(reader, cursor).rows
    assert [p.uuid for p in later] == ["slow-1", "uuid-10"]
    assert later[0].seq < later[1].seq


def test_a_hub_of_another_schema_version_is_refused(hub_server: Server):
    url = hub_server.new_database()
    with address.connect(url) as conn:
        conn.execute("UPDATE checkin_hub.hub SET schema_version = %s", (HUB_SCHEMA + 1,))
        with pytest.raises(HubRefused, match="run the same checkin version at every desk"):
            identify(conn)


def test_a_database_that_is_no_hub_is_refused(hub_server: Server):
    url = hub_server.new_database(init=False)
    with address.connect(url) as conn, pytest.raises(HubRefused, match="hub init"):
        identify(conn)
