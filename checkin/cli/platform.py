"""`checkin connect`, `checkin sync` without a SOURCE, and `checkin push`: the ticketing platform's
API as the attendee list's source, and where the desk's check-ins go back to.

The token is read from --token, --token-file or $CHECKIN_TOKEN, checked with the platform at
once, and stored in the home readable by its user only; nothing here ever prints it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    UserError,
    home_of,
    home_options,
    open_repository,
    print_json,
)
from checkin.cli.sync_report import created_event_line, rejected_lines
from checkin.paths import database_path

if TYPE_CHECKING:
    from checkin.db.repository import Repository

if TYPE_CHECKING:
    from checkin.sync.connection import Connection

TOKEN_ENV = "CHECKIN_TOKEN"


def register(commands: Any) -> None:
    from checkin.sync.connection import PLATFORMS

    connect = commands.add_parser(
        "connect",
        parents=[home_options()],
        help="remember the ticketing platform's API as this event's attendee list",
        description="Connect this home to an event on pretix, Eventbrite or Tito. The token is "
        "checked with the platform at once and stored in the home, readable by you only. "
        f"Prefer --token-file or ${TOKEN_ENV}: a --token is visible to other users' `ps`.",
    )
    connect.add_argument("platform", nargs="?", choices=PLATFORMS, metavar="PLATFORM",
                         help="pretix, eventbrite or tito")  # fmt: skip
    connect.add_argument("url", nargs="?", metavar="URL", help="the event's API URL")
    connect.add_argument("--token", metavar="TOKEN", help="the platform's API token")
    connect.add_argument("--token-file", metavar="FILE", help="read the token from FILE")
    connect.add_argument("--list", metavar="NAME_OR_ID", dest="check_in_list", default="",
                         help="the check-in list the desk's check-ins count on (pretix, Tito; "
                         "default: the event's first)")  # fmt: skip
    connect.add_argument("--show", action="store_true", help="platform, URL, last pull and push")
    connect.add_argument("--forget", action="store_true", help="remove the connection and token")
    connect.add_argument("--json", action="store_true")
    connect.set_defaults(handler=run_connect)

    push = commands.add_parser(
        "push",
        parents=[home_options()],
        help="send this desk's check-ins (and undos) to the connected platform",
    )
    push.add_argument("--json", action="store_true", help="print the report as JSON")
    push.set_defaults(handler=run_push)


def run_connect(args: argparse.Namespace) -> int:
    from checkin.sync import SyncError
    from checkin.sync import connection as connections
    from checkin.sync.platform_pull import check_connection

    home = home_of(args)
    if args.show:
        return _show(args, home)
    if args.forget:
        platform = _platform_name(home)
        if connections.forget(home):
            print(f"Forgot the {platform} connection and its token; the attendee list stays.")
        else:
            print("No ticketing platform was connected.")
        return EXIT_OK
    if not args.platform or not args.url:
        raise UserError("Give the platform and the event's API URL: checkin connect pretix URL …")
    try:
        connection = connections.checked(args.platform, args.url, _token(args))
        connection, found = check_connection(connection, args.check_in_list.strip())
    except SyncError as error:
        raise UserError(f"{error} The connection was not saved.") from error
    connections.save(home, connection)
    print(f"Connected to the {found} at {connection.url}. Run `checkin sync` to pull the list.")
    return EXIT_OK


def _token(args: argparse.Namespace) -> str:
    if args.token_file:
        path = Path(args.token_file).expanduser()
        try:
            return path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"The token file {path} cannot be read.") from error
    return args.token or os.environ.get(TOKEN_ENV, "")


def _platform_name(home: Path) -> str:
    from checkin.sync import SyncError
    from checkin.sync import connection as connections

    try:
        return connections.load(home).platform
    except SyncError:
        return "platform"


def _show(args: argparse.Namespace, home: Path) -> int:
    from checkin.sync import SyncError
    from checkin.sync import connection as connections

    try:
        connection = connections.load(home)
    except SyncError as error:
        raise UserError(str(error)) from error
    shown: dict[str, Any] = {"platform": connection.platform, "url": connection.url,
                             "token": "stored, not shown"}  # fmt: skip
    shown["check_in_list"] = _list_shown(connection)
    shown.update(last_pull=None, last_push=None, pull_report=None, checkins={})
    if database_path(home).exists():
        with open_repository(args, need_event=False) as repo:
            shown.update(_history(repo, connection))
    if args.json:
        print_json(shown)
        return EXIT_OK
    print(
        f"Platform: {connection.platform}\nURL:      {connection.url}\nToken:    stored, not shown"
    )
    if connection.platform != "eventbrite":
        chosen = shown["check_in_list"]
        print(
            "Check-in list: "
            + (f"{chosen['name']} ({chosen['id']})" if chosen else "the event's first")
        )
    print(f"Last pull: {shown['last_pull'] or 'never'}")
    print(f"Last push: {shown['last_push'] or 'never'}")
    if shown["checkins"]:
        print("Check-ins: " + ", ".join(f"{n} {state}" for state, n in shown["checkins"].items()))
    for refusal in shown.get("refused") or ():
        print(f"  {connection.platform} refused the {refusal['what']} of {refusal['name']} "
              f"({refusal['at'][:16]}): {refusal['reason']}")  # fmt: skip
    return EXIT_OK


def _list_shown(connection: Connection) -> dict[str, str] | None:
    if not connection.check_in_list:
        return None
    return {"id": connection.check_in_list, "name": connection.check_in_list_name}


def _history(repo: Repository, connection: Connection) -> dict[str, Any]:
    from checkin.db import platform_store, sync_store

    state = platform_store.state(repo, connection.source)
    known = sync_store.sync_source(repo, connection.source)
    return {
        "last_pull": None if known is None else known.synced_at.isoformat(timespec="seconds"),
        "pull_report": None if known is None else known.report,
        "last_push": None
        if state is None or state.pushed_at is None
        else state.pushed_at.isoformat(timespec="seconds"),
        "checkins": platform_store.counts(repo, connection.source),
        "refused": platform_store.refusals(repo, connection.source),
    }


def platform_status(repo: Repository, home: Path) -> dict[str, Any] | None:
    """`status --json`'s "platform": what the connected platform refused (with its reasons)
    and how many check-ins came from its own scanners; None when none is connected."""
    from checkin.db import platform_store
    from checkin.sync import SyncError
    from checkin.sync import connection as connections

    try:
        connection = connections.load(home)
    except SyncError:
        return None
    counts = platform_store.counts(repo, connection.source)
    refused = platform_store.refusals(repo, connection.source)
    return {
        "platform": connection.platform,
        "refused": len(refused),
        "refusals": refused,
        "from_platform": counts.get("from_platform", 0),
        "unsent": counts.get("unsent", 0) + counts.get("sending", 0),
    }


def run_pull(args: argparse.Namespace) -> int:
    """`checkin sync` with no SOURCE: pull from the connected platform."""
    from checkin.sync import SourceUnreachable, SyncError, offline_message
    from checkin.sync import connection as connections
    from checkin.sync.platform_pull import pull_list

    home = home_of(args)
    if args.map or args.format != "auto" or args.dry_run or args.name:
        raise UserError("--format, --map, --dry-run and --name are for files and URLs, not the "
                        "connected platform.")  # fmt: skip
    try:
        connection = connections.load(home)
    except SyncError as error:
        raise UserError(str(error)) from error
    with open_repository(args, need_event=False) as repo:
        try:
            report, pull = pull_list(repo, connection)
        except SourceUnreachable as error:
            raise UserError(
                f"{error} {offline_message(repo, connection.url, connection.source)}"
            ) from error
        except SyncError as error:
            raise UserError(str(error)) from error
    if args.json:
        print_json({**report.as_json(), "whole_list": pull.complete, "pages": pull.pages})
        return EXIT_OK
    counts = ", ".join(f"{value} {label}" for label, value in report.counts().items())
    scope = "the whole list" if pull.complete else "changes since the last pull"
    print(f"Pulled {len(pull.rows)} attendees from {connection.platform} ({scope}, "
          f"{pull.pages} pages): {counts}.")  # fmt: skip
    ids = {n: row[0] for n, row in enumerate(pull.rows, start=1)}
    ticket = lambda r: f"ticket {ids.get(r.number, '?')}: {r.reason}"  # noqa: E731
    created = created_event_line(report)
    if report.created_event and pull.facts is not None and pull.facts.days:
        # The platform gave the days (the note below names them): only the capacity is missing.
        created = [f'Created the event "{report.created_event}" with no capacity: set it with '
                   "`checkin event --capacity N`."]  # fmt: skip
    for line in [*rejected_lines(report, ticket, "tickets"), *created]:
        print(line)
    for note in report.notes:
        print(note)
    if report.without_name:
        print(f"{len(report.without_name)} imported without an attendee name (admitted with "
              "the note; F2 names the badge):")  # fmt: skip
        for line in report.without_name[:20]:
            print(f"  {line}")
        if len(report.without_name) > 20:
            print(f"  … and {len(report.without_name) - 20} more (--json lists them all)")
    return EXIT_OK


def run_push(args: argparse.Namespace) -> int:
    from checkin.db import platform_store
    from checkin.sync import SyncError
    from checkin.sync import connection as connections
    from checkin.sync.platform_push import push_checkins

    try:
        connection = connections.load(home_of(args))
    except SyncError as error:
        raise UserError(str(error)) from error
    with open_repository(args) as repo:
        try:
            report = push_checkins(repo, connection)
        except SyncError as error:
            raise UserError(str(error)) from error
        kept = platform_store.refusals(repo, connection.source)
    if args.json:
        # This push's refusals, and every refusal kept so far with the platform's reason.
        print_json({**report.as_json(), "refusals": kept})
    else:
        withdrawn = (
            f"; {report.withdrawn} undone before sending withdrawn" if report.withdrawn else ""
        )
        print(f"Sent {report.sent} check-ins and {report.undone} undos to {report.platform}"
              f"{withdrawn}; {len(report.refused)} refused.")  # fmt: skip
        for sentence in report.refused:
            print(f"  refused: {sentence}")
        if report.waiting:
            print(f"{report.waiting} made at other desks in the last two minutes are left to "
                  "those desks for now; a later push sends any they did not.")  # fmt: skip
        if report.stopped:
            print(f"Stopped: {report.stopped} {report.left} left for the next push.")
    return EXIT_INVALID if report.stopped else EXIT_OK
