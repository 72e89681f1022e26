"""Dietary answers grouped across spellings and languages; meals expected per day."""

from __future__ import annotations

from datetime import date

import pytest

from checkin.core.catering import (
    DietaryCount,
    dietary_counts,
    expected_for,
    meal_expectations,
    requirements,
)
from checkin.core.overview import DayState
from checkin.db import stats
from checkin.db.repository import Repository
from tests.fakes import DAY1, DAY2, FixedClock, person


@pytest.mark.parametrize(
    ("answer", "groups"),
    [
        ("Vegetarian", ("Vegetarian",)),
        ("vegetarisch", ("Vegetarian",)),
        ("veggie", ("Vegetarian",)),
        ("Végétarien", ("Vegetarian",)),
        ("wegetariańska", ("Vegetarian",)),
        ("Vegan please", ("Vegan",)),
        ("végétalien", ("Vegan",)),
        ("Coeliac", ("Gluten-free",)),
        ("cœliaque", ("Gluten-free",)),
        ("glutenfrei", ("Gluten-free",)),
        ("HALAL", ("Halal",)),
        ("koscher", ("Kosher",)),
        ("Erdnussallergie", ("Nut allergy",)),
        ("no nuts", ("Nut allergy",)),
        ("pescetarian", ("Pescatarian",)),
        ("no pork", ("No pork",)),
        ("kein Schweinefleisch", ("No pork",)),
        ("vegan, no nuts", ("Vegan", "Nut allergy")),
        ("none", ()),
        ("N/A", ()),
        ("keine", ()),
        ("  ", ()),
        ("nutrition matters", ("nutrition matters",)),
        ("  no   onions ", ("no onions",)),
    ],
)
def test_answers_are_grouped(answer: str, groups: tuple[str, ...]) -> None:
    assert requirements(answer) == groups


def test_counts_put_groups_first_and_keep_the_unrecognised() -> None:
    answers = ["Vegetarian", "vegetarisch", "veggie", "vegan", "", "no onions", "No onions",
               "=cmd|' /C calc'!A0"]  # fmt: skip
    assert dietary_counts(answers) == [
        DietaryCount("Vegetarian", 3, True),
        DietaryCount("Vegan", 1, True),
        DietaryCount("=cmd|' /C calc'!A0", 1, False),
        DietaryCount("No onions", 1, False),
        DietaryCount("no onions", 1, False),
    ]


def test_meals_for_today_and_an_upcoming_day(repo: Repository, clock: FixedClock) -> None:
    repo.add_attendees(
        [person(f"P{n}", days=(DAY2,) if n >= 5 else ()) for n in range(9)]
    )  # 5 tickets on both days, 4 on day 2 only
    for code in ("P0", "P1", "P2"):
        assert repo.decide_and_record(code).accepted
    first, second = meal_expectations(stats.overview(repo), ("Lunch",), no_show=0.15)
    # Today is a forecast, not the 3 admitted so far: 5 valid × the assumed 85 % show-up.
    assert (first.state, first.admitted, first.expected) == (DayState.TODAY, 3, 5)
    assert first.basis == (
        "forecast: 5 tickets valid today × 85% expected to come (15% no-shows); 3 in so far"
    )
    assert first.day == DAY1.isoformat()
    assert (second.state, second.valid, second.expected) == (DayState.UPCOMING, 9, 8)
    assert "15%" in second.basis
    assert expected_for(100, 0.15) == 85  # no float noise rounding 85.00000001 up
    assert expected_for(7, 0.0) == 7
    with pytest.raises(ValueError, match="no-show"):
        meal_expectations(stats.overview(repo), no_show=1.0)
    assert date.fromisoformat(second.day) == DAY2


def test_a_day_in_progress_is_forecast_from_the_earlier_days_show_up(
    repo: Repository, clock: FixedClock
) -> None:
    repo.add_attendees([person(f"P{n}", days=(DAY2,) if n >= 5 else ()) for n in range(9)])
    for code in ("P0", "P1", "P2"):  # 3 of the 5 valid on day 1 came: 60 %
        assert repo.decide_and_record(code).accepted
    clock.advance(days=1)
    assert repo.decide_and_record("P5").accepted
    past, today = meal_expectations(stats.overview(repo), ("Lunch",), no_show=0.15)
    assert (past.state, past.expected) == (DayState.PAST, 3)
    assert (today.state, today.valid, today.admitted) == (DayState.TODAY, 9, 1)
    assert today.expected == 6  # 9 × 60 % = 5.4, rounded up: one lunch too many, not too few
    assert today.basis == (
        "forecast: 9 tickets valid today × 60% came on the earlier day; 1 in so far"
    )
