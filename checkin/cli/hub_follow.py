"""`checkin hub follow`: watch the events other desks make as they arrive at this desk, one line
each (JSON with --json), until interrupted."""

from __future__ import annotations

import argparse
import sys

from checkin.cli.common import EXIT_OK, open_repository
from checkin.cli.terminal_text import json_text


def run_follow(args: argparse.Namespace) -> int:
    from checkin.cli.hub import joined_hub, wait_for_signal
    from checkin.hub.exchange import Pulled
    from checkin.hub.link import HubLink, LinkStatus

    joined = joined_hub(args)
    with open_repository(args, need_event=False) as repo:
        shown: list[str] = []

        def status(state: LinkStatus) -> None:
            if not shown or shown[-1] != state.line:
                shown.append(state.line)
                print(state.line, file=sys.stderr, flush=True)

        def received(items: list[Pulled]) -> None:
            for item in items:
                e = item.event
                if args.json:
                    at = item.received_at.isoformat()
                    line = {"uuid": e.uuid, "kind": e.kind.value, "code": e.ticket,
                            "desk": e.desk, "received_at": at}  # fmt: skip
                    print(json_text(line), flush=True)
                else:
                    print(f"{item.received_at:%H:%M:%S} {e.desk}: {e.kind.value} {e.ticket}",
                          flush=True)  # fmt: skip

        link = HubLink(repo, joined.connection, status, received).start()
        try:
            wait_for_signal()
        finally:
            link.stop()
    return EXIT_OK
