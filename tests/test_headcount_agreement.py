"""Counts agree between `status --json`, the dashboard's figures and every export after a
scripted day of admissions, exits, re-entries, undos and day-2 scans."""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from checkin.cli import main
from checkin.core.entities import Direction, TicketStatus
from checkin.core.headcount import inside_on
from checkin.core.overview import compute_overview
from checkin.core.verdicts import RefusalCode
from checkin.db import repository, stats
from checkin.db.repository import Repository
from checkin.operations import DeskOperations
from checkin.paths import database_path
from tests.fakes import DAY1, DAY2, FixedClock, meetup, person

PEOPLE = [
    person("A01", "Łukasz", "Wójcik", ticket_type="Operator", dietary="Vegetarian",
           email="lukasz@example.org", company="Codethink"),
    person("A02", "Søren", "Kjærgaard", ticket_type="Operator", dietary="vegetarisch",
           email="soren@example.org"),
    person("A03", "Zoë", "Ødegård", ticket_type="Operator", dietary="veggie"),
    person("A04", "Ondřej", "Dvořák", ticket_type="Sponsor", dietary="coeliac",
           company="DataCentred"),
    person("A05", "Zsófia", "Szőke", ticket_type="Moderator", dietary="vegan", days=(DAY1,)),
    person("A06", "Cian", "Ó Súilleabháin", ticket_type="Operator",
           dietary="no onions please", days=(DAY1,)),
    person("A07", "Begoña", "Muñoz", ticket_type="Operator", dietary="halal", days=(DAY2,)),
    person("A08", "Hélène", "Lefèvre", ticket_type="Organizer"),
    person("A09", "Björn", "Åkesson", ticket_type="Operator", dietary="kosher",
           status=TicketStatus.CANCELLED),
    person("A10", "Íñigo", "Peña", ticket_type="Operator", email="inigo@example.org"),
]  # fmt: skip


def at(day: object, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)  # type: ignore[attr-defined]


def play_script(
    repo: Repository, clock: FixedClock, after: Callable[[], None] = lambda: None
) -> None:
    def scan(when: datetime, code: str, out: bool = False) -> None:
        clock.now = when
        verdict = repo.decide_and_record(code, direction=Direction.OUT if out else Direction.IN)
        assert verdict.accepted, verdict.message
        after()

    for minute, code in ((0, "A01"), (5, "A02"), (12, "A03"), (20, "A04"), (31, "A05"),
                         (40, "A06")):  # fmt: skip
        scan(at(DAY1, 9, minute), code)
    scan(at(DAY1, 10, 0), "A02", out=True)
    scan(at(DAY1, 10, 30), "A02")  # re-entry: counted once
    clock.now = at(DAY1, 10, 35)
    # scanned by mistake: A03 was never admitted on day 1
    assert DeskOperations(repo).undo_latest("A03").done
    after()
    scan(at(DAY1, 11, 0), "A04", out=True)
    assert repo.decide_and_record("A07").code is RefusalCode.NOT_TODAY
    assert repo.decide_and_record("A09").code is RefusalCode.CANCELLED

    scan(at(DAY2, 8, 50), "A01")
    scan(at(DAY2, 8, 55), "A07")
    scan(at(DAY2, 9, 10), "A08")
    clock.now = at(DAY2, 9, 15)
    assert repo.decide_and_record("A05").code is RefusalCode.NOT_TODAY
    scan(at(DAY2, 9, 30), "A08", out=True)
    clock.now = at(DAY2, 9, 31)
    # the exit was a mistake: A08 is still inside
    assert DeskOperations(repo).undo_latest("A08").done
    after()
    scan(at(DAY2, 9, 40), "A02")
    scan(at(DAY2, 9, 45), "A02", out=True)
    clock.now = at(DAY2, 11, 0)


@pytest.fixture
def scripted(
    home: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Repository]:
    repo = Repository(database_path(home), clock=clock, desk="A")
    repo.save_event(meetup())
    repo.add_attendees(PEOPLE)
    play_script(repo, clock)
    # The command line opens its own Repository: give it the same clock.
    # The command opens its repository by this name when it runs: with the test's clock.
    monkeypatch.setattr(repository, "Repository", functools.partial(Repository, clock=clock))
    yield repo
    repo.close()


