"""`checkin hub revoke DESK`: the organizer takes one desk's right to write to the hub.

A lost or stolen laptop is revoked, not the whole hub rebuilt: its role can no longer log in,
its inserts fail at once even on a connection it already holds, and every other desk carries on
with the credentials it has. It needs the hub's owner: read from the folder `hub serve` runs in
(`--dir`, HOME/hub by default), or given as `--url` for a hub made with `hub init`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin.cli.common import EXIT_OK, UserError, home_of
from checkin.cli.organizer import require_pin
from checkin.hub.errors import HubError  # light: no driver behind it


def owner_url(args: argparse.Namespace) -> str:
    from checkin.hub.serve import owner_url_file

    if args.url:
        return str(args.url)
    folder = home_of(args) / "hub" if args.dir is None else Path(args.dir).expanduser()
    try:
        return owner_url_file(folder).read_text(encoding="utf-8").strip()
    except OSError:
        raise UserError(
            f"There is no hub served from {folder}; name its folder with --dir, or give the "
            "owner's URL of a hub made with `checkin hub init` with --url."
        ) from None


def run_revoke(args: argparse.Namespace) -> int:
    from checkin.hub import address, desk_roles, schema

    require_pin(args, "revoking a desk")
    url = owner_url(args)
    try:
        with address.connect(url) as conn:
            schema.identify(conn)
            if desk_roles.whoami(conn) is not None:
                raise UserError("Only the hub's owner can revoke a desk, not another desk.")
            done = desk_roles.revoke(conn, args.desk_name)
    except HubError as error:
        raise UserError(str(error)) from None
    if not done:
        raise UserError(f"The hub has no desk {args.desk_name!r} to revoke (see `hub status`).")
    print(f"Desk {args.desk_name!r} is revoked: it can no longer write to the hub at "
          f"{address.where(url)}; its events so far stay.")  # fmt: skip
    return EXIT_OK
