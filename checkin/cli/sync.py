"""`checkin sync SOURCE`: pull the attendee list from a file or URL into the home (without a
SOURCE, from the connected ticketing platform: see `checkin.cli.platform`).

The source is read and checked before the database is even opened, so a file that cannot be
read changes nothing, not even an empty home. Exit 0 when the sync ran (rejected rows are listed),
2 when it was refused or the source could not be fetched (nothing changed).
"""

from __future__ import annotations

import argparse
import tempfile
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
from checkin.cli.hub_hooks import JoinedDesk, push_now
from checkin.cli.platform import run_pull
from checkin.cli.sync_report import created_event_line, rejected_lines
from checkin.paths import database_path

if TYPE_CHECKING:
    from checkin.sync import SyncReport, Table


def register(commands: Any) -> None:
    from checkin.sync import FIELDS, FORMATS

    sync = commands.add_parser(
        "sync",
        parents=[home_options()],
        help="pull the attendee list from a CSV/XLSX file or an http(s) URL",
        description="Pull the attendee list from an export file or URL. Safe to repeat: "
        "changed rows are updated, rows gone from the same source are cancelled, other "
        "sources, check-ins and badge-name corrections are left alone.",
    )
    sync.add_argument(
        "source",
        metavar="SOURCE",
        nargs="?",
        help="a .csv/.xlsx file or an http(s) URL; without it, the platform `checkin connect` "
        "remembered (only what changed since the last pull)",
    )
    sync.add_argument("--format", choices=("auto", *FORMATS), default="auto")
    sync.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help=f"read COLUMN as FIELD (one of {', '.join(FIELDS)}, or ignore); repeatable",
    )
    sync.add_argument(
        "--dry-run", action="store_true", help="report what would change, write nothing"
    )
    sync.add_argument(
        "--name",
        metavar="NAME",
        help="name of this list (default: its path or URL); a re-export saved under another "
        "file name syncs as the same list when given the same name",
    )
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.set_defaults(handler=run_sync_command)


def run_sync_command(args: argparse.Namespace) -> int:
    from checkin.sync import SyncError, parse_overrides, preview

    if args.source is None:
        pulled = run_pull(args)
        push_now(args)  # a joined desk hands the new list to the other desks
        return pulled
    try:
        overrides = parse_overrides(args.map)
        table = _load(args)
        shown = preview(table, args.format, overrides)  # refuses before the database is opened
        report = _sync(args, table, overrides)
    except SyncError as error:
        raise UserError(str(error)) from error
    if args.json:
        print_json(report.as_json())
    else:
        print(describe(report, shown.row_count))
    return EXIT_OK


def _load(args: argparse.Namespace) -> Table:
    from checkin.sync import SourceUnreachable, SyncError, load, offline_message

    try:
        return load(args.source)
    except SourceUnreachable as error:
        if not database_path(home_of(args)).exists():
            raise
        with open_repository(args, need_event=False) as repo:
            raise SyncError(f"{error} {offline_message(repo, args.source, args.name)}") from error


def _sync(args: argparse.Namespace, table: Table, overrides: dict[str, str]) -> SyncReport:
    from checkin.db.repository import Repository
    from checkin.sync import run_sync

    options: dict[str, Any] = {"format": args.format, "mapping": overrides, "name": args.name}
    if args.dry_run and not database_path(home_of(args)).exists():
        # Nothing to compare with: report against an empty scratch database, leave the home alone.
        with (
            tempfile.TemporaryDirectory() as scratch,
            Repository(Path(scratch) / "dry-run.sqlite3") as repo,
        ):
            return run_sync(repo, table, dry_run=True, **options)
    with open_repository(args, need_event=False) as repo:
        if args.dry_run:
            return run_sync(repo, table, dry_run=True, **options)
        with JoinedDesk(args, repo, pull_first=True):  # the new list goes to the other desks
            return run_sync(repo, table, dry_run=False, **options)


def describe(report: SyncReport, rows: int) -> str:
    counts = report.counts()
    verb = "Would sync" if report.dry_run else "Synced"
    lines = [
        f"{verb} {rows} rows from {report.location} ({report.format}): "
        + ", ".join(f"{value} {label}" for label, value in counts.items())
        + "."
    ]
    if report.fetched_at is not None:
        lines.append(f"Fetched at {report.fetched_at.astimezone():%Y-%m-%d %H:%M %Z}.")
    if report.cancelled_inside:
        lines.append(
            f"Cancelled while inside ({len(report.cancelled_inside)}; still counted on site): "
            + ", ".join(report.cancelled_inside)
            + "."
        )
    lines += rejected_lines(report, str)
    mapped = ", ".join(f"{column} → {field}" for column, field in report.mapping.items())
    lines.append(f"Columns: {mapped}.")
    lines += created_event_line(report)
    if report.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)
