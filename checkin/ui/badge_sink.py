"""The window's badge port (`BadgeSink`) on top of the background print queue.

`checkin.printing.spool.PrintQueue` reports every change of a job from its own thread. Those
reports are re-emitted through a queued Qt signal, so the status sentence is worked out and shown
on the UI thread only; no widget is ever touched from the queue's thread. A name with characters
the badge font cannot draw is not sent at all: the desk is told which characters, so it can
correct the badge name (F2) instead of handing out a badge with empty boxes (that rule is the
operations layer's, `checkin.operations.badges`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState, PrintJob
from checkin.operations.badges import BadgeUnavailable, BatchStep, batch_step
from checkin.operations.records import AlreadyPrinted, Store
from checkin.printing.printers import Printer
from checkin.printing.render import BadgeRenderer
from checkin.printing.spool import GAVE_UP, WAITING, PrintQueue
from checkin.printing.templates import DEFAULT_TEMPLATE, TemplateError, get_template
from checkin.ui.language import fill

log = logging.getLogger("checkin.print")

PrinterFactory = Callable[[str], Printer]  # printer name ('' = the system default) → printer


class QueueBadges(QObject):
    """Badges for the desk: one PrintQueue thread, restarted when printer or template change."""

    status_changed = Signal(str)
    _job_reported = Signal(object)  # PrintJob, emitted from whichever thread the queue reports in
    _noted = Signal(str)  # a refusal from `enqueue`, which runs on the desk's commit line

    def __init__(
        self,
        repo: Store,
        make_printer: PrinterFactory,
        *,
        printer: str = "",
        template: str = "",
        home: Path | None = None,
        poll_seconds: float = 1.0,
        retry_seconds: float = 15.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo, self.make_printer, self.home = repo, make_printer, home
        self.printer_name, self.template_name = printer, template or DEFAULT_TEMPLATE
        self.poll_seconds, self.retry_seconds = poll_seconds, retry_seconds
        self.pending: dict[int, PrintJob] = {}  # job id → its latest report, while not finished
        self.names: dict[int, str] = {}  # attendee id → name, for the status sentence
        self.last_note = ""
        self.queue: PrintQueue | None = None
        # Queued: the slot runs on this object's (the UI) thread whoever emits.
        self._job_reported.connect(self._on_job, Qt.ConnectionType.QueuedConnection)
        self._noted.connect(self._say, Qt.ConnectionType.QueuedConnection)
        self._start()

    # -- BadgeSink -------------------------------------------------------------------------------

    def enqueue(self, attendee: Attendee, reprint: bool) -> None:
        """Queue the badge (the operations decided it is due). Runs on the desk's commit line:
        the print log is written here, so not on the UI thread."""
        queue = self.queue
        if queue is None or attendee.id is None:
            raise BadgeUnavailable("printing is not available on this desk right now.")
        event = self.repo.event()
        queue.renderer.event_name = event.name if event else ""  # the event may arrive after start
        self.names[attendee.id] = attendee.display_name
        try:
            queue.submit(attendee, reprint=reprint)
        except AlreadyPrinted:
            said = QCoreApplication.translate(
                "VerdictWords", "%1 already has a badge (Ctrl+P reprints)."
            )
            self._noted.emit(fill(said, attendee.display_name))
            raise

    def set_printer(self, name: str) -> None:
        if name != self.printer_name:
            self.printer_name = name
            self._restart()
        self._show()

    def set_template(self, name: str) -> None:
        if (name or DEFAULT_TEMPLATE) != self.template_name:
            self.template_name = name or DEFAULT_TEMPLATE
            self._restart()
        self._show()

    def stop(self) -> None:
        """End the queue's thread (the window is closing); waiting jobs stay in the print log."""
        if self.queue is not None:
            self.queue.stop()
            self.queue = None

    def set_start_position(self, position: int) -> None:
        """The first free position (0-based) on a half-used sheet, for the next sheet sent."""
        if self.queue is not None:
            self.queue.start_position = position

    def enqueue_many(
        self, attendees: Sequence[Attendee], reprint_printed: bool, tick: Callable[[int, int], None]
    ) -> int:
        """A batch, called from the organizer's worker thread: queue each badge in order;
        those already printed are reprinted (counted) when `reprint_printed`, those already
        waiting are skipped. Returns how many were queued. Reports go through the queued signal."""
        queue = self.queue
        if queue is None:
            return 0
        queued = 0
        for number, attendee in enumerate(attendees, start=1):
            if attendee.id is None:
                continue
            self.names[attendee.id] = attendee.display_name
            step = batch_step(queue, attendee, reprint_printed)
            queued += step in (BatchStep.QUEUED, BatchStep.REPRINTED)
            tick(number, len(attendees))
        return queued

    def refresh(self) -> None:
        """Re-read what waits from the print log: badges were withdrawn behind the queue's back
        (an undone admission, an organizer clearing the queue)."""
        if self.queue is not None:
            jobs = self.queue.log.jobs([s for s in JobState if s.pending])
            self.pending = {job.id: job for job in jobs}
        self._show()

    def retry_now(self) -> None:
        if self.queue is not None:
            self.queue.retry_now()

    # -- the queue -------------------------------------------------------------------------------

    @property
    def printer_label(self) -> str:
        return self.queue.printer.name if self.queue is not None else (self.printer_name or "?")

    def _start(self) -> None:
        try:
            template = get_template(self.template_name, self.home)
        except TemplateError as error:
            log.warning("%s", error)
            template = get_template(DEFAULT_TEMPLATE)
            self.template_name = template.name
        event = self.repo.event()
        self.queue = PrintQueue(
            self.repo,
            self.make_printer(self.printer_name),
            BadgeRenderer(template, event.name if event else ""),
            on_status=self._job_reported.emit,
            poll_seconds=self.poll_seconds,
            retry_seconds=self.retry_seconds,
        )
        resumed = self.queue.start()
        self.pending = {job.id: job for job in resumed}
        for job in resumed:
            attendee = self.repo.attendee(job.attendee_id)
            self.names[job.attendee_id] = attendee.display_name if attendee else "?"
        log.info("print queue on %s with %s", self.printer_label, template.name)
        self._show()

    def _restart(self) -> None:
        self.stop()
        self._start()

    @Slot(object)
    def _on_job(self, job: PrintJob) -> None:
        name = self.names.get(job.attendee_id) or self.tr("someone")
        if job.state.pending:
            self.pending[job.id] = job
        else:
            self.pending.pop(job.id, None)
            if job.state is JobState.DONE:
                said = (
                    self.tr("%1's badge reprinted")
                    if job.reprint
                    else self.tr("%1's badge printed")
                )
                self.last_note = fill(said, name)
            elif job.state is JobState.UNCERTAIN:  # the printer's own words follow
                self.last_note = fill(
                    self.tr("%1's badge may not have printed: %2"),
                    name,
                    job.message,
                )
            else:
                self.last_note = fill(
                    self.tr("%1's badge not printed: %2"),
                    name,
                    job.message,
                )
        self._show()

    @Slot(str)
    def _say(self, note: str) -> None:
        self.last_note = note
        self._show()

    def _show(self) -> None:
        self.status_changed.emit(self.summary())

    def summary(self) -> str:
        """A few words for the status bar, e.g. 'Printer Brother-QL: 2 waiting', and after a
        newline what became of the last badge. A label printer's own words ("Out of labels:
        load a new roll.") are shown as the printer says them."""
        printer, jobs = self.printer_label, list(self.pending.values())
        count = len(jobs)
        if not printer.strip():
            # Without a name the queue goes to whatever the system picks, if anything: say so.
            if jobs:
                return self.tr("No badge printer — %n badge(s) waiting", "", count)
            return self.tr("No badge printer")
        if self.queue is None:
            return fill(self.tr("Printer %1: stopped"), printer)
        refused = [j for j in jobs if j.state is JobState.QUEUED and j.message]
        held = [j for j in jobs if j.state is JobState.SENT and j.message]
        if refused and not refused[0].message.startswith((WAITING, GAVE_UP)):
            reason = refused[0].message.rstrip(".")
            said = self.tr("Printer %1: %2 — %n badge(s) waiting, retrying", "", count)
            return fill(said, printer, reason)
        if refused:
            return fill(
                self.tr("Printer %1 offline — %n badge(s) waiting, retrying", "", count),
                printer,
            )
        if held:
            said = self.tr("Printer %1: %2 — %n badge(s) waiting", "", count)
            return fill(said, printer, held[0].message.rstrip("."))
        if jobs:
            return fill(
                self.tr("Printer %1: %n waiting", "", count),
                printer,
            )
        # The last badge's fate on a second line: the status bar keeps it in its tooltip.
        ready = fill(self.tr("Printer %1: ready"), printer)
        return ready + (f"\n{self.last_note}" if self.last_note else "")
