"""`checkin walk-in`: register someone at the desk and admit them, as Ctrl+N does in the window."""

from __future__ import annotations

import argparse
from typing import Any

from checkin.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    UserError,
    home_of,
    home_options,
    open_repository,
    print_json,
)
from checkin.cli.desk import describe_scan
from checkin.cli.desk_printing import home_badges
from checkin.cli.hub_hooks import JoinedDesk
from checkin.operations import DeskOperations, WalkInDetails

FULL = (
    "Nobody was registered: the venue is full. An organizer can register the walk-in past "
    "capacity with --override."
)


def register(commands: Any) -> None:
    walk = commands.add_parser(
        "walk-in", parents=[home_options()], help="register someone at the desk and admit them"
    )
    walk.add_argument("--first", metavar="NAME", default="", help="first name")
    walk.add_argument("--last", metavar="NAME", default="", help="last name")
    walk.add_argument("--email", default="")
    walk.add_argument("--company", default="")
    walk.add_argument("--ticket-type", metavar="TYPE", help="default: the event's most common")
    walk.add_argument("--desk", metavar="NAME", help="desk name recorded with the check-in")
    walk.add_argument("--override", action="store_true", help="organizer: admit past capacity")
    walk.add_argument("--no-badge", action="store_true", help="do not print the badge")
    walk.add_argument("--json", action="store_true")
    walk.set_defaults(handler=run_walk_in)


def run_walk_in(args: argparse.Namespace) -> int:
    first, last = args.first.strip()[:200], args.last.strip()[:200]
    if not (first or last):
        raise UserError("Give the attendee's name with --first and --last.")
    with open_repository(args) as repo, JoinedDesk(args, repo, pull_first=True):
        badges = None if args.no_badge else home_badges(repo, home_of(args))
        ops = DeskOperations(repo, badges)
        if ops.walk_in_needs_override() and not args.override:
            if args.json:
                print_json({"outcome": "refused", "code": "venue_full", "message": FULL})
            else:
                print(f"REFUSED (venue_full): {FULL}")
            return EXIT_REFUSED
        ticket_type = (args.ticket_type or next(iter(ops.ticket_types()), "Walk-in")).strip()
        details = WalkInDetails(first, last, args.email.strip(), args.company.strip(),
                                ticket_type[:200])  # fmt: skip
        attendee = ops.register_walk_in(details)
        result = ops.scan(attendee.code, override=args.override, badge=not args.no_badge)
        if badges is not None:
            badges.finish()
    if args.json:
        print_json(result.to_dict())
    else:
        print(describe_scan(result))
    return EXIT_OK if result.verdict.accepted else EXIT_REFUSED