EXPECTED_STATUS = {
    "event": "OpenStack Operators Mid-Cycle Meetup",
    "capacity": 120,
    "registered": 9,
    "cancelled": 1,
    "on_site": 3,
    "checked_in_today": 4,
    "per_day": {"2016-02-15": 5, "2016-02-16": 4},
    "by_ticket_type": {
        "Moderator": {"registered": 1, "admitted": 1},
        "Operator": {"registered": 6, "admitted": 4},
        "Organizer": {"registered": 1, "admitted": 1},
        "Sponsor": {"registered": 1, "admitted": 1},
    },
}


def status_json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["status", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_status_and_dashboard_figures_agree(
    scripted: Repository, capsys: pytest.CaptureFixture[str]
) -> None:
    # status adds the desks' split, the double admissions (none at one desk) and what a
    # connected platform refused (no platform here)
    expected = {**EXPECTED_STATUS, "by_desk": {"A": 10}, "conflicts": [], "platform": None}
    assert status_json(capsys) == expected
    fast = stats.overview(scripted)
    reference = compute_overview(
        scripted.require_event(), scripted.attendees(), scripted.checkins(), DAY2
    )
    assert fast == reference
    assert fast.headcount.to_dict() == EXPECTED_STATUS
    day1, day2 = fast.days
    assert (day1.valid, day1.admitted, day1.missing, day1.no_shows) == (8, 5, 3, 3)
    assert (day2.valid, day2.admitted, day2.missing, day2.no_shows) == (7, 4, 3, 0)
    assert fast.no_shows_so_far == 3
    assert day1.arrivals == {540: 2, 560: 1, 570: 1, 580: 1}  # 09:00 ×2, 09:20, 09:30, 09:40
    assert day2.arrivals == {530: 2, 550: 1, 580: 1}  # 08:50 ×2, 09:10, 09:40
    assert sum(day1.arrivals.values()) == day1.admitted


def csv_sections(path: Path) -> list[list[list[str]]]:
    text = path.read_text(encoding="utf-8-sig")
    sections: list[list[list[str]]] = [[]]
    for row in csv.reader(text.splitlines()):
        if row:
            sections[-1].append(row)
        else:
            sections.append([])
    return sections


def test_headcount_exports_agree(scripted: Repository, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx", "pdf"):
        assert (
            main(["export", "headcount", "--format", fmt, "--out", str(tmp_path / f"h.{fmt}")]) == 0
        )

    now, per_day, types, arrivals = csv_sections(tmp_path / "h.csv")
    figures = dict(now[1:])
    assert figures["On site now"] == "3"
    assert figures["Admitted today"] == "4"
    assert figures["Registered (active tickets)"] == "9"
    assert figures["No-shows so far"] == "3"
    assert [r[:2] + r[3:] for r in per_day[1:]] == [
        ["1", "2016-02-15", "8", "5", "3", "3"],
        ["2", "2016-02-16", "7", "4", "3", "0"],
    ]
    assert {r[0]: (int(r[1]), int(r[2])) for r in types[1:]} == {
        t: (c["registered"], c["admitted"])
        for t, c in EXPECTED_STATUS["by_ticket_type"].items()  # type: ignore[attr-defined]
    }
    assert sum(int(r[3]) for r in arrivals[1:]) == 9

    book = openpyxl.load_workbook(tmp_path / "h.xlsx")
    sheet_now = {row[0]: row[1] for row in book["Now"].iter_rows(min_row=2, values_only=True)}
    assert sheet_now["On site now"] == 3  # a number, not text
    assert sheet_now["Admitted today"] == 4
    day_rows = list(book["Per day"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[3], r[4], r[6]) for r in day_rows] == [(1, 8, 5, 3), (2, 7, 4, 0)]
    assert isinstance(day_rows[0][1], datetime)  # dates are stored as dates

    pages = PdfReader(tmp_path / "h.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "On site now 3" in text
    assert "Admitted today 4" in text
    assert "No-shows so far 3" in text


def test_dietary_and_personal_exports_agree(scripted: Repository, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    assert main(["export", "dietary", "--out", str(out)]) == 0
    meals, diets = csv_sections(out)
    assert [(r[0], r[2], r[5], r[6]) for r in meals[1:]] == [
        ("1", "Lunch", "5", "5"),
        ("2", "Lunch", "4", "5"),  # today: 7 valid × 5/8 came on day 1, rounded up
    ]
    assert {(r[0], r[3]): int(r[4]) for r in diets[1:]} == {
        ("1", "Vegetarian"): 2,
        ("1", "Gluten-free"): 1,
        ("1", "Vegan"): 1,
        ("1", "no onions please"): 1,
        # Today is counted among its valid tickets: lunch is ordered before all have come.
        ("2", "Vegetarian"): 3,
        ("2", "Gluten-free"): 1,
        ("2", "Halal"): 1,
    }
    assert main(["export", "dietary", "--day", "2", "--out", str(out)]) == 0
    assert {r[0] for r in csv_sections(out)[1][1:]} == {"2"}

    assert main(["export", "attendees", "--out", str(tmp_path / "a.csv")]) == 0
    (attendees,) = csv_sections(tmp_path / "a.csv")
    admitted = {r[0]: r[12] for r in attendees[1:]}
    assert admitted["A02"] == "2016-02-15, 2016-02-16"
    assert admitted["A03"] == ""  # the undone admission does not count
    assert sum("2016-02-16" in v for v in admitted.values()) == 4

    assert main(["export", "checkins", "--day", "1", "--out", str(tmp_path / "c.xlsx")]) == 0
    rows = list(openpyxl.load_workbook(tmp_path / "c.xlsx")["Check-ins"].values)[1:]
    live_in = {r[3] for r in rows if r[2] == "in" and r[8] is None}
    assert live_in == {"A01", "A02", "A04", "A05", "A06"}


def test_bad_day_and_bad_percentages_are_one_sentence(
    scripted: Repository, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert main(["export", "headcount", "--day", "3", "--out", str(out)]) == 2
    assert main(["export", "dietary", "--no-show", "abc", "--out", str(out)]) == 2
    assert main(["export", "dietary", "--out", str(tmp_path / "missing" / "x.csv")]) == 2
    assert not out.exists()
    assert "--day wants a number from 1 to 2" in capsys.readouterr().err


def test_live_tally_matches_the_reference_after_every_step(
    repo: Repository, clock: FixedClock
) -> None:
    """The dashboard keeps one query alive and reads only new rows; after each scan, exit and
    undo it must still equal a computation from scratch."""
    repo.add_attendees(PEOPLE)
    live = stats.OverviewQuery(repo)
    steps = []

    def check() -> None:
        event = repo.require_event()
        today = event.day_of(clock())
        reference = compute_overview(event, repo.attendees(), repo.checkins(), today)
        assert live.overview() == reference
        steps.append(reference.headcount.on_site)

    check()
    play_script(repo, clock, after=check)
    assert len(steps) == 18  # the start, 15 accepted scans, 2 undos
    repo.update_attendee(repo.attendee_by_code("A10").with_changes(ticket_type="Sponsor"))
    check()


def test_search_status_agrees_with_the_headcount_after_every_step(
    repo: Repository, clock: FixedClock
) -> None:
    """The search list asks only about the people it shows; after each scan, exit and undo
    its answer must match the whole day's movements."""
    repo.add_attendees(PEOPLE)
    ids = [a.id for a in repo.attendees() if a.id is not None]

    def check() -> None:
        today = repo.require_event().day_of(clock())
        inside = inside_on(repo.checkins(today), today)
        assert repo.inside_among(ids, today) == inside
        assert repo.inside_among(ids[:3], today) == inside & set(ids[:3])
        assert repo.inside_among([], today) == set()

    play_script(repo, clock, after=check)
