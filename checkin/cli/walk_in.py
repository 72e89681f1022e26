"""`checkin walk-in`: register someone at the desk and admit them, as Ctrl+N does in the window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from checkin.operations.walk_in import WalkInRefusal

HOW = {"venue_full": " (--override, as an organizer)",
       "no_name": " Give it with --first and --last."}  # fmt: skip


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
    """Register and admit with the desk's rules: what the window's dialog refuses is refused
    here (exit 2, nothing written); a full blocking venue needs --override (exit 1)."""
    from checkin.operations import Desk
    from checkin.operations.walk_in import WalkInRefusal, details, problem

    typed = details(args.first, args.last, args.email, args.company, args.ticket_type or "-")
    invalid = problem(typed)
    if invalid is not None:
        raise UserError(invalid.message + HOW.get(invalid.code.value, ""))
    with open_repository(args) as repo, JoinedDesk(args, repo, pull_first=True):
        badges = None if args.no_badge else home_badges(repo, home_of(args))
        desk = Desk(repo, badges)
        ticket_type = args.ticket_type or next(iter(desk.ticket_types()), "Walk-in")
        typed = details(args.first, args.last, args.email, args.company, ticket_type)
        result, _changes = desk.record_walk_in(typed, organizer=args.override,
                                               badge=not args.no_badge)  # fmt: skip
        if badges is not None:
            badges.finish()
    if isinstance(result, WalkInRefusal):
        return refuse(args, result)
    if args.json:
        print_json(result.to_dict())
    else:
        print(describe_scan(result))
    return EXIT_OK if result.verdict.accepted else EXIT_REFUSED


def refuse(args: argparse.Namespace, refusal: WalkInRefusal) -> int:
    message = refusal.message + HOW.get(refusal.code.value, "")
    if args.json:
        print_json({"outcome": "refused", "code": refusal.code.value, "message": message})
    else:
        print(f"REFUSED ({refusal.code.value}): {message}")
    return EXIT_REFUSED
