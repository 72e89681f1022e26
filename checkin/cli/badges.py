"""`checkin badges`: render badges to a PDF file, or print them through the print queue (to a
CUPS queue, or straight to a Brother QL or Zebra label printer named by its address)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.cli.common import EXIT_OK, UserError, home_of, home_options, open_repository
from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState, PrintJob

if TYPE_CHECKING:
    from checkin.db.repository import Repository
    from checkin.printing.printers import Printer
    from checkin.printing.render import BadgeRenderer
    from checkin.printing.templates import Template


def register(commands: Any) -> None:
    badges = commands.add_parser(
        "badges", parents=[home_options()], help="render badges to a PDF or print them"
    )
    badges.add_argument("--template", metavar="NAME", help="template name or .json file")
    badges.add_argument("--list-templates", action="store_true", help="list templates and exit")
    badges.add_argument("--code", metavar="CODE", action="append", default=[], help="only this")
    badges.add_argument("--unprinted", action="store_true", help="only badges not printed yet")
    badges.add_argument("--start-position", metavar="N", type=int, default=1,
                        help="first free position on a half-used sheet (1 = top left)")  # fmt: skip
    badges.add_argument("--markers", action="store_true", help="show dietary/access markers")
    badges.add_argument("--force", action="store_true",
                        help="include names the fonts cannot fully draw")  # fmt: skip
    where = badges.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="FILE.pdf", help="save the badges to a PDF file")
    where.add_argument("--print", action="store_true",
                       help="print through CUPS or to a label printer")  # fmt: skip
    badges.add_argument("--record", action="store_true",
                        help="with --out: count the saved badges as printed")  # fmt: skip
    badges.add_argument("--printer", metavar="NAME",
                        help="CUPS queue (default: the default one), or a label printer: "
                        "brother-ql://HOST[:PORT]?model=QL-820NWB&label=62 (62, 62x100, 102, "
                        "102x152), zpl://HOST[:PORT]?dpi=203&width=102[&height=152], or "
                        "brother-ql:///dev/usb/lp0?… on USB")  # fmt: skip
    badges.add_argument("--reprint", action="store_true", help="print again (counted as reprint)")
    badges.add_argument("--wait", metavar="SECONDS", type=float, default=120.0,
                        help="seconds to follow the printing before leaving it queued")  # fmt: skip
    badges.set_defaults(handler=run_badges)


def run_badges(args: argparse.Namespace) -> int:
    from checkin.printing.batch import UnknownCodes, choose
    from checkin.printing.render import BadgeRenderer

    home = home_of(args)
    if args.list_templates:
        for name, template in sorted(_templates(home).items()):
            print(f"{name:16} {template.description}")
        return EXIT_OK
    if not args.out and not args.print:
        raise UserError("Say where the badges go: --out FILE.pdf or --print.")
    template = _template(args.template, home)
    if args.markers:
        template = template.with_fields(markers=True)
    if not 1 <= args.start_position <= template.per_page:
        raise UserError(f"{template.name} has positions 1 to {template.per_page} per page.")
    with open_repository(args) as repo:
        try:
            chosen = choose(repo, args.code, only_unprinted=args.unprinted)
        except UnknownCodes as error:
            raise UserError(str(error)) from error
        chosen = _check_glyphs(chosen, args.force)
        if not chosen:
            print("No badges to make.")
            return EXIT_OK
        renderer = BadgeRenderer(template, repo.require_event().name)
        if args.out:
            return _save(repo, renderer, chosen, Path(args.out), args)
        return _print(repo, renderer, chosen, args)


def _templates(home: Path) -> dict[str, Template]:
    from checkin.printing.templates import TemplateError, available_templates

    try:
        return available_templates(home)
    except TemplateError as error:
        raise UserError(str(error)) from error


def _template(name: str | None, home: Path) -> Template:
    from checkin.printing.templates import TemplateError, get_template

    try:
        return get_template(name, home)
    except TemplateError as error:
        raise UserError(str(error)) from error


def _check_glyphs(chosen: list[Attendee], force: bool) -> list[Attendee]:
    from checkin.printing.batch import glyph_problems

    problems = glyph_problems(chosen)
    for attendee in chosen:
        if attendee.code in problems:
            action = "printing anyway" if force else "skipped"
            print(
                f"warning: the badge font cannot draw {problems[attendee.code]!r} in "
                f"{attendee.display_name} ({attendee.code}): {action}; set a badge name "
                "in Latin, Greek or Cyrillic letters to print it.",
                file=sys.stderr,
            )
    return chosen if force else [a for a in chosen if a.code not in problems]


def _save(
    repo: Repository, renderer: BadgeRenderer, chosen: list[Attendee], out: Path, args: Any
) -> int:
    from checkin.printing.batch import save_pdf

    if out.suffix.lower() != ".pdf":
        raise UserError(f"{out} should end in .pdf.")
    if not out.parent.is_dir():
        raise UserError(f"There is no folder {out.parent}.")
    pages = save_pdf(renderer, chosen, out, start_position=args.start_position - 1)
    if args.record:
        for attendee in chosen:
            assert attendee.id is not None
            printed = repo.badges_printed(attendee.id) > 0
            repo.record_badge_print(attendee.id, renderer.template.name, f"pdf:{out.name}", printed)
    print(f"Saved {len(chosen)} badges on {pages} pages to {out}.")
    return EXIT_OK


def _printer(name: str | None) -> Printer:
    from checkin.printing.label.printer import UnusablePrinter, label_printer
    from checkin.printing.printers import CupsPrinter, cups_available, cups_queues, default_queue

    direct = label_printer(name or "")
    if isinstance(direct, UnusablePrinter):
        raise UserError(direct.reason)
    if direct is not None:
        return direct
    if not cups_available():
        raise UserError("No print system is running here (CUPS): use --out FILE.pdf instead.")
    queue_name = name or default_queue()
    if not queue_name:
        raise UserError("There is no default printer: name one with --printer.")
    if queue_name not in cups_queues():
        raise UserError(f"There is no printer called {queue_name}.")
    return CupsPrinter(queue_name)


def _print(repo: Repository, renderer: BadgeRenderer, chosen: list[Attendee], args: Any) -> int:
    from checkin.operations.badges import BatchStep, batch_step
    from checkin.printing.spool import PrintQueue

    printer = _printer(args.printer)

    def show(job: PrintJob) -> None:
        who = repo.attendee(job.attendee_id)
        name = who.display_name if who else f"attendee {job.attendee_id}"
        print(
            f"{job.title} {name}: {job.state.value}" + (f" — {job.message}" if job.message else "")
        )

    queue = PrintQueue(repo, printer, renderer, on_status=show,
                       start_position=args.start_position - 1)  # fmt: skip
    queue.start()
    skipped = 0
    try:
        for attendee in chosen:
            step = batch_step(queue, attendee, reprint_printed=args.reprint)
            if step is BatchStep.SKIPPED_PRINTED:
                skipped += 1
                print(f"{attendee.display_name}: this badge was printed already "
                      "(use --reprint to print it again)")  # fmt: skip
            elif step is BatchStep.SKIPPED_QUEUED:
                print(f"{attendee.display_name}: this badge is already in the print queue.")
        finished = queue.wait_idle(args.wait)
    finally:
        queue.stop()
    left = queue.log.jobs([JobState.QUEUED, JobState.SENT])
    uncertain = [j for j in queue.log.jobs([JobState.UNCERTAIN]) if j.printer == printer.name]
    if skipped:
        print(f"{skipped} already printed, not printed again.")
    if uncertain:
        print(f"{len(uncertain)} badges may not have printed (the printer's link was cut): "
              "look at the printer, then print them again with --reprint --code CODE.")  # fmt: skip
    if not finished or left:
        print(f"{len(left)} badges are still waiting; they print on the next run or at the desk.")
    return EXIT_OK
