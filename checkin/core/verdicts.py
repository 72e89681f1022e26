"""What the desk answers to a scan: admitted, let out, or refused with a code and one sentence.

Refusals are values, not exceptions, so that every front end (window, terminal, tests) shows the
same machine-readable code and the same human sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from checkin.core.entities import Attendee, CheckIn


class Outcome(StrEnum):
    ADMITTED = "admitted"
    EXITED = "exited"
    REFUSED = "refused"


class RefusalCode(StrEnum):
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    ALREADY_IN = "already_in"
    NOT_TODAY = "not_today"
    VENUE_FULL = "venue_full"
    NOT_IN = "not_in"  # an exit scan for someone who is not inside
    # The connected check-in list's rules, as the ticketing platform would answer (pretix's
    # reason codes in brackets).
    UNPAID = "unpaid"  # the order is not paid yet (unpaid)
    PRODUCT = "product"  # the ticket's product is not on the list (product)
    RULES = "rules"  # one of the list's custom rules says no (rules)
    REVOKED = "revoked"  # a signed ticket the platform took back (revoked)
    FORGED = "forged"  # a code shaped like a signed ticket whose signature is not the event's


class WarningCode(StrEnum):
    """Why an admission came with a warning: the machine-readable side of its sentence."""

    NEARLY_FULL = "nearly_full"
    FULL = "full"  # admitted past capacity under the warn policy
    OVERRIDE = "override"  # admitted past a blocking capacity by an organizer


class UndoCode(StrEnum):
    """Why nothing was undone."""

    UNKNOWN = "unknown"  # no such ticket
    NOTHING = "nothing"  # no movement of that ticket (or at this desk) that still counts
    ALREADY_UNDONE = "already_undone"
    TOO_LATE = "too_late"  # the window's short undo time has passed
    OTHER_DESK = "other_desk"  # the latest movement was made at another desk


class Severity(StrEnum):
    """How loudly the desk must react: green, amber or red."""

    OK = "ok"
    CAUTION = "caution"
    STOP = "stop"


# Already in / wrong day are usually a confused but genuine attendee (amber); the rest need a
# volunteer to stop the queue and look (red).
_CAUTION_CODES = frozenset({RefusalCode.ALREADY_IN, RefusalCode.NOT_TODAY, RefusalCode.NOT_IN})


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    message: str
    code: RefusalCode | None = None
    attendee: Attendee | None = None
    checkin: CheckIn | None = None
    warnings: tuple[str, ...] = ()
    warning_codes: tuple[WarningCode, ...] = ()  # one per warning, in the same order
    # True when the scan repeated a nonce already recorded: nothing new was written.
    repeated: bool = False

    @property
    def accepted(self) -> bool:
        return self.outcome is not Outcome.REFUSED

    @property
    def severity(self) -> Severity:
        if self.outcome is Outcome.REFUSED:
            return Severity.CAUTION if self.code in _CAUTION_CODES else Severity.STOP
        return Severity.CAUTION if self.warnings else Severity.OK

    def to_dict(self) -> dict[str, Any]:
        attendee = self.attendee
        return {
            "outcome": self.outcome.value,
            "code": self.code.value if self.code else None,
            "message": self.message,
            "warnings": list(self.warnings),
            "warning_codes": [code.value for code in self.warning_codes],
            "repeated": self.repeated,
            "severity": self.severity.value,
            "attendee": None
            if attendee is None
            else {
                "name": attendee.display_name,
                "code": attendee.code,
                "ticket_type": attendee.ticket_type,
                "company": attendee.company,
                "dietary": attendee.dietary,
                "accessibility": attendee.accessibility,
                "notes": attendee.notes,
            },
            "checkin": None
            if self.checkin is None
            else {
                "uuid": self.checkin.uuid,
                "direction": self.checkin.direction.value,
                "day": self.checkin.day.isoformat(),
                "at": self.checkin.at.isoformat(),
                "desk": self.checkin.desk,
            },
        }


@dataclass(frozen=True)
class UndoResult:
    """The answer to "undo that": which movement was taken back, or why nothing was."""

    done: bool
    message: str
    attendee: Attendee | None = None
    checkin: CheckIn | None = None  # the movement taken back (or the one that was refused)
    code: UndoCode | None = None  # set when nothing was undone

    def to_dict(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "code": self.code.value if self.code else None,
            "message": self.message,
            "movement": None if self.checkin is None else self.checkin.uuid,
            "desk": None if self.checkin is None else self.checkin.desk,
        }
