"""The repository on a real SQLite file: check-ins are append-only events, counts are derived."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from checkin.core.entities import CapacityPolicy, Direction, TicketStatus
from checkin.core.headcount import compute
from checkin.core.verdicts import Outcome, RefusalCode
from checkin.db import stats
from checkin.db.connection import DatabaseInUse
from checkin.db.migrations import LATEST
from checkin.db.models import MODELS
from checkin.db.repository import Repository
from checkin.operations import DeskOperations
from checkin.operations.search_index import SearchCache
from checkin.paths import database_path
from tests.cli import run
from tests.fakes import DAY1, DAY2, FixedClock, audit_log, meetup, person


@pytest.fixture
def people(repo: Repository) -> Repository:
    repo.add_attendees(
        [
            person("T1", "Łukasz", "Wiśniewski", ticket_type="Operator"),
            person("T2", "Zoë", "Ødegård", ticket_type="Sponsor"),
            person("T3", "Tomáš", "Dvořák", ticket_type="Operator", days=(DAY2,)),
        ]
    )
    return repo


def test_the_file_is_durable_and_consistent(repo: Repository) -> None:
    pragma = lambda name: repo.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("user_version") == LATEST


def test_the_migrated_schema_has_every_column_the_models_use(repo: Repository) -> None:
    for model in MODELS:
        table = model._meta.table_name
        columns = {c.name for c in repo.db.get_columns(table)}
        assert {f.column_name for f in model._meta.sorted_fields} <= columns, table


def test_a_newer_schema_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST + 5}")
    with pytest.raises(RuntimeError, match="newer checkin"):
        Repository(path)


def test_only_one_database_per_process(repo: Repository, tmp_path: Path) -> None:
    with pytest.raises(DatabaseInUse):
        Repository(tmp_path / "other.sqlite3")


def test_admission_is_recorded_with_its_audit_row(people: Repository) -> None:
    verdict = people.decide_and_record("T1")
    assert verdict.outcome is Outcome.ADMITTED
    assert verdict.checkin is not None and verdict.checkin.desk == "A"
    assert [c.uuid for c in people.checkins()] == [verdict.checkin.uuid]
    assert audit_log(people)[-1]["action"] == "check_in"
    assert people.on_site(DAY1) == 1


def test_a_second_scan_is_refused_as_already_in(people: Repository, clock: FixedClock) -> None:
    people.decide_and_record("T1")
    clock.advance(minutes=3)
    verdict = people.decide_and_record("t1 ")  # typed by hand: other case, trailing space
    assert verdict.code is RefusalCode.ALREADY_IN
    assert "at desk A" in verdict.message
    assert len(people.checkins()) == 1
    assert audit_log(people)[-1]["detail"]["reason"] == "already_in"


def test_a_repeated_nonce_is_a_no_op(people: Repository, clock: FixedClock) -> None:
    first = people.decide_and_record("T1", nonce="scanner-42")
    clock.advance(seconds=1)
    again = people.decide_and_record("T1", nonce="scanner-42")
    assert again.repeated and again.outcome is Outcome.ADMITTED
    assert again.checkin == first.checkin
    assert len(people.checkins()) == 1


def test_exit_and_re_entry_are_separate_events(people: Repository, clock: FixedClock) -> None:
    people.decide_and_record("T1")
    clock.advance(hours=1)
    assert people.decide_and_record("T1", direction=Direction.OUT).outcome is Outcome.EXITED
    assert people.on_site(DAY1) == 0
    clock.advance(hours=1)
    assert people.decide_and_record("T1").outcome is Outcome.ADMITTED
    assert [c.direction for c in people.checkins()] == [Direction.IN, Direction.OUT, Direction.IN]
    assert stats.headcount(people).per_day[DAY1] == 1  # re-entry counts once


def test_undo_marks_the_event_and_keeps_it(people: Repository, clock: FixedClock) -> None:
    people.decide_and_record("T1")
    clock.advance(seconds=20)
    result = DeskOperations(people).undo_latest("T1")
    assert result.done and result.message == "Undid Łukasz Wiśniewski's admission."
    history = people.checkins()
    assert len(history) == 1 and history[0].undone
    assert people.on_site(DAY1) == 0
    assert not DeskOperations(people).undo_latest("T1").done
    assert people.decide_and_record("T1").outcome is Outcome.ADMITTED


def test_unknown_cancelled_and_wrong_day(people: Repository) -> None:
    assert people.decide_and_record("NOPE").code is RefusalCode.UNKNOWN
    assert people.decide_and_record("T3").code is RefusalCode.NOT_TODAY
    t2 = people.attendee_by_code("T2")
    assert t2 is not None
    people.update_attendee(t2.with_changes(status=TicketStatus.CANCELLED))
    assert people.decide_and_record("T2").code is RefusalCode.CANCELLED


def test_ticket_links_and_lower_cased_app_codes_find_the_ticket(people: Repository) -> None:
    people.add_attendee(person("CK-ABCDEFGH-IJKLMN", "Søren", "Sørensen"))
    people.add_attendee(person("https://odd.example/t/1", "Literal", "Link"))
    found = people.attendee_by_code("https://tickets.example.org/ticket/T2?utm=mail")
    assert found is not None and found.code == "T2"
    assert people.attendee_by_code(" ck-abcdefgh-ijklmn\n").code == "CK-ABCDEFGH-IJKLMN"  # type: ignore[union-attr]
    # A code stored as a link itself still matches exactly.
    assert people.attendee_by_code("https://odd.example/t/1").last_name == "Link"  # type: ignore[union-attr]
    linked = people.decide_and_record("https://tickets.example.org/checkin/T1")
    assert linked.outcome is Outcome.ADMITTED


def test_blocking_capacity_and_a_logged_override(repo: Repository) -> None:
    repo.save_event(meetup(capacity=2, policy=CapacityPolicy.BLOCK))
    repo.add_attendees([person(f"C{n}", f"P{n}", "Q") for n in range(3)])
    assert repo.decide_and_record("C0").accepted and repo.decide_and_record("C1").accepted
    assert repo.decide_and_record("C2").code is RefusalCode.VENUE_FULL
    forced = repo.decide_and_record("C2", override=True)
    assert forced.accepted and forced.checkin is not None and forced.checkin.override
    assert audit_log(repo)[-1]["action"] == "override_admit"


def test_headcount_from_sql_and_from_events_agree(people: Repository, clock: FixedClock) -> None:
    people.decide_and_record("T1")
    people.decide_and_record("T2")
    people.decide_and_record("T2", direction=Direction.OUT)
    clock.advance(days=1)
    people.decide_and_record("T3")
    people.decide_and_record("T1")
    event = people.require_event()
    for day in (DAY1, DAY2):
        derived = compute(event, people.attendees(), people.checkins(), day)
        assert derived.on_site == people.on_site(day)
    count = stats.headcount(people)
    assert count.to_dict()["per_day"] == {"2016-02-15": 2, "2016-02-16": 2}
    assert count.by_ticket_type["Operator"].admitted == 2


def test_search_sees_attendees_added_later(people: Repository) -> None:
    index = SearchCache(people)
    assert [h.attendee.code for h in index.search("lukasz")] == ["T1"]
    people.add_attendee(person("T9", "Łukasz", "Nowak"))  # the list's revision moves
    assert {h.attendee.code for h in index.search("lukasz")} == {"T1", "T9"}


def test_badge_name_correction_is_kept_and_shown(people: Repository) -> None:
    fixed = people.set_badge_name("T2", "Zoë Ø.")
    assert fixed.display_name == "Zoë Ø."
    assert people.decide_and_record("T2").message == "Welcome, Zoë Ø.."


def test_an_event_changed_by_another_desk_is_seen_at_once(
    tmp_path: Path, clock: FixedClock
) -> None:
    """The desk keeps the event between scans; a capacity set elsewhere must still count."""
    home = tmp_path / "home"
    with Repository(database_path(home), clock=clock, desk="A") as desk:
        desk.save_event(meetup(capacity=None))
        desk.add_attendees([person(f"C{n}", f"P{n}", "Q") for n in range(2)])
        assert desk.event() is not None and desk.decide_and_record("C0").accepted
        result = run("event", "--home", str(home), "--capacity", "1", "--policy", "block")
        assert result.returncode == 0, result.stderr
        event = desk.event()
        assert event is not None and event.capacity == 1
        assert desk.decide_and_record("C1").code is RefusalCode.VENUE_FULL
        desk.save_event(event.with_changes(capacity=5))  # and this desk's own change
        assert desk.decide_and_record("C1").accepted
