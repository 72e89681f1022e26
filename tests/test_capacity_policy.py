"""The capacity policy: warn from the threshold, at 100 % warn or block, a logged override, exits
lower the count; and the dashboard's bands change at exactly the same numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.core.capacity import Band, capacity_band, warn_at
from checkin.core.entities import CapacityPolicy, Direction
from checkin.core.verdicts import RefusalCode
from checkin.db import stats
from checkin.db.repository import Repository
from checkin.paths import database_path
from tests.fakes import FixedClock, audit_log, meetup, person


def fill(repo: Repository, clock: FixedClock, count: int, start: int = 0) -> list[tuple[str, ...]]:
    warnings = []
    for n in range(start, start + count):
        clock.advance(seconds=30)
        verdict = repo.decide_and_record(f"T{n:03d}")
        assert verdict.accepted, verdict.message
        warnings.append(verdict.warnings)
    return warnings


@pytest.fixture
def small(repo: Repository) -> Repository:
    repo.save_event(meetup(capacity=10))
    repo.add_attendees(person(f"T{n:03d}", "Guest", str(n)) for n in range(14))
    return repo


def test_warns_from_ninety_percent_and_blocks_at_capacity(
    small: Repository, clock: FixedClock
) -> None:
    small.save_event(meetup(capacity=10, policy=CapacityPolicy.BLOCK))
    warnings = fill(small, clock, 10)
    assert [bool(w) for w in warnings] == [False] * 8 + [True, True]
    assert "9 of 10" in warnings[8][0]
    assert stats.overview(small).band is Band.CRITICAL

    refused = small.decide_and_record("T010")
    assert refused.code is RefusalCode.VENUE_FULL
    admitted = small.decide_and_record("T010", override=True)
    assert admitted.accepted and admitted.checkin is not None and admitted.checkin.override
    assert [e["action"] for e in audit_log(small)].count("override_admit") == 1
    assert small.on_site(clock().date()) == 11

    # Two people leave: the count drops below capacity and the desk admits again.
    for code in ("T000", "T001"):
        assert small.decide_and_record(code, direction=Direction.OUT).accepted
    assert small.decide_and_record("T011").accepted
    assert stats.overview(small).headcount.on_site == 10


def test_warn_policy_admits_past_capacity_with_a_warning(
    small: Repository, clock: FixedClock
) -> None:
    fill(small, clock, 10)
    verdict = small.decide_and_record("T010")
    assert verdict.accepted
    assert "full" in verdict.warnings[0]
    assert stats.overview(small).headcount.on_site == 11


def test_bands_match_the_desk_thresholds() -> None:
    assert [capacity_band(n, 10, 0.9) for n in (0, 8, 9, 10, 12)] == [
        Band.OK, Band.OK, Band.WARN, Band.CRITICAL, Band.CRITICAL,
    ]  # fmt: skip
    assert capacity_band(500, None, 0.9) is Band.NO_LIMIT
    assert warn_at(120, 0.9) == 108
    assert warn_at(10, 0.75) == 8  # 7.5 people: the eighth person is the first warned about
    assert capacity_band(107, 120, 0.9) is Band.OK
    assert capacity_band(108, 120, 0.9) is Band.WARN


def test_warn_at_from_the_command_line(
    home: Path, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    assert main(["event", "--name", "Meetup", "--capacity", "10", "--warn-at", "50"]) == 0
    assert "warn at 50%" in capsys.readouterr().out
    assert main(["event", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warn_at_percent"] == 50
    assert main(["event", "--warn-at", "0"]) == 2
    assert main(["event", "--warn-at", "150%"]) == 2
    with Repository(database_path(home), clock=clock) as repo:
        assert repo.require_event().warn_ratio == 0.5
        repo.save_event(repo.require_event().with_changes(days=()))
        repo.add_attendees(person(f"T{n:03d}", "Guest", str(n)) for n in range(6))
        warnings = fill(repo, clock, 6)
    assert [bool(w) for w in warnings] == [False] * 4 + [True, True]
