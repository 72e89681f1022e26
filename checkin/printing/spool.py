"""The background print queue: badges go out in a plain thread, the desk never waits.

A request is written to the print log (`checkin.db.print_log`) in the caller's thread before
anything else happens, so a badge asked for is never lost; the worker renders it, hands it to the
printer and polls until the print system reports it finished, and only then counts it as printed.
A printer that refuses it (offline, not accepting) leaves it queued with the reason shown and the
worker tries again later; a stopped printer keeps it in the print system until it comes back.
On start, jobs left by an earlier run are resumed; one interrupted mid-send is not resent blindly,
and neither is one whose direct printer's link was cut mid-job (`PrintUncertain`): it is left
uncertain for a person to check. A label printer lays badges out for the label it carries.
Sheet templates gather the waiting badges into one PDF, so a sheet is not wasted per badge.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState, PrintJob
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.printing.label.printer import LabelPrinter, PrinterNeedsAttention
from checkin.printing.printers import (
    JobReport,
    Printer,
    PrinterError,
    PrinterState,
    PrintUncertain,
)
from checkin.printing.render import BadgeRenderer
from checkin.workers import Worker

log = logging.getLogger("checkin.print")

StatusCallback = Callable[[PrintJob], None]
# How a refused or aborted job's message begins; a label printer's own sentence ("Out of labels:
# load a new roll.") begins with neither, and the status bar shows it as it is.
WAITING, GAVE_UP = "Waiting to print: ", "The printer gave up on it: "


class PrintQueue:
    def __init__(
        self,
        repo: Repository,
        printer: Printer,
        renderer: BadgeRenderer,
        *,
        on_status: StatusCallback | None = None,
        poll_seconds: float = 1.0,
        retry_seconds: float = 15.0,
        start_position: int = 0,
    ) -> None:
        if isinstance(printer, LabelPrinter):
            renderer = BadgeRenderer(printer.fit_template(renderer.template), renderer.event_name)
        self.repo, self.printer, self.renderer = repo, printer, renderer
        self.log = PrintLog(repo)
        self.on_status = on_status
        self.poll_seconds, self.retry_seconds = poll_seconds, retry_seconds
        self.start_position = start_position  # for a half-used sheet: the next send only
        self._wake = threading.Condition()
        self._stopping = False
        self._not_before: dict[int, float] = {}  # job id → monotonic time of its next attempt
        self._worker: Worker | None = None
        self._seen: dict[int, tuple[JobState, str]] = {}

    # -- the caller's side ---------------------------------------------------------------------

    def start(self) -> list[PrintJob]:
        """Resume what an earlier run left; returns the jobs it will carry on with."""
        resumed = self.log.recover()
        self._worker = Worker("checkin-print", self._run)
        self._worker.start()
        return resumed

    def submit(self, attendee: Attendee, *, reprint: bool = False) -> PrintJob:
        """Queue one badge. Raises `AlreadyPrinted` unless it is an explicit reprint."""
        if attendee.id is None:
            raise ValueError("Only a stored attendee can get a badge.")
        job = self.log.enqueue(
            attendee.id, self.renderer.template.name, self.printer.name, reprint=reprint
        )
        self._report(job)
        self.wake()
        return job

    def wake(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def retry_now(self) -> None:
        """The desk fixed the printer: try the waiting jobs at once instead of at the next turn."""
        self._not_before.clear()
        self.wake()

    def stop(self, timeout: float = 30.0) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if self._worker is not None:
            if not self._worker.join(timeout):
                log.warning("the print queue did not stop within %.0f s", timeout)
            self._worker = None
        if isinstance(self.printer, LabelPrinter):
            self.printer.close()  # its links; a job still printing is uncertain on the next run

    def wait_idle(self, timeout: float) -> bool:
        """Block until no job is pending (tests, the command line); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._wake:
            while self.log.jobs([JobState.QUEUED, JobState.SENDING, JobState.SENT]):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._wake.wait(min(left, self.poll_seconds))
        return True

    # -- the worker ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._wake:
                    if self._stopping:
                        return
                try:
                    self._send_waiting()
                    self._poll_sent()
                except Exception:  # one bad turn must not end the queue
                    log.exception("print queue turn failed")
                with self._wake:
                    self._wake.notify_all()  # wait_idle re-checks after every turn
                    if not self._stopping:
                        self._wake.wait(self.poll_seconds)
        finally:
            self.repo.db.close()  # this thread's own SQLite connection

    def _send_waiting(self) -> None:
        now = time.monotonic()
        ready = [
            job
            for job in self.log.jobs([JobState.QUEUED])
            if self._not_before.get(job.id, 0.0) <= now
        ]
        group = 1 if self.renderer.template.per_page == 1 else self.renderer.template.per_page
        while ready:
            first = self.start_position if group > 1 else 0
            batch, ready = ready[: max(group - first, 1)], ready[max(group - first, 1) :]
            self._send(batch, first)

    def _send(self, jobs: list[PrintJob], start_position: int) -> None:
        attendees = []
        for job in jobs:
            attendee = self.repo.attendee(job.attendee_id)
            if attendee is None:
                self._report(self.log.failed(job.id, "The attendee no longer exists."))
                continue
            attendees.append((job, attendee))
        if not attendees:
            return
        title = attendees[0][0].title if len(attendees) == 1 else f"{attendees[0][0].title}+"
        pdf = self.renderer.pdf([a for _, a in attendees], start_position, title=title)
        sending = [j for j, _ in attendees if self.log.begin_send(j.id) is not None]
        if not sending:
            return
        try:
            printer_job = self.printer.submit(pdf, title)
        except PrintUncertain as error:
            for job in sending:
                self._report(self.log.uncertain(job.id, str(error)))
            log.warning("printer %s may have %s: %s", self.printer.name, title, error)
            return
        except (PrinterError, OSError) as error:
            for job in sending:
                self._not_before[job.id] = time.monotonic() + self.retry_seconds
                attention = isinstance(error, PrinterNeedsAttention)
                message = f"{error}." if attention else f"{WAITING}{error}"
                self._report(self.log.retry_later(job.id, message))
            name = self.printer.name or "(none chosen, no system default)"
            # Said once per badge, not at every retry of a printer that stays away.
            first = any(job.attempts <= 1 for job in sending)
            log.log(logging.WARNING if first else logging.DEBUG,
                    "printer %s refused %s: %s", name, title, error)  # fmt: skip
            return
        self.start_position = 0  # the half-used sheet is now used up
        for job in sending:
            self._report(self.log.sent(job.id, printer_job))

    def _poll_sent(self) -> None:
        reports: dict[str, JobReport] = {}
        for job in self.log.jobs([JobState.SENT]):
            if job.printer_job not in reports:
                reports[job.printer_job] = self.printer.status(job.printer_job)
            report = reports[job.printer_job]
            state, message = report.state, report.message
            if state is PrinterState.DONE:
                job = self.log.done(job.id)
            elif state is PrinterState.CANCELLED:
                job = self.log.failed(job.id, "Cancelled at the printer; reprint if needed.")
            elif state is PrinterState.UNCERTAIN:
                job = self.log.uncertain(job.id, message)
            elif state is PrinterState.ABORTED:
                self._not_before[job.id] = time.monotonic() + self.retry_seconds
                job = self.log.retry_later(job.id, f"{GAVE_UP}{message}")
            else:
                waiting = "Printing" if state is PrinterState.PRINTING else "Waiting at the printer"
                job = self.log.note(job.id, message or waiting)
            self._report(job)

    def _report(self, job: PrintJob) -> None:
        """Tell the listener about a change (not about every unchanged poll)."""
        key = (job.state, job.message)
        if self._seen.get(job.id) == key:
            return
        self._seen[job.id] = key
        if self.on_status is not None:
            try:
                self.on_status(job)
            except Exception:
                log.exception("print status listener failed")
