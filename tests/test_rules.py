"""The check-in rules, decided without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checkin.core.entities import CapacityPolicy, CheckIn, Direction, TicketStatus
from checkin.core.rules import ScanRequest, decide
from checkin.core.verdicts import Outcome, RefusalCode
from tests.fakes import DAY1, DAY2, meetup, person

NINE = datetime(2016, 2, 15, 9, 0, tzinfo=UTC)
ZOE = person("T1", id=1)


def entry(at: datetime, direction: Direction = Direction.IN, undone: bool = False) -> CheckIn:
    return CheckIn(
        uuid=f"u{at.timestamp()}{direction}",
        attendee_id=1,
        direction=direction,
        day=at.date(),
        at=at,
        desk="B",
        undone_at=at + timedelta(seconds=5) if undone else None,
    )


def ask(**overrides: object) -> ScanRequest:
    fields: dict[str, object] = {
        "event": meetup(),
        "code": "T1",
        "attendee": ZOE,
        "history": [],
        "on_site": 0,
        "now": NINE,
    }
    fields.update(overrides)
    return ScanRequest(**fields)  # type: ignore[arg-type]


def test_a_valid_ticket_is_admitted_with_a_welcome() -> None:
    decision = decide(ask())
    assert decision.outcome is Outcome.ADMITTED
    assert decision.message == "Welcome, Zoë Ødegård."


def test_an_unknown_code_is_refused_and_quoted_safely() -> None:
    decision = decide(ask(attendee=None, code="\x00DROP TABLE" + "x" * 3000))
    assert decision.code is RefusalCode.UNKNOWN
    assert "\x00" not in decision.message
    assert len(decision.message) < 80


def test_a_cancelled_ticket_is_refused() -> None:
    decision = decide(ask(attendee=ZOE.with_changes(status=TicketStatus.CANCELLED)))
    assert decision.code is RefusalCode.CANCELLED
    assert decision.message == "Zoë Ødegård's ticket was cancelled."


def test_already_in_says_when_and_at_which_desk_in_venue_time() -> None:
    decision = decide(ask(history=[entry(NINE - timedelta(minutes=20))], now=NINE))
    assert decision.code is RefusalCode.ALREADY_IN
    # 08:40 UTC is 08:40 in London in February.
    assert decision.message == "Zoë Ødegård is already in: admitted at 08:40 at desk B."


def test_re_entry_after_an_exit_is_allowed() -> None:
    history = [entry(NINE - timedelta(hours=1)), entry(NINE - timedelta(minutes=30), Direction.OUT)]
    assert decide(ask(history=history)).outcome is Outcome.ADMITTED


def test_an_undone_admission_does_not_count() -> None:
    assert decide(ask(history=[entry(NINE - timedelta(minutes=5), undone=True)])).accepted


def test_yesterdays_admission_does_not_block_today() -> None:
    day2 = NINE + timedelta(days=1)
    assert decide(ask(history=[entry(NINE)], now=day2)).outcome is Outcome.ADMITTED


def test_a_day_two_ticket_on_day_one_is_refused_as_not_today() -> None:
    decision = decide(ask(attendee=ZOE.with_changes(days=(DAY2,))))
    assert decision.code is RefusalCode.NOT_TODAY
    assert "Tue 16 Feb" in decision.message and "Mon 15 Feb" in decision.message


def test_a_date_outside_the_event_is_refused() -> None:
    decision = decide(ask(now=NINE + timedelta(days=10)))
    assert decision.code is RefusalCode.NOT_TODAY
    assert decision.message.startswith("Today (Thu 25 Feb) is not a day of")


def test_the_venue_day_follows_the_venue_clock_not_utc() -> None:
    # 23:30 UTC on 15 Feb is still 15 Feb in London; in Sydney it would be the 16th.
    late = datetime(2016, 2, 15, 23, 30, tzinfo=UTC)
    sydney = meetup().with_changes(timezone="Australia/Sydney", days=(DAY1, DAY2))
    assert meetup().day_of(late) == DAY1
    assert sydney.day_of(late) == DAY2


def test_nearly_full_warns_but_admits() -> None:
    decision = decide(ask(on_site=107))
    assert decision.outcome is Outcome.ADMITTED
    assert decision.warnings == ("Venue nearly full: 108 of 120 on site.",)


def test_full_with_warn_policy_admits_with_a_warning() -> None:
    decision = decide(ask(on_site=120))
    assert decision.outcome is Outcome.ADMITTED
    assert decision.warnings == ("The venue is full: 120 of 120 are on site.",)


def test_full_with_block_policy_refuses_until_an_organizer_overrides() -> None:
    blocking = meetup(policy=CapacityPolicy.BLOCK)
    refused = decide(ask(event=blocking, on_site=120))
    assert refused.code is RefusalCode.VENUE_FULL
    overridden = decide(ask(event=blocking, on_site=120, override=True))
    assert overridden.outcome is Outcome.ADMITTED and overridden.override_used


def test_no_capacity_means_no_limit() -> None:
    assert decide(ask(event=meetup(capacity=None), on_site=10_000)).warnings == ()


def test_exit_requires_being_inside() -> None:
    refused = decide(ask(direction=Direction.OUT))
    assert refused.code is RefusalCode.NOT_IN
    left = decide(ask(direction=Direction.OUT, history=[entry(NINE - timedelta(hours=1))]))
    assert left.outcome is Outcome.EXITED
