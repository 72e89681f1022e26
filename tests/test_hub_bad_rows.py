"""Rows a buggy or hostile desk writes straight into the hub's log, two honest desks carrying on:
every bad row is set aside with its reason and reported, and the honest desks keep admitting,
syncing and agreeing. Real PostgreSQL, the real command in child processes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from checkin.core.entities import Event
from checkin.db.repository import Repository
from checkin.paths import database_path
from tests.cli import checkin
from tests.fakes import person
from tests.hub_support import Server, codes, joined_desk

pytestmark = pytest.mark.slow

GOOD_DAY = "now()::date::text"

# name → the VALUES of one row (kind, data) as SQL; `desk` is the bad desk 'X'.
BAD_ROWS = {
    "checkin without direction": ("'checkin'", """'{"day": "2026-02-15"}'"""),
    "checkin with a number for direction": (
        "'checkin'",
        """'{"direction": 7, "day": "2026-02-15"}'""",
    ),
    "checkin whose data is a JSON string": ("'checkin'", "to_jsonb('in'::text)"),
    "settings with a negative capacity": ("'event_settings'", """'{"capacity": -5}'"""),
    "settings in a time zone that does not exist": (
        "'event_settings'",
        """'{"timezone": "Mars/Olympus"}'""",
    ),
    "settings without days": ("'event_settings'", """'{"days": []}'"""),
    "settings with an unknown policy": ("'event_settings'", """'{"policy": "explode"}'"""),
    "settings whose platform list has rules no desk wrote": (
        "'event_settings'",
        """'{"platform_lists": {"pretix:x": {"rules": "{\\"all_products\\": 1}"}}}'""",
    ),
    "settings whose platform list's keys are not texts": (
        "'event_settings'",
        """'{"platform_lists": {"pretix:x": {"rules": "", "keys": [7]}}}'""",
    ),
    "settings bad in every way but the policy": (
        "'event_settings'",
        """'{"capacity": -5, "timezone": "Mars/Olympus", "days": []}'""",
    ),
}


def insert_bad(url: str, kind: str, data: str, ticket: str = "TICKET-1") -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) VALUES "
            f"(gen_random_uuid()::text, {kind}, 'X', now(), %s, {data})",
            (ticket,),
        )


def admitting_and_agreeing(a: Path, b: Path) -> None:
    """Both desks admit, sync and agree; a ticket admitted at one is refused at the other."""
    first, second, third = codes(a, 3)
    for desk, code in ((a, first), (b, second)):
        done = checkin("scan", code, "--no-badge", home=desk)
        assert done.code == 0, done.err
        assert "Traceback" not in done.err
    for desk in (a, b, a):
        synced = checkin("hub", "sync", home=desk)
        assert synced.code == 0, synced.err
    twice = checkin("scan", first, "--no-badge", "--json", home=b)
    assert twice.code == 1 and twice.json()["code"] == "already_in"
    counts = [checkin("status", "--json", home=desk).json() for desk in (a, b)]
    assert counts[0]["on_site"] == counts[1]["on_site"] == 2
    assert counts[0]["capacity"] == counts[1]["capacity"] == 120  # settings untouched
    assert checkin("scan", third, "--no-badge", home=b).code == 0


def reported(home: Path) -> list[dict[str, object]]:
    status = checkin("hub", "status", "--json", home=home)
    assert status.code == 0, status.err
    return list(status.json()["set_aside"])


@pytest.fixture
def hub(hub_server: Server, tmp_path: Path) -> tuple[str, Path, Path]:
    url = hub_server.new_database()
    return url, joined_desk(tmp_path, "A", url, demo=True), joined_desk(tmp_path, "B", url)


@pytest.mark.parametrize("name", list(BAD_ROWS))
def test_a_bad_row_is_set_aside_and_the_desks_carry_on(name: str, hub: tuple[str, Path, Path]):
    url, a, b = hub
    insert_bad(url, *BAD_ROWS[name])
    admitting_and_agreeing(a, b)
    for desk in (a, b):
        aside = reported(desk)
        assert len(aside) == 1 and aside[0]["desk"] == "X" and aside[0]["count"] == 1
        assert str(aside[0]["sentence"]).startswith("1 event from desk X was set aside: ")
        assert checkin("status", home=desk).err == ""  # no damaged settings were stored


def test_an_unknown_kind_is_kept_for_a_later_release(hub: tuple[str, Path, Path]):
    url, a, b = hub
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO checkin_hub.desk (name, app_version) VALUES ('X', '9.0')")
    insert_bad(url, "'seat_upgrade'", '\'{"seat": "A12"}\'')
    admitting_and_agreeing(a, b)
    aside = reported(b)
    assert [(x["later"], x["kind"], x["app_version"]) for x in aside] == [
        (True, "seat_upgrade", "9.0")
    ]
    assert "kept for a later release" in str(aside[0]["sentence"])
    with sqlite3.connect(database_path(b)) as db:  # kept whole, for the release that knows it
        row = db.execute("SELECT row FROM hub_quarantine WHERE later = 1").fetchone()
    assert json.loads(json.loads(row[0])["data"]) == {"seat": "A12"}


def test_a_list_of_200000_people_is_set_aside_unread(hub: tuple[str, Path, Path]):
    url, a, b = hub
    people = (
        "jsonb_build_object('attendees', (SELECT jsonb_agg(jsonb_build_object('code', 'J' || g, "
        "'first_name', repeat('n', 200), 'last_name', 'Junk')) FROM generate_series(1, 200000) g))"
    )
    insert_bad(url, "'attendee_list'", people, ticket="")
    admitting_and_agreeing(a, b)
    aside = reported(a)
    assert len(aside) == 1 and "more than its kind (attendee_list) may carry" in str(
        aside[0]["reason"]
    )
    found = checkin("find", "Junk", "--json", home=b)
    assert found.code == 0 and "J1" not in found.out


def test_check_ins_for_tickets_nobody_has_wait_without_costing_a_round(
    hub: tuple[str, Path, Path],
):
    url, a, b = hub
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
            "SELECT gen_random_uuid()::text, 'checkin', 'X', now(), 'NOBODY-' || g, "
            f"jsonb_build_object('direction', 'in', 'day', {GOOD_DAY}) "
            "FROM generate_series(1, 50000) g"
        )
    admitting_and_agreeing(a, b)
    for desk in (a, b):
        status = checkin("hub", "status", "--json", home=desk).json()
        assert status["waiting_for_people"] == 50000
        assert status["set_aside"] == []


def test_a_waiting_check_in_applies_when_its_person_arrives(hub: tuple[str, Path, Path]):
    url, a, b = hub
    insert_bad(url, "'checkin'", f"jsonb_build_object('direction', 'in', 'day', {GOOD_DAY})",
               ticket="LATE-1")  # fmt: skip
    insert_bad(url, "'walk_in'", "'{\"first_name\": \"Late\", \"last_name\": \"Comer\"}'",
               ticket="LATE-1")  # fmt: skip
    # The walk-in came after the check-in: made by desk X, which these desks may not trust
    # more than any other, but both rows fit their schema, so they apply in that order.
    for desk in (a, b):
        assert checkin("hub", "sync", home=desk).code == 0
        status = checkin("hub", "status", "--json", home=desk).json()
        assert status["waiting_for_people"] == 0
        assert checkin("status", "--json", home=desk).json()["on_site"] == 1


def test_a_desk_holding_bad_settings_says_so_stays_usable_and_is_repaired(
    hub: tuple[str, Path, Path],
):
    _url, a, _b = hub
    with sqlite3.connect(database_path(a)) as db:  # as an older release could have stored them
        db.execute("UPDATE event SET timezone = 'Mars/Olympus', capacity = -5, days = '[]'")
    status = checkin("status", "--json", home=a)
    assert status.code == 0
    assert "event settings are damaged" in status.err
    assert "'Mars/Olympus' is not a time zone" in status.err and "checkin event" in status.err
    scanned = checkin("scan", codes(a, 1)[0], "--no-badge", "--json", home=a)
    assert "Traceback" not in scanned.err and scanned.code in (0, 1)
    today = datetime.now(UTC).date()
    days = f"{today.isoformat()},{(today + timedelta(days=1)).isoformat()}"
    repaired = checkin("event", "--timezone", "Europe/London", "--capacity", "120", "--days",
                       days, home=a)  # fmt: skip
    assert repaired.code == 0, repaired.err
    again = checkin("status", "--json", home=a)
    assert again.err == "" and again.json()["capacity"] == 120


def test_a_kept_event_applies_once_a_release_knows_its_kind(hub: tuple[str, Path, Path]):
    """A row an older release kept for a later one (its kind was new then) is applied by the
    release that knows the kind: here a walk-in kept as if `walk_in` had been unknown."""
    _url, a, _b = hub
    assert checkin("hub", "sync", home=a).code == 0
    row = {
        "uuid": "kept-walk-in", "kind": "walk_in", "desk": "X", "ticket": "KEPT-1",
        "at": "2026-02-15T09:00:00.000000+00:00", "received_at": "2026-02-15T09:00:01.000000+00:00",
        "data": json.dumps({"first_name": "Kept", "last_name": "Forlater"}), "size": 50,
        "app_version": "9.0",
    }  # fmt: skip
    with sqlite3.connect(database_path(a)) as db:
        db.execute(
            "INSERT INTO hub_quarantine (hub_seq, uuid, kind, desk, app_version, reason, later, "
            "row, set_aside_at) VALUES (999999, 'kept-walk-in', 'walk_in', 'X', '9.0', "
            "'its kind is not known to this release', 1, ?, '2026-02-15T09:00:01')",
            (json.dumps(row),),
        )
    assert checkin("hub", "sync", home=a).code == 0
    assert reported(a) == []
    found = checkin("find", "Forlater", "--json", home=a).json()
    assert [hit["code"] for hit in found] == ["KEPT-1"]


def test_an_event_without_days_yet_is_shared_not_set_aside(hub_server: Server, tmp_path: Path):
    """A desk still being set up (a list, no days chosen yet) is a usable event at every desk,
    as it is at its own: its settings are not mistaken for damage."""
    url, organizer = hub_server.new_database(), tmp_path / "O"
    with Repository(database_path(organizer), desk="O") as repo:
        repo.save_event(Event(name="OpenStack Ops", secret="s", capacity=120))
        repo.add_attendees([person(f"OPS-{n}", "Ops", f"Person {n}") for n in range(1, 6)])
    assert checkin("hub", "join", url, "--desk", "O", home=organizer).code == 0
    b = joined_desk(tmp_path, "B", url)
    assert reported(b) == []
    status = checkin("status", "--json", home=b)
    assert status.code == 0, status.err
    assert status.json()["registered"] == 5 and status.json()["capacity"] == 120
