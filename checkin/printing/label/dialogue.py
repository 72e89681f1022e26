"""The conversation with one label printer about one job: is it ready, and did the badge come out?

Before a job, the printer is asked for its status (QL: `ESC i S`; Zebra: `~HS`). A fault found
then keeps the badge in the desk's queue with the printer's sentence ("Out of labels: load a new
roll") and nothing is sent. A printer that does not answer at all is taken as one that cannot
report (some network modules never do): its job counts as done once every byte was taken.

After the job, the printer's replies decide: QL says "printing completed" or reports a fault (a
roll fault means the label did not print, so the queue may send it again once the roll is
changed; any other fault mid-print is uncertain); a Zebra's host status shows its buffer empty
(done) or a fault it will print through once cleared (waiting). A link that closes or resets
before that, or a printer that goes quiet for too long, leaves the badge uncertain: a person
looks at the printer, because resending could print it twice.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from checkin.printing.label import brother, zpl
from checkin.printing.label.address import BROTHER, LabelAddress
from checkin.printing.label.link import Link
from checkin.printing.printers import JobReport, PrinterState

REPLY_S = 2.0  # how long a printer that reports at all takes to answer a status request
QUIET_S = 1.0  # a printer that never reports: how long its link must stay whole after the job
SETTLE_S = 1.0  # a Zebra's buffer counts as empty only this long after the job went in
ASK_S = 5.0  # a QL that has not said "printing completed" by then is asked how it is doing
FOLLOW_S = 60.0  # longest a badge may take to come out once sent (a roll change included)
CUT = "The connection to the printer was cut before it said the badge was printed"
CHECK = "check the printer, then reprint if needed."


@dataclass
class Follow:
    """What the desk knows about one job it sent."""

    link: Link
    talks: bool  # the printer answered the status request before the job
    sent_at: float = field(default_factory=time.monotonic)
    buffer: bytes = b""
    seen_busy: bool = False
    asked: bool = False


def uncertain(reason: str) -> JobReport:
    return JobReport(PrinterState.UNCERTAIN, f"{reason}: {CHECK}")


def check(link: Link, address: LabelAddress) -> tuple[str, bool]:
    """(why the job must wait, '' when it may go; whether the printer reports its status)."""
    if address.kind == BROTHER:
        link.write(brother.STATUS_REQUEST)
        replies, _ = brother.parse_replies(_read_until(link, brother.REPLY_SIZE))
        if not replies:
            return "", False
        return brother.check_ready(replies[-1], address), True
    link.write(zpl.HOST_STATUS)
    status = _host_status(link)
    return ("", False) if status is None else (status.problem, True)


def follow(job: Follow, address: LabelAddress) -> JobReport | None:
    """The job's outcome if the printer has told it yet, else None (still printing)."""
    elapsed = time.monotonic() - job.sent_at
    try:
        if not job.talks:
            data = job.link.read(0.2)
            if data is None or elapsed >= QUIET_S:
                return JobReport(PrinterState.DONE)  # all it can tell: every byte was taken
            return None
        ql = address.kind == BROTHER
        report = _follow_ql(job, elapsed) if ql else _follow_zpl(job, elapsed)
    except OSError:
        return uncertain(CUT)
    if report is None and elapsed > FOLLOW_S:
        return uncertain(f"The printer did not say within {FOLLOW_S:.0f} s whether it printed")
    return report


def _follow_ql(job: Follow, elapsed: float) -> JobReport | None:
    if elapsed >= ASK_S and not job.asked:
        # Some network modules pass no unsolicited replies: ask, and a printer back to
        # "waiting to receive" without a fault has finished the job.
        job.link.write(brother.STATUS_ONLY)
        job.asked = True
    data = job.link.read(0.2)
    if data is None:
        return uncertain(CUT)
    replies, job.buffer = brother.parse_replies(job.buffer + data)
    for reply in replies:
        if reply.kind == "Printing completed":
            return JobReport(PrinterState.DONE)
        if reply.problem and reply.roll_problem:
            return JobReport(PrinterState.ABORTED, reply.problem)
        if reply.problem:
            return uncertain(f"The printer stopped: {reply.problem}")
        if job.asked and reply.waiting and reply.kind == "Reply to status request":
            return JobReport(PrinterState.DONE)
    return None


def _follow_zpl(job: Follow, elapsed: float) -> JobReport | None:
    job.link.write(zpl.HOST_STATUS)
    status = _host_status(job.link, job)
    if status is None:
        return None  # busy printing and slow to answer: asked again at the next turn
    if status.problem:
        # A Zebra holds the label and prints it once the fault is cleared: never resend.
        return JobReport(PrinterState.PENDING, status.problem)
    if not status.idle:
        job.seen_busy = True
        return JobReport(PrinterState.PRINTING)
    if job.seen_busy or elapsed >= SETTLE_S:
        return JobReport(PrinterState.DONE)
    return None


def _read_until(link: Link, size: int) -> bytes:
    """Bytes until at least `size` arrived or REPLY_S passed. Raises OSError if the link broke."""
    deadline, data = time.monotonic() + REPLY_S, b""
    while len(data) < size:
        chunk = link.read(deadline - time.monotonic())
        if chunk is None:
            raise ConnectionResetError("The printer closed the connection.")
        if not chunk:
            break
        data += chunk
    return data


def _host_status(link: Link, job: Follow | None = None) -> zpl.HostStatus | None:
    deadline = time.monotonic() + REPLY_S
    buffer = job.buffer if job is not None else b""
    while True:
        status, rest = zpl.split_host_status(buffer)
        if status is not None or time.monotonic() >= deadline:
            if job is not None:
                job.buffer = rest
            return status
        chunk = link.read(deadline - time.monotonic())
        if chunk is None:
            raise ConnectionResetError("The printer closed the connection.")
        buffer += chunk
