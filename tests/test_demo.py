"""The demo event: what the design promises a newcomer will find in it."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from checkin.demo import CAPACITY, OPERATOR_CAP, demo_attendees, demo_event


def test_the_demo_is_the_manchester_meetup_today_and_tomorrow() -> None:
    today = date(2026, 11, 21)
    event = demo_event(today)
    assert event.days == (today, today + timedelta(days=1))
    assert event.capacity == CAPACITY == 120
    assert event.timezone == "Europe/London"
    assert "The Landing" in event.venue


def test_the_demo_people_are_varied_and_stable() -> None:
    event = demo_event(date(2026, 11, 21))
    people = demo_attendees(event)
    assert people == demo_attendees(demo_event(date(2030, 1, 1)).with_changes(days=event.days))
    types = Counter(a.ticket_type for a in people)
    assert types["Operator"] == OPERATOR_CAP == 100
    assert {"Moderator", "Sponsor", "Organizer"} <= set(types)
    assert {a.company for a in people if a.ticket_type == "Sponsor"} == {
        "Canonical", "Codethink", "DataCentred", "Midokura"
    }  # fmt: skip
    names = " ".join(a.full_name for a in people)
    for needle in ("Łukasz", "Søren", "Zoë", "Ødegård", "Dvořák", "Ó Súilleabháin", "Кузнецова"):
        assert needle in names
    assert len({a.code for a in people}) == len(people)
    assert any(a.days == (event.days[1],) for a in people)  # day-2-only tickets
    assert any(a.dietary for a in people) and any(a.accessibility for a in people)
    assert any(a.cancelled for a in people)
