"""Carrying a desk to another laptop safely: a one-file snapshot taken while the desk runs, a
warning for a bare copy of a running desk's file, cleaned names, and another event's file only
when its list is this list."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from checkin.core.entities import Attendee
from checkin.db.desk_setup import mark_running
from checkin.db.repository import Repository
from checkin.demo import demo_attendees, demo_event
from checkin.operations import DeskOperations
from checkin.paths import database_path
from tests.cli import checkin


def demo_desk(home: Path) -> list[str]:
    assert checkin("demo", "--no-gui", home=home).code == 0
    people = demo_attendees(demo_event(date.today()))
    return [a.code for a in people if not a.cancelled and not a.days]


def test_a_snapshot_of_a_running_desk_carries_everything_a_bare_copy_warns(
    tmp_path: Path,
) -> None:
    desk, organizer = tmp_path / "desk", tmp_path / "organizer"
    codes = demo_desk(desk)
    demo_desk(organizer)
    bare = tmp_path / "usb" / "checkin.sqlite3"
    bare.parent.mkdir()
    with Repository(database_path(desk), desk="Desk-2") as running:
        mark_running(running, True)  # the desk window is open on this home
        ops = DeskOperations(running)
        for code in codes[:12]:
            assert ops.scan(code).verdict.accepted
        shutil.copyfile(database_path(desk), bare)  # only the main file, as a hasty copy would
        snap = checkin("snapshot", "--out", str(tmp_path / "usb" / "desk-2.sqlite3"), home=desk)
        assert snap.code == 0, snap.err
        assert (
            "Wrote" in snap.out and (tmp_path / "usb" / "desk-2.sqlite3").stat().st_mode & 0o77 == 0
        )

    partial = checkin("merge", str(bare), "--json", home=organizer).json()
    assert partial["warnings"] and "without its -wal journal" in partial["warnings"][0]
    assert partial["checkins_added"] < 12  # what the journal held is not in the bare copy

    whole = checkin("merge", str(tmp_path / "usb" / "desk-2.sqlite3"), "--json", home=organizer)
    assert whole.code == 0, whole.err
    report = whole.json()
    assert report["warnings"] == []
    assert report["checkins_added"] + partial["checkins_added"] == 12
    assert checkin("status", "--json", home=organizer).json()["on_site"] == 12


def test_text_from_another_desks_file_gets_the_importers_cleaning(tmp_path: Path) -> None:
    north, south = tmp_path / "north", tmp_path / "south"
    demo_desk(north)
    demo_desk(south)
    with Repository(database_path(south), desk="South") as repo:
        hostile = repo.add_attendee(
            Attendee(code="CK-HOSTILE-0001", first_name="Eve\x1b[2J\u202e", last_name="Ä\tB\n",
                     company="Evil\x07Corp", source="desk"),
            walk_in=True,
        )  # fmt: skip
        assert repo.decide_and_record(hostile.code).accepted
    assert checkin("merge", str(south), home=north).code == 0
    with Repository(database_path(north)) as repo:
        merged = repo.attendee_by_code("CK-HOSTILE-0001")
    assert merged is not None
    assert (merged.first_name, merged.last_name, merged.company) == ("Eve [2J", "Ä B", "Evil Corp")


def test_another_events_file_merges_only_when_its_tickets_are_these_people(
    tmp_path: Path,
) -> None:
    north, renamed, stranger = tmp_path / "north", tmp_path / "renamed", tmp_path / "stranger"
    codes = demo_desk(north)
    demo_desk(renamed)
    assert checkin("event", "--name", "Ops Meetup (day 2 laptop)", home=renamed).code == 0
    assert checkin("scan", codes[0], home=renamed).code == 0
    assert checkin("merge", str(renamed), "--any-event", home=north).code == 0

    demo_desk(stranger)
    assert checkin("event", "--name", "Another Meetup", home=stranger).code == 0
    with Repository(database_path(stranger)) as repo:
        someone = repo.attendee_by_code(codes[1])
        assert someone is not None
        repo.update_attendee(someone.with_changes(first_name="Mallory", last_name="Other"))
    refused = checkin("merge", str(stranger), "--any-event", home=north)
    assert refused.code == 2
    assert "does not match this one" in refused.err and "1 of its tickets" in refused.err


def test_an_event_that_does_not_fit_is_set_aside_and_the_rest_merged(tmp_path: Path) -> None:
    """A file whose log holds a damaged check-in (a direction that is a number) merges all the
    rest, and the merge names what it set aside."""
    desk, organizer = tmp_path / "desk", tmp_path / "organizer"
    codes = demo_desk(desk)
    demo_desk(organizer)
    with Repository(database_path(desk), desk="Desk-2") as repo:
        ops = DeskOperations(repo)
        for code in codes[:3]:
            assert ops.scan(code, badge=False).verdict.accepted
    with sqlite3.connect(database_path(desk)) as db:
        db.execute(
            "UPDATE desk_event SET data = json_set(data, '$.direction', 7) WHERE seq = "
            "(SELECT MAX(seq) FROM desk_event WHERE kind = 'checkin')"
        )
    merged = checkin("merge", str(desk), "--json", home=organizer)
    assert merged.code == 0, merged.err
    report = merged.json()
    assert report["checkins_added"] == 2
    assert report["warnings"] == [
        "1 event from desk Desk-2 was set aside: its direction 7 is neither 'in' nor 'out'."
    ]
