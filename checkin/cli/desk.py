"""Desk commands: scan, undo, find, status — the window's operations (`checkin.operations`), so the
same rules and the same answers."""

from __future__ import annotations

import argparse
import sys
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
from checkin.cli.desk_printing import home_badges
from checkin.cli.hub_hooks import JoinedDesk
from checkin.cli.organizer import add_pin_option, require_pin
from checkin.cli.platform import platform_status
from checkin.core.entities import Attendee, Direction
from checkin.core.search import MIN_QUERY_LENGTH
from checkin.core.verdicts import RefusalCode, Verdict

if TYPE_CHECKING:
    from checkin.operations import ScanResult


def register(commands: Any) -> None:
    shared = home_options()
    scan = commands.add_parser("scan", parents=[shared], help="check a ticket code in (or out)")
    scan.add_argument("code", metavar="CODE")
    scan.add_argument("--desk", metavar="NAME", help="desk name recorded with the check-in")
    scan.add_argument("--exit", action="store_true", help="record leaving instead of entering")
    scan.add_argument("--nonce", help="scanner-supplied id: a repeat with the same one is a no-op")
    scan.add_argument("--override", action="store_true", help="organizer: admit past capacity")
    scan.add_argument("--no-badge", action="store_true", help="do not print the badge")
    add_pin_option(scan)
    scan.add_argument("--json", action="store_true", help="print the verdict as JSON")
    scan.set_defaults(handler=run_scan)

    undo = commands.add_parser(
        "undo", parents=[shared], help="undo this desk's latest check-in of a ticket"
    )
    undo.add_argument("code", metavar="CODE")
    undo.add_argument("--desk", metavar="NAME", help="the desk whose movement this is")
    undo.add_argument(
        "--any-desk", action="store_true", help="also take back another desk's movement"
    )
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(handler=run_undo)

    find = commands.add_parser("find", parents=[shared], help="search attendees")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--json", action="store_true")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(handler=run_find)

    status = commands.add_parser("status", parents=[shared], help="headcount against capacity")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)


def describe(verdict: Verdict) -> str:
    """The verdict as the terminal shows it: a headline, then what the desk must know."""
    from checkin.operations.badges import must_know

    # The window's words (`Verdict.headline`, `next_step`); the code in brackets for scripts.
    lines = [f"{verdict.headline}: {verdict.message}"]
    if verdict.code:
        lines[0] = f"{verdict.headline} ({verdict.code.value}) — {verdict.message}"
    lines += [f"  ! {w}" for w in verdict.warnings]
    attendee = verdict.attendee
    if attendee is not None and verdict.accepted:
        lines.append(f"  {attendee.display_name} · {attendee.ticket_type} · {attendee.company}")
        lines += [f"  {label}: {value}" for label, value in must_know(attendee)]
    if verdict.next_step:
        override = " (`scan --override`)" if verdict.code is RefusalCode.VENUE_FULL else ""
        lines.append(f"  Next: {verdict.next_step}{override}")
    return "\n".join(lines)


def describe_scan(result: ScanResult) -> str:
    lines = [describe(result.verdict)]
    if result.badge is not None:
        lines.append(f"  Badge: {result.badge.message}")
    return "\n".join(lines)


def run_scan(args: argparse.Namespace) -> int:
    from checkin.operations import Desk, InputKind

    if args.override:
        require_pin(args, "admitting past capacity")
    with open_repository(args) as repo, JoinedDesk(args, repo, pull_first=True):
        badges = None if args.no_badge else home_badges(repo, home_of(args))
        desk = Desk(repo, badges)
        reading = desk.interpret(args.code)  # as the window reads a scan: a garbled code repaired
        result, _changes = desk.record_scan(
            reading.text if reading.kind is InputKind.CODE else args.code,
            direction=Direction.OUT if args.exit else Direction.IN,
            nonce=args.nonce,
            override=args.override,
            badge=not args.no_badge,
        )
        waiting = badges is not None and not badges.finish()
    if args.json:
        print_json(result.to_dict())
    else:
        print(describe_scan(result))
    if waiting:
        print("The badge is still waiting for the printer; it prints when it answers.",
              file=sys.stderr)  # fmt: skip
    return EXIT_OK if result.verdict.accepted else EXIT_REFUSED


def run_undo(args: argparse.Namespace) -> int:
    from checkin.operations import DeskOperations

    with open_repository(args) as repo, JoinedDesk(args, repo, pull_first=True):
        result = DeskOperations(repo).undo_latest(args.code, any_desk=args.any_desk)
    if args.json:
        print_json(result.to_dict())
    else:
        print(result.message)
    return EXIT_OK if result.done else EXIT_REFUSED


def attendee_json(attendee: Attendee) -> dict[str, Any]:
    return {
        "name": attendee.display_name,
        "first_name": attendee.first_name,
        "last_name": attendee.last_name,
        "code": attendee.code,
        "company": attendee.company,
        "ticket_type": attendee.ticket_type,
        "status": attendee.status.value,
        "email": attendee.email,
    }


def run_find(args: argparse.Namespace) -> int:
    from checkin.operations import Desk

    with open_repository(args) as repo:
        hits = Desk(repo).search_once(args.query, limit=args.limit)
    if not hits and sum(ch.isalnum() for ch in args.query) < MIN_QUERY_LENGTH:
        raise UserError(f"Type at least {MIN_QUERY_LENGTH} letters of a name, or a ticket code.")
    if args.json:
        print_json([attendee_json(hit.attendee) for hit in hits])
        return EXIT_OK
    if not hits:
        print(f"Nobody matches {args.query!r}.")
    for hit in hits:
        a = hit.attendee
        flag = "  (cancelled)" if a.cancelled else ""
        print(f"{a.code}  {a.display_name} · {a.company or '—'} · {a.ticket_type}{flag}")
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    from checkin.db import stats
    from checkin.db.conflicts import admissions_by_desk, conflicts

    with open_repository(args) as repo:
        count = stats.headcount(repo)
        doubles = conflicts(repo)  # admitted at two desks that could not see each other
        by_desk = admissions_by_desk(repo)
        platform = platform_status(repo, home_of(args))
    if args.json:
        payload = count.to_dict()
        payload["by_desk"] = by_desk
        payload["conflicts"] = [c.to_dict() for c in doubles]
        payload["platform"] = platform
        print_json(payload)
        return EXIT_OK
    capacity = f"{count.capacity}" if count.capacity else "no limit set"
    print(count.event)
    print(f"On site now: {count.on_site} (capacity {capacity})")
    print(f"Registered: {count.registered} active, {count.cancelled} cancelled")
    print(f"Checked in today: {count.checked_in_today}")
    for day, admitted in sorted(count.per_day.items()):
        print(f"  {day.isoformat()}: {admitted} admitted")
    for ticket_type, numbers in count.by_ticket_type.items():
        print(f"  {ticket_type}: {numbers.admitted} of {numbers.registered} admitted")
    if len(by_desk) > 1:
        print("By desk: " + ", ".join(f"{d} {n}" for d, n in by_desk.items()))
    for c in doubles:
        print(f"  ! admitted twice on {c.day}: {c.name} ({c.code}) at desk {c.first_desk}, "
              f"then at desk {c.desk} — look at this one")  # fmt: skip
    if platform and platform["refused"]:
        plural = "s" if platform["refused"] != 1 else ""
        print(f"{platform['platform']} refused {platform['refused']} check-in{plural} — "
              "see `checkin connect --show`.")  # fmt: skip
    return EXIT_OK
