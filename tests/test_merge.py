"""Two desks that could not see each other: merging one's history into the other adds up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.demo import demo_attendees, demo_event
from checkin.paths import database_path
from tests.cli import checkin


def demo_desk(home: Path) -> list[str]:
    """A desk on the demo event; returns codes valid every day (the demo's codes are seeded, so
    every desk has the same ones)."""
    assert checkin("demo", "--no-gui", home=home).code == 0
    people = demo_attendees(demo_event(date.today()))
    return [a.code for a in people if not a.cancelled and not a.days]


def test_merging_another_desk_adds_its_history_once(tmp_path: Path) -> None:
    north, south = tmp_path / "north", tmp_path / "south"
    codes = demo_desk(north)
    demo_desk(south)
    x, y, z, w = codes[:4]
    assert checkin("scan", x, "--desk", "North", home=north).code == 0
    assert checkin("scan", z, "--desk", "North", home=north).code == 0
    assert checkin("scan", y, "--desk", "South", home=south).code == 0
    assert checkin("scan", z, "--desk", "South", home=south).code == 0  # South cannot know
    assert checkin("scan", w, "--desk", "South", home=south).code == 0
    assert checkin("undo", w, "--desk", "South", home=south).code == 0
    with Repository(database_path(south), desk="South") as repo:
        walk_in = repo.add_attendee(
            Attendee(code="CK-WALKIN1-ABCDEF", first_name="Walk", last_name="Ïn", source="desk")
        )
        assert repo.decide_and_record(walk_in.code).accepted

    merged = checkin("merge", str(south), "--json", home=north)
    assert merged.code == 0, merged.err
    report = merged.json()
    assert report["checkins_added"] == 4  # y, z, w (undone), the walk-in
    assert report["attendees_added"] == 1
    assert len(report["double_admissions"]) == 1

    status = checkin("status", "--json", home=north).json()
    assert status["on_site"] == 4  # x, y, z (once), the walk-in; w's admission was undone
    found = checkin("find", "walk in", "--json", home=north).json()
    assert found and found[0]["code"] == "CK-WALKIN1-ABCDEF"

    again = checkin("merge", str(database_path(south)), "--json", home=north).json()
    assert again["checkins_added"] == 0 and again["attendees_added"] == 0
    assert again["already_known"] == 4
    assert checkin("status", "--json", home=north).json() == status


def test_an_undo_made_after_a_merge_travels_too(tmp_path: Path) -> None:
    north, south = tmp_path / "north", tmp_path / "south"
    codes = demo_desk(north)
    demo_desk(south)
    assert checkin("scan", codes[0], home=south).code == 0
    checkin("merge", str(south), home=north)
    assert checkin("status", "--json", home=north).json()["on_site"] == 1
    assert checkin("undo", codes[0], home=south).code == 0
    report = checkin("merge", str(south), "--json", home=north).json()
    assert report["undos_applied"] == 1
    assert checkin("status", "--json", home=north).json()["on_site"] == 0


def test_what_cannot_be_merged_is_refused_in_one_sentence(tmp_path: Path) -> None:
    north, other = tmp_path / "north", tmp_path / "other"
    demo_desk(north)
    assert checkin("event", "--name", "Another Meetup", home=other).code == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    for source, words in (
        (other, "belongs to 'Another Meetup'"),
        (north, "this desk's own database"),
        (junk, "is not a desk database"),
        (tmp_path / "missing", "There is no desk database"),
    ):
        result = checkin("merge", str(source), home=north)
        assert result.code == 2, (source, result.out)
        assert words in result.err and "Traceback" not in result.err
    assert checkin("merge", str(other), "--any-event", home=north).code == 0


def test_merged_both_ways_two_desks_flag_the_same_double_admission(tmp_path: Path) -> None:
    """Each desk admitted the same ticket while apart; after merging in both directions both
    name the same admission as the second one (the later by admission time), not each the
    other desk's."""
    north, south = tmp_path / "north", tmp_path / "south"
    code = demo_desk(north)[0]
    demo_desk(south)
    assert checkin("scan", code, "--desk", "North", home=north).code == 0
    assert checkin("scan", code, "--desk", "South", home=south).code == 0  # later, apart
    assert checkin("merge", str(south), home=north).code == 0
    assert checkin("merge", str(north), home=south).code == 0
    at_north = checkin("status", "--json", home=north).json()["conflicts"]
    at_south = checkin("status", "--json", home=south).json()["conflicts"]
    assert len(at_north) == 1
    assert at_north == at_south
    assert at_north[0]["desk"] == "South" and at_north[0]["first_desk"] == "North"
