"""`checkin merge OTHER`: add another desk's history to this home; `checkin snapshot --out FILE`:
the one-file copy of this desk's database to carry to the merging laptop."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from checkin.cli.common import EXIT_OK, UserError, home_options, open_repository


def register(commands: Any) -> None:
    command = commands.add_parser(
        "merge",
        parents=[home_options()],
        help="add another desk's check-ins and walk-ins (its home folder or database file)",
    )
    command.add_argument("source", metavar="OTHER", help="the other desk's home or .sqlite3 file")
    command.add_argument(
        "--any-event", action="store_true", help="merge even if the other file's event differs"
    )
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_merge)

    snapshot = commands.add_parser(
        "snapshot",
        parents=[home_options()],
        help="write this desk's database as one file to carry elsewhere (safe while it runs)",
    )
    snapshot.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    snapshot.set_defaults(handler=run_snapshot)


def run_merge(args: argparse.Namespace) -> int:
    from checkin.db.merge import MergeRefused, describe, merge, report_json

    with open_repository(args) as repo:
        try:
            report = merge(repo, Path(args.source).expanduser(), args.any_event)
        except MergeRefused as error:
            raise UserError(str(error)) from error
    print(report_json(report) if args.json else describe(report))
    return EXIT_OK


def run_snapshot(args: argparse.Namespace) -> int:
    from checkin.db.snapshot import SnapshotFailed, make_snapshot

    out = Path(args.out).expanduser()
    with open_repository(args) as repo:
        try:
            events = make_snapshot(repo.path, out)
        except SnapshotFailed as error:
            raise UserError(str(error)) from error
    print(f"Wrote {out} ({events} desk events); merge it with `checkin merge {out}`.")
    return EXIT_OK
