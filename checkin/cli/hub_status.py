"""`checkin hub status [--json]`: is this desk connected, what waits to be sent, who is there.

Shows the hub by host and port only: the join URL's password never reaches this output.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from checkin.cli.common import EXIT_OK, UserError, home_of, open_repository, print_json
from checkin.paths import database_path

if TYPE_CHECKING:
    from checkin.db.hub_backlog import AsideSummary


def _stamp(value: Any) -> str | None:
    # Seconds are what a person compares; the database's microseconds are noise.
    return None if value is None else value.isoformat(timespec="seconds")


def _when(stamp: str | None) -> str:
    """A stamp as the terminal shows it: this computer's local time, e.g. '5 Dec 09:12:04'."""
    if stamp is None:
        return "never"
    local = datetime.fromisoformat(stamp).astimezone()
    return f"{local.day} {local:%b %H:%M:%S}"


def _aside(a: AsideSummary) -> dict[str, Any]:
    return {"desk": a.desk, "count": a.count, "reason": a.reason, "later": a.later,
            "kind": a.kind, "app_version": a.app_version, "sentence": a.sentence()}  # fmt: skip


def run_status(args: argparse.Namespace) -> int:
    from checkin.db import event_log, hub_backlog, hub_state
    from checkin.hub import address, config, exchange
    from checkin.hub.errors import HubError
    from checkin.hub.rounds import bind

    joined = config.load(home_of(args))
    if joined is None:
        if args.json:
            print_json({"joined": False})
        else:
            print("This home has not joined a hub (`checkin hub join URL`).")
        return EXIT_OK
    if not database_path(home_of(args)).exists():
        raise UserError("This home has no database yet: run `checkin hub sync`.")
    with open_repository(args, need_event=False) as repo:
        state = hub_state.state(repo)
        status: dict[str, Any] = {
            "joined": True,
            "hub": address.where(joined.url),
            "desk": joined.desk,
            "hub_id": state.hub_id,
            "queued": hub_state.off_hub_count(repo),
            "queued_checkins": hub_state.waiting_checkins(repo),
            "unsent": event_log.unsent_count(repo.db),
            "waiting_for_people": hub_backlog.waiting_count(repo),
            "set_aside": [_aside(a) for a in hub_backlog.asides(repo)],
            "settings_damage": list(event.damage) if (event := repo.event()) else [],
            "last_push": _stamp(state.last_push),
            "last_pull": _stamp(state.last_pull),
            "connected": False,
            "tls": None,  # once connected: "verified", "encrypted" or "off"
            "problem": None,
            "desks": [],
        }
        try:
            with address.connect(joined.connection) as conn:
                info = bind(conn, repo)
                status["connected"] = True
                status["tls"] = address.tls_of(conn)
                status["same_hub"] = info.hub_id == state.hub_id
                status["desks"] = [
                    {"name": d.name, "app_version": d.app_version,
                     "last_contact": _stamp(d.last_contact), "events": d.events,
                     "revoked": d.revoked}
                    for d in exchange.desks(conn)
                ]  # fmt: skip
        except HubError as error:
            status["problem"] = str(error)
        except Exception as error:  # psycopg's, after connecting: the hub went away
            status["problem"] = str(address.classify(error, joined.connection))
    if args.json:
        print_json(status)
        return EXIT_OK
    where = status["hub"]
    print(
        f"Desk {joined.desk!r} of the hub at {where}: "
        + (
            f"connected (TLS: {status['tls']})."
            if status["connected"]
            else f"not connected — {status['problem']}"
        )
    )
    print(f"Queued here: {status['queued']} events ({status['queued_checkins']} check-ins).")
    print(f"Last push: {_when(status['last_push'])}; last pull: {_when(status['last_pull'])}.")
    for d in status["desks"]:
        print(
            f"  {d['name']}: checkin {d['app_version']}, {d['events']} events, "
            f"last contact {_when(d['last_contact'])}" + (" — revoked" if d["revoked"] else "")
        )
    for aside in status["set_aside"]:
        print(aside["sentence"])
    return EXIT_OK
