"""A badge print job as the desk tracks it, from queued to done, and what each state means.

The job is written down before anything is sent to a printer and is marked done only when the
print system reports it finished, so a crash or a restart can tell what still has to be printed
and what must not be printed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class JobState(StrEnum):
    QUEUED = "queued"  # written down, not yet handed to a printer (or handed back for a retry)
    SENDING = "sending"  # being handed over right now; after a crash nobody knows if it arrived
    SENT = "sent"  # the print system accepted it and gave a job id; waiting for it to finish
    DONE = "done"  # the print system reported it complete; the badge counts as printed
    # Cancelled at the printer, or the desk gave up (also a badge withdrawn before any printer
    # had it: its admission undone, the waiting badges cleared): visible, never retried.
    FAILED = "failed"
    UNCERTAIN = "uncertain"  # interrupted while sending: a person must look before a reprint

    @property
    def pending(self) -> bool:
        return self in (JobState.QUEUED, JobState.SENDING, JobState.SENT)


@dataclass(frozen=True)
class PrintJob:
    id: int
    attendee_id: int
    template: str
    printer: str
    state: JobState
    reprint: bool
    created_at: datetime
    updated_at: datetime
    printer_job: str = ""  # the print system's own id, e.g. "badges-42" in CUPS
    attempts: int = 0
    message: str = ""  # what the desk shows: "printer stopped: out of labels", …
    title: str = ""
