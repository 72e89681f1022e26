"""Event commands: `event` shows or changes the event, `demo` loads the demo event."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from checkin.cli import terminal
from checkin.cli.common import EXIT_OK, UserError, home_options, open_repository, print_json
from checkin.cli.organizer import add_pin_option, require_pin
from checkin.core.entities import CapacityPolicy, Event
from checkin.core.settings_check import is_zone
from checkin.core.symbologies import SYMBOLOGIES, parse_symbologies
from checkin.core.ticket_codes import new_event_secret


def register(commands: Any) -> None:
    shared = home_options()
    event = commands.add_parser("event", parents=[shared], help="show or change the event")
    event.add_argument("--name", metavar="TEXT")
    event.add_argument("--venue", metavar="TEXT")
    event.add_argument(
        "--days",
        metavar="DATE,...",
        help="ISO dates, e.g. 2016-02-15,2016-02-16 (then platform pulls keep them); "
        "'platform' to follow the connected platform's days again",
    )
    event.add_argument("--timezone", metavar="TZ", help="e.g. Europe/London")
    event.add_argument("--capacity", metavar="N", help="venue capacity, or 'none'")
    event.add_argument("--policy", choices=[p.value for p in CapacityPolicy])
    event.add_argument(
        "--warn-at", metavar="PERCENT", help="warn when on site reaches this share of capacity"
    )
    event.add_argument(
        "--formats",
        metavar="NAME,...",
        help=f"symbologies on the tickets, for the camera (default qr; {', '.join(SYMBOLOGIES)})",
    )
    event.add_argument("--json", action="store_true")
    add_pin_option(event)
    event.set_defaults(handler=run_event)

    demo = commands.add_parser("demo", parents=[shared], help="load the demo event and open it")
    demo.add_argument("--no-gui", action="store_true", help="only load the data")
    demo.set_defaults(handler=run_demo)


def parse_days(text: str) -> tuple[date, ...]:
    try:
        days = tuple(sorted({date.fromisoformat(part.strip()) for part in text.split(",")}))
    except ValueError as error:
        raise UserError(f"--days wants ISO dates such as 2016-02-15 ({error}).") from error
    return days


def parse_capacity(text: str) -> int | None:
    if text.strip().lower() in {"none", "0", ""}:
        return None
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise UserError(f"--capacity wants a whole number of people or 'none', not {text!r}.")
    return value


def parse_warn_at(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        value = 0.0
    if not 0 < value <= 100:
        raise UserError(f"--warn-at wants a percentage above 0 and up to 100, not {text!r}.")
    return value / 100


def check_timezone(name: str) -> str:
    if not is_zone(name):
        raise UserError(f"Unknown time zone {name!r}; use a name like Europe/London.")
    return name


def parse_formats(text: str) -> tuple[str, ...]:
    try:
        return parse_symbologies(text)
    except ValueError as error:
        raise UserError(f"--formats: {error}") from error


def run_event(args: argparse.Namespace) -> int:
    from checkin.db import platform_facts

    changes: dict[str, Any] = {}
    if args.name is not None:
        if not args.name.strip():
            raise UserError("--name cannot be empty.")
        changes["name"] = args.name.strip()
    if args.venue is not None:
        changes["venue"] = args.venue.strip()
    by_hand: bool | None = None  # the days set here win over the platform's, until undone
    if args.days is not None and args.days.strip().casefold() == "platform":
        by_hand = False
    elif args.days is not None:
        changes["days"] = parse_days(args.days)
        by_hand = True
    if args.timezone is not None:
        changes["timezone"] = check_timezone(args.timezone)
    if args.capacity is not None:
        changes["capacity"] = parse_capacity(args.capacity)
    if args.policy is not None:
        changes["policy"] = CapacityPolicy(args.policy)
    if args.warn_at is not None:
        changes["warn_ratio"] = parse_warn_at(args.warn_at)
    if args.formats is not None:
        changes["ticket_formats"] = parse_formats(args.formats)
    if changes or by_hand is not None:
        require_pin(args, "changing the event")
    with open_repository(args, need_event=False) as repo:
        event = repo.event()
        if event is None:
            if "name" not in changes:
                raise UserError("There is no event here yet: give it a --name.")
            event = Event(name=changes.pop("name"), secret=new_event_secret())
            changes["name"] = event.name  # a new event is always saved
        if changes:
            event = repo.save_event(event.with_changes(**changes))
        if by_hand is not None:
            platform_facts.set_days_by_hand(repo.db, by_hand)
        days_by_hand = platform_facts.days_by_hand(repo.db)
    if args.json:
        print_json({**event_json(event), "days_set_by_hand": days_by_hand})
    else:
        print(describe_event(event))
        if by_hand:
            print("  The days are set by hand: platform pulls no longer change them "
                  "(`checkin event --days platform` gives them back).")  # fmt: skip
        elif by_hand is False:
            print("  The days follow the connected platform again from its next pull.")
    return EXIT_OK


def event_json(event: Event) -> dict[str, Any]:
    return {
        "name": event.name,
        "venue": event.venue,
        "timezone": event.timezone,
        "days": [d.isoformat() for d in event.days],
        "capacity": event.capacity,
        "policy": event.policy.value,
        "warn_at_percent": round(event.warn_ratio * 100, 1),
        "ticket_formats": list(event.ticket_formats),
    }


def describe_event(event: Event) -> str:
    days = ", ".join(d.isoformat() for d in event.days) or "no days set"
    capacity = event.capacity if event.capacity is not None else "no limit set"
    formats = ", ".join(SYMBOLOGIES.get(name, name) for name in event.ticket_formats)
    return (
        f"{event.name}\n  venue: {event.venue or '—'}\n  days: {days} ({event.timezone})\n"
        f"  capacity: {capacity}, warn at {event.warn_ratio:.0%}, when full: {event.policy.value}\n"
        f"  ticket formats: {formats}"
    )


def run_demo(args: argparse.Namespace) -> int:
    from checkin.demo import HomeInUse
    from checkin.operations import Desk

    with open_repository(args, need_event=False) as repo:
        try:
            event, changes = Desk(repo).record_demo()
        except HomeInUse as error:
            raise UserError(str(error)) from error
        registered = len(repo.attendees())
    state = "Loaded" if changes.event else "Opened"
    print(f"{state} the demo event: {event.name}, {registered} attendees, in {repo.path.parent}.")
    if args.no_gui:
        return EXIT_OK
    return terminal.run_desk(args)
