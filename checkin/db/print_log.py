"""The print log: every badge print job, written down before it reaches a printer.

The states (see `checkin.core.print_jobs.JobState`) only move forward through guarded updates
(`WHERE state IN …`), so a repeated or late report changes nothing: a job becomes done once, and
its badge is counted in `badge_print` in that same transaction. A first print of an attendee who
already has a badge (or one on its way) is refused; a reprint must be asked for and is counted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from checkin.core.print_jobs import JobState, PrintJob
from checkin.db import mapping as m
from checkin.db.models import BadgePrintRow, PrintJobRow
from checkin.db.repository import Repository

log = logging.getLogger("checkin.db")

# Every withdrawal's reason starts so ("Withdrawn: the admission was undone.").
WITHDRAWN = "Withdrawn"


class AlreadyPrinted(Exception):
    """A first print was asked for an attendee whose badge is printed or already queued."""

    def __init__(self, attendee_id: int, message: str, queued: bool = False) -> None:
        super().__init__(message)
        self.attendee_id = attendee_id
        self.queued = queued  # waiting in the print queue (else: printed already)


def _job(row: PrintJobRow) -> PrintJob:
    created, updated = m.parse_instant(row.created_at), m.parse_instant(row.updated_at)
    assert created is not None and updated is not None
    return PrintJob(
        id=row.id,
        attendee_id=row.attendee_id,
        template=row.template,
        printer=row.printer,
        state=JobState(row.state),
        reprint=bool(row.reprint),
        created_at=created,
        updated_at=updated,
        printer_job=row.printer_job,
        attempts=row.attempts,
        message=row.message,
        title=row.title,
    )


class PrintLog:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def _now(self) -> str:
        return m.instant_text(self.repo.clock())

    def enqueue(
        self, attendee_id: int, template: str, printer: str, *, reprint: bool = False
    ) -> PrintJob:
        """Write a new job down (state queued). Raises AlreadyPrinted for an accidental repeat."""
        with self.repo.db.atomic("IMMEDIATE"):
            if not reprint:
                if self.repo.badges_printed(attendee_id):
                    raise AlreadyPrinted(attendee_id, "This badge was printed already.")
                if self.pending_for(attendee_id):
                    raise AlreadyPrinted(
                        attendee_id, "This badge is already in the print queue.", queued=True
                    )
            now = self._now()
            job_id = PrintJobRow.insert(
                attendee=attendee_id,
                template=template,
                printer=printer,
                reprint=reprint,
                desk=self.repo.desk,
                created_at=now,
                updated_at=now,
            ).execute()
            # The title names the job in the print system, so a person can match the two.
            PrintJobRow.update(title=f"badge-{job_id}").where(PrintJobRow.id == job_id).execute()
            self.repo.audit(
                "reprint_queued" if reprint else "print_queued",
                attendee_id=attendee_id,
                detail={"job": job_id, "template": template, "printer": printer},
            )
        return self.job(job_id)

    def _move(
        self, job_id: int, allowed: Iterable[JobState], state: JobState, **fields: object
    ) -> bool:
        moved = (
            PrintJobRow.update(state=state.value, updated_at=self._now(), **fields)
            .where(PrintJobRow.id == job_id, PrintJobRow.state.in_([s.value for s in allowed]))
            .execute()
        )
        return bool(moved)

    def begin_send(self, job_id: int) -> PrintJob | None:
        """queued → sending, counting the attempt; None when the job is no longer queued."""
        with self.repo.db.atomic("IMMEDIATE"):
            moved = self._move(
                job_id, [JobState.QUEUED], JobState.SENDING, attempts=PrintJobRow.attempts + 1
            )
        return self.job(job_id) if moved else None

    def sent(self, job_id: int, printer_job: str) -> PrintJob:
        with self.repo.db.atomic("IMMEDIATE"):
            self._move(
                job_id, [JobState.SENDING], JobState.SENT, printer_job=printer_job, message=""
            )
        return self.job(job_id)

    def retry_later(self, job_id: int, message: str) -> PrintJob:
        """Back to queued with the reason shown: it did not print, so sending again is safe —
        unless it was withdrawn while it was being sent: then it ends withdrawn, as asked."""
        with self.repo.db.atomic("IMMEDIATE"):
            row = PrintJobRow.get_or_none(PrintJobRow.id == job_id)
            asked = row.message if row is not None and row.message.startswith(WITHDRAWN) else ""
            if asked:
                self._move(job_id, [JobState.SENDING], JobState.FAILED, printer_job="")
            else:
                self._move(
                    job_id, [JobState.SENDING, JobState.SENT], JobState.QUEUED,
                    printer_job="", message=message,
                )  # fmt: skip
        return self.job(job_id)

    def note(self, job_id: int, message: str) -> PrintJob:
        """Change only the visible status (e.g. the printer stopped); the state stays."""
        with self.repo.db.atomic("IMMEDIATE"):
            PrintJobRow.update(message=message, updated_at=self._now()).where(
                PrintJobRow.id == job_id, PrintJobRow.message != message
            ).execute()
        return self.job(job_id)

    def done(self, job_id: int) -> PrintJob:
        """sent → done and the badge counted, together; a second report changes nothing."""
        with self.repo.db.atomic("IMMEDIATE"):
            if self._move(job_id, [JobState.SENT], JobState.DONE, message=""):
                job = self.job(job_id)
                self.repo.record_badge_print(
                    job.attendee_id, job.template, job.printer, job.reprint
                )
        return self.job(job_id)

    def failed(self, job_id: int, message: str) -> PrintJob:
        with self.repo.db.atomic("IMMEDIATE"):
            pending = [s for s in JobState if s.pending or s is JobState.UNCERTAIN]
            self._move(job_id, pending, JobState.FAILED, message=message)
        return self.job(job_id)

    def uncertain(self, job_id: int, message: str) -> PrintJob:
        """sending/sent → uncertain: the printer may have it (a link cut mid-job), so it is
        neither resent nor counted; a person looks at the printer and reprints if needed."""
        with self.repo.db.atomic("IMMEDIATE"):
            self._move(
                job_id, [JobState.SENDING, JobState.SENT], JobState.UNCERTAIN, message=message
            )
        return self.job(job_id)

    def withdraw(
        self, why: str, attendee_id: int | None = None, *, reprints: bool = True
    ) -> list[PrintJob]:
        """queued → failed with `why` shown: the badges no printer has yet (one attendee's, or
        all), first prints only unless `reprints`. A job already sending or sent stays: the
        printer may have it. Returns the jobs withdrawn. `why` starts with `WITHDRAWN`."""
        assert why.startswith(WITHDRAWN), why  # how `retry_later` knows a withdrawal was asked
        with self.repo.db.atomic("IMMEDIATE"):
            query = PrintJobRow.select().where(PrintJobRow.state == JobState.QUEUED.value)
            if attendee_id is not None:
                query = query.where(PrintJobRow.attendee == attendee_id)
            if not reprints:
                query = query.where(PrintJobRow.reprint == False)  # noqa: E712
            ids = [row.id for row in query]
            withdrawn = [
                job_id
                for job_id in ids
                if self._move(job_id, [JobState.QUEUED], JobState.FAILED, message=why)
            ]
            # A badge being sent right now: the printer may take it (then it prints). If the
            # printer refuses it, the withdrawal asked here holds (`retry_later`), instead of
            # the badge going back to the queue to print later for nobody.
            sending = PrintJobRow.update(message=why).where(
                PrintJobRow.state == JobState.SENDING.value,
                *([PrintJobRow.attendee == attendee_id] if attendee_id is not None else []),
                *([PrintJobRow.reprint == False] if not reprints else []),  # noqa: E712
            )
            sending.execute()
            for job_id in withdrawn:
                self.repo.audit("print_withdrawn", detail={"job": job_id})
        return [self.job(job_id) for job_id in withdrawn]

    def recover(self) -> list[PrintJob]:
        """After a restart: jobs caught mid-send become uncertain (a person decides, because the
        printer may have them); queued and sent jobs are returned to be resumed."""
        with self.repo.db.atomic("IMMEDIATE"):
            PrintJobRow.update(
                state=JobState.UNCERTAIN.value,
                updated_at=self._now(),
                message="Interrupted while sending: check the printer, then reprint if needed.",
            ).where(PrintJobRow.state == JobState.SENDING.value).execute()
        return self.jobs([JobState.QUEUED, JobState.SENT])

    def job(self, job_id: int) -> PrintJob:
        return _job(PrintJobRow.get_by_id(job_id))

    def jobs(self, states: Iterable[JobState] | None = None) -> list[PrintJob]:
        query = PrintJobRow.select().order_by(PrintJobRow.id)
        if states is not None:
            query = query.where(PrintJobRow.state.in_([s.value for s in states]))
        return [_job(row) for row in query]

    def pending_for(self, attendee_id: int) -> list[PrintJob]:
        query = PrintJobRow.select().where(
            PrintJobRow.attendee == attendee_id,
            PrintJobRow.state.in_([s.value for s in JobState if s.pending]),
        )
        return [_job(row) for row in query]

    def printed_attendee_ids(self) -> set[int]:
        """Attendees with a badge printed or on its way: a 'not yet printed' batch skips them."""
        printed = BadgePrintRow.select(BadgePrintRow.attendee).tuples()
        pending = (
            PrintJobRow.select(PrintJobRow.attendee)
            .where(PrintJobRow.state.in_([s.value for s in JobState if s.pending]))
            .tuples()
        )
        rows: list[tuple[int]] = [*printed, *pending]
        return {int(row[0]) for row in rows}

    def reprints(self, attendee_id: int) -> int:
        return int(
            BadgePrintRow.select()
            .where(BadgePrintRow.attendee == attendee_id, BadgePrintRow.reprint == True)  # noqa: E712
            .count()
        )
