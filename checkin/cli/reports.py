"""Organizer commands: `export` (headcount, catering, attendee and check-in files), `purge`
(remove personal data after the event) and `dashboard` (the big-screen headcount window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checkin.cli.common import EXIT_OK, UserError, home_options, open_repository
from checkin.cli.organizer import add_pin_option, require_pin
from checkin.core.catering import DEFAULT_NO_SHOW
from checkin.reports.model import Kind

PERSONAL = (Kind.ATTENDEES, Kind.CHECKINS)  # names and e-mails: organizers only


def register(commands: Any) -> None:
    from checkin.reports.model import Format, Kind

    shared = home_options()
    export = commands.add_parser(
        "export", parents=[shared], help="write headcount, catering, attendee or check-in files"
    )
    export.add_argument("kind", choices=[k.value for k in Kind])
    export.add_argument("--day", type=int, metavar="N", help="only event day N (1 = first day)")
    export.add_argument(
        "--format", choices=[f.value for f in Format], help="default: from the file name, else csv"
    )
    export.add_argument("--out", required=True, metavar="FILE")
    add_pin_option(export)
    export.add_argument(
        "--no-show",
        metavar="PERCENT",
        default=f"{DEFAULT_NO_SHOW * 100:g}",
        help="catering: share of tickets for a later day assumed not to come (default %(default)s)",
    )
    export.add_argument(
        "--meals", metavar="NAME,...", default="Lunch", help="catering: meals per day"
    )
    export.set_defaults(handler=run_export)

    purge = commands.add_parser(
        "purge", parents=[shared], help="after the event: remove personal data, keep the counts"
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_pin_option(purge)
    purge.set_defaults(handler=run_purge)

    dashboard = commands.add_parser(
        "dashboard", parents=[shared], help="open the organizers' headcount dashboard"
    )
    dashboard.add_argument("--big", action="store_true", help="start in big-screen mode")
    dashboard.set_defaults(handler=run_dashboard)


def parse_percent(text: str, option: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        value = -1.0
    if not 0 <= value < 100:
        raise UserError(f"{option} wants a percentage from 0 to below 100, not {text!r}.")
    return value / 100


def run_export(args: argparse.Namespace) -> int:
    from checkin.reports.model import Kind

    if Kind(args.kind) in PERSONAL:
        require_pin(args, f"exporting {args.kind}")
    from checkin.reports.export import build, format_for, write
    from checkin.reports.fonts import NoUnicodeFont

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(f"--out {out} is a folder; give a file name.")
    if not out.parent.exists():
        raise UserError(f"The folder {out.parent} does not exist.")
    no_show = parse_percent(args.no_show, "--no-show")
    meals = [m.strip() for m in args.meals.split(",") if m.strip()]
    if not meals:
        raise UserError("--meals wants at least one meal name, e.g. Lunch,Dinner.")
    fmt = format_for(out, args.format)
    with open_repository(args) as repo:
        try:
            report = build(repo, Kind(args.kind), args.day, meals, no_show)
        except ValueError as error:
            raise UserError(str(error)) from error
    try:
        write(report, fmt, out)
    except NoUnicodeFont as error:
        raise UserError(str(error)) from error
    except OSError as error:
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error
    rows = sum(len(s.rows) for s in report.sections)
    print(f"Wrote {report.kind.value} ({rows} rows) as {fmt.value} to {out}.")
    return EXIT_OK


def run_purge(args: argparse.Namespace) -> int:
    from checkin.db.purge import PurgeIncomplete, purge_personal_data

    require_pin(args, "purging")
    with open_repository(args) as repo:
        people = len(repo.attendees())
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("purge removes personal data for good: confirm with --yes.")
            answer = input(
                f"Remove names, e-mails, notes and ticket codes of {people} attendees for good? "
                "Counts are kept. Type 'purge' to confirm: "
            )
            if answer.strip().lower() != "purge":
                raise UserError("Not confirmed; nothing was removed.")
        try:
            result = purge_personal_data(repo)
        except PurgeIncomplete as error:
            raise UserError(str(error)) from error
    files = f" and {result.files} badge files" if result.files else ""
    print(f"Removed the personal data of {result.attendees} attendees{files}; counts are kept.")
    return EXIT_OK


def run_dashboard(args: argparse.Namespace) -> int:
    from checkin.app import run_dashboard as open_dashboard  # Qt loads only when a window opens

    with open_repository(args) as repo:
        return open_dashboard(repo, big=args.big)
