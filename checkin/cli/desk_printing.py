"""The command line's badge printing for `checkin scan`: the operations' `BadgeQueue` on the
print log and a print queue that runs only while the command waits for its badge, on the
desk's printer (a CUPS queue or a label printer's address).

A job the printer does not take in time stays in the print log, queued: the next `checkin badges
--print` or the desk window on this home sends it, and nothing prints twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checkin.core.entities import Attendee

if TYPE_CHECKING:
    from checkin.db.repository import Repository
    from checkin.printing.printers import Printer

WAIT_S = 10.0  # how long `checkin scan` follows its badge before leaving it queued


class CommandLineBadges:
    def __init__(self, repo: Repository, printer: str, home: Path | None = None) -> None:
        from checkin.printing.spool import PrintQueue

        self.repo, self.printer, self.home = repo, printer, home
        self.queue: PrintQueue | None = None

    def enqueue(self, attendee: Attendee, reprint: bool) -> None:
        from checkin.operations.badges import BadgeUnavailable
        from checkin.printing.label.printer import UnusablePrinter, label_printer
        from checkin.printing.printers import CupsPrinter, cups_available, default_queue
        from checkin.printing.render import BadgeRenderer
        from checkin.printing.spool import PrintQueue
        from checkin.printing.templates import DEFAULT_TEMPLATE, get_template

        direct = label_printer(self.printer)
        if isinstance(direct, UnusablePrinter):
            raise BadgeUnavailable(f"the label printer's address is wrong: {direct.reason}")
        if direct is None and not cups_available():
            raise BadgeUnavailable(
                "no print system (CUPS) runs here; the desk window prints it with Ctrl+P."
            )
        if self.queue is None:
            printer: Printer = direct or CupsPrinter(self.printer or default_queue() or "")
            event = self.repo.require_event()
            renderer = BadgeRenderer(get_template(DEFAULT_TEMPLATE, self.home), event.name)
            self.queue = PrintQueue(self.repo, printer, renderer)
        self.queue.submit(attendee, reprint=reprint)

    def finish(self, wait: float = WAIT_S) -> bool:
        """Send what was queued and follow it for up to `wait` seconds; False if some is left."""
        if self.queue is None:
            return True
        self.queue.start()
        try:
            return self.queue.wait_idle(wait)
        finally:
            self.queue.stop()


def home_badges(repo: Repository, home: Path) -> CommandLineBadges | None:
    """The desk's printer when this home has one set up, else None (no badge is due)."""
    from checkin.db.desk_setup import badge_printer

    printer = badge_printer(repo)
    return None if printer is None else CommandLineBadges(repo, printer, home)
