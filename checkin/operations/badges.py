"""Badge rules: when an admission prints a badge, what stops a badge, and reprints.

A badge is printed once per attendee unless someone asks for a reprint: the print log's guarded
enqueue (`checkin.db.print_log`) is the one place that knows whether a badge was printed or is on
its way — at this desk or, through the event log, at another. A name the badge font cannot draw
is not sent at all: the desk is told which characters, so it can correct the name (F2).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState
from checkin.db.print_log import AlreadyPrinted, PrintLog
from checkin.db.repository import Repository
from checkin.operations.results import BadgeCode, BadgeNote

log = logging.getLogger("checkin.print")


class BadgeUnavailable(RuntimeError):
    """The print queue cannot take a badge right now (stopped, restarting)."""


class BadgeQueue(Protocol):
    """Where this desk's badges go: writes the job to the print log and returns at once."""

    def enqueue(self, attendee: Attendee, reprint: bool) -> None:
        """Raises `AlreadyPrinted` for an accidental repeat, `BadgeUnavailable` when stopped."""
        ...


def queue_badge(queue: BadgeQueue | None, attendee: Attendee, reprint: bool) -> BadgeNote:
    name = attendee.display_name
    if queue is None:
        return BadgeNote(BadgeCode.NOT_SET_UP, "No badge printed: printing is not set up here.")
    # Only a desk that prints loads the badge renderer (ReportLab): `checkin scan` starts fast.
    from checkin.printing.fonts import missing_glyphs
    from checkin.printing.render import BadgeContent

    missing = missing_glyphs(*BadgeContent.of(attendee).texts())
    if missing:
        return BadgeNote(
            BadgeCode.GLYPHS_MISSING,
            f"Badge not printed: the badge font cannot draw “{missing}” in {name}. "
            "Correct the badge name (F2) to a spelling it can print.",
            missing,
        )
    try:
        queue.enqueue(attendee, reprint)
    except AlreadyPrinted as error:
        queued = error.queued
        code = BadgeCode.ALREADY_QUEUED if queued else BadgeCode.ALREADY_PRINTED
        text = f"{name}'s badge is already in the print queue." if queued else (
            f"{name} already has a badge (Ctrl+P reprints)."
        )  # fmt: skip
        return BadgeNote(code, text)
    except BadgeUnavailable as error:
        return BadgeNote(BadgeCode.UNAVAILABLE, f"Badge not printed: {error}", str(error))
    if reprint:
        return BadgeNote(BadgeCode.REPRINT_QUEUED, f"Reprinting {name}'s badge.")
    return BadgeNote(BadgeCode.QUEUED, f"Badge for {name} sent to the printer.")


@dataclass(frozen=True)
class WaitingBadge:
    """A badge in this desk's print queue that is not out yet, as the desk lists it."""

    job: int
    name: str
    state: JobState
    reprint: bool
    message: str  # why it waits, when the printer said ("Waiting to print: …")


def waiting_badges(repo: Repository) -> list[WaitingBadge]:
    """The badges queued or at the printer, oldest first: what the queue would still print."""
    jobs = PrintLog(repo).jobs([s for s in JobState if s.pending])
    waiting = []
    for job in jobs:
        attendee = repo.attendee(job.attendee_id)
        name = attendee.display_name if attendee else "(removed attendee)"
        waiting.append(WaitingBadge(job.id, name, job.state, job.reprint, job.message))
    return waiting


def clear_waiting(repo: Repository) -> int:
    """Take every badge no printer has yet off the queue (an organizer's choice, e.g. badges
    piled up while no printer was chosen); returns how many. Those already sent stay."""
    withdrawn = PrintLog(repo).withdraw("Withdrawn from the queue by an organizer.")
    log.info("%d waiting badges withdrawn", len(withdrawn))
    return len(withdrawn)


def withdraw_for_undone_admission(repo: Repository, attendee_id: int) -> int:
    """An undone admission must not leave its first badge waiting to print: withdraw it while
    no printer has it yet (a reprint asked for by hand stays). Returns how many."""
    why = "Withdrawn: the admission was undone."
    return len(PrintLog(repo).withdraw(why, attendee_id, reprints=False))


class BatchStep(StrEnum):
    """What a badge batch (Organizer ▸ Print badges…, `checkin badges`) did with one badge."""

    QUEUED = "queued"  # a first badge
    REPRINTED = "reprinted"  # printed before; the batch asked to reprint those
    SKIPPED_PRINTED = "skipped_printed"  # printed before; not printed again
    SKIPPED_QUEUED = "skipped_queued"  # already waiting in the queue: never twice


class BatchSpool(Protocol):
    """The print queue as a batch uses it (`checkin.printing.spool.PrintQueue`)."""

    def submit(self, attendee: Attendee, *, reprint: bool = False) -> object: ...


def batch_step(spool: BatchSpool, attendee: Attendee, reprint_printed: bool) -> BatchStep:
    """The batch rule: a first badge for whoever has none; those printed before only when the
    organizer asked for reprints (counted as reprints); one already queued is never queued again.
    """
    try:
        spool.submit(attendee)
    except AlreadyPrinted as error:
        if error.queued:
            return BatchStep.SKIPPED_QUEUED
        if not reprint_printed:
            return BatchStep.SKIPPED_PRINTED
        spool.submit(attendee, reprint=True)
        return BatchStep.REPRINTED
    return BatchStep.QUEUED


def must_know(attendee: Attendee) -> list[tuple[str, str]]:
    """What the desk must tell the volunteer about this person, label first."""
    fields = [
        ("Dietary", attendee.dietary),
        ("Access", attendee.accessibility),
        ("Note", attendee.notes),
    ]
    return [(label, value) for label, value in fields if value]
