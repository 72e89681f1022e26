"""`checkin merge OTHER`: add another desk's check-ins (and walk-ins) to this home."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from checkin.cli.common import EXIT_OK, UserError, home_options, open_repository
from checkin.db.merge import MergeRefused, describe, merge, report_json


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


def run_merge(args: argparse.Namespace) -> int:
    with open_repository(args) as repo:
        try:
            report = merge(repo, Path(args.source).expanduser(), args.any_event)
        except MergeRefused as error:
            raise UserError(str(error)) from error
    print(report_json(report) if args.json else describe(report))
    return EXIT_OK
