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
    # Admitted, and a note says the desk must act (pretix's "requires attention"): a state of its
    # own, so it cannot be missed as one more line under an ordinary green.
    ATTENTION = "attention"


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
    # The values behind the sentence (times as ISO text, counts, desk), so that a front end can
    # say it in another language from the code and these; not part of the --json answer.
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def accepted(self) -> bool:
        return self.outcome is not Outcome.REFUSED

    @property
    def severity(self) -> Severity:
        if self.outcome is Outcome.REFUSED:
            return Severity.CAUTION if self.code in _CAUTION_CODES else Severity.STOP
        attendee = self.attendee
        if self.outcome is Outcome.ADMITTED and attendee and requires_attention(attendee):
            return Severity.ATTENTION
        return Severity.CAUTION if self.warnings else Severity.OK

    @property
    def headline(self) -> str:
        return headline(self)

    @property
    def next_step(self) -> str:
        return next_step(self)

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
            "headline": self.headline,
            "next_step": self.next_step,
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
    # The values behind a refusal (name, ticket code, minutes, desk, time), so that a front end
    # can say it in another language from the code and these; not part of the --json answer.
    facts: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "code": self.code.value if self.code else None,
            "message": self.message,
            "movement": None if self.checkin is None else self.checkin.uuid,
            "desk": None if self.checkin is None else self.checkin.desk,
        }


# -- the desk's words: one vocabulary for the window and the command line -----------------------

# The prefixes a note that needs action starts with: the demo's wording and the one `sync` writes
# for pretix's "requires special attention" flag.
_ATTENTION_PREFIXES = ("requires attention", "requires special attention")

_WORDS = {Severity.OK: "ADMITTED", Severity.CAUTION: "CHECK", Severity.STOP: "STOP"}

# What the volunteer does next after an amber or red answer, and who may admit anyway. Front
# ends add their own keys (the window's Ctrl+N, the command's --override).
_NEXT_STEPS = {
    RefusalCode.ALREADY_IN: "The same person as on the ticket? Let them through: they are "
    "counted already. Someone else? Call an organizer.",
    RefusalCode.NOT_TODAY: "Not admitted. Only an organizer may let them in today, by "
    "registering them as a walk-in.",
    RefusalCode.NOT_IN: "Nothing was recorded. Let them go if they are leaving; to admit "
    "people, switch back to check-in.",
    RefusalCode.VENUE_FULL: "Not admitted. Only an organizer may admit past capacity.",
    RefusalCode.CANCELLED: "Not admitted. Send them to an organizer: they may hold a newer ticket.",
    RefusalCode.UNKNOWN: "Not admitted. Search their name instead; if they are not on the "
    "list, register them as a walk-in.",
}

NOT_A_TICKET_HEADLINE = "STOP: NOT A TICKET"


def requires_attention(attendee: Attendee) -> bool:
    """The attendee's notes flag that the desk must act (collect slides, hand over a key…)."""
    return attendee.notes.strip().casefold().startswith(_ATTENTION_PREFIXES)


def headline(verdict: Verdict) -> str:
    """The word above the name on the panel, and the start of the command line's answer."""
    severity = verdict.severity
    if verdict.outcome is Outcome.EXITED:
        return "EXITED"
    if verdict.outcome is Outcome.ADMITTED:
        if severity is Severity.ATTENTION:
            return "ADMITTED — ATTENTION"
        return "ADMITTED — CHECK" if severity is Severity.CAUTION else "ADMITTED"
    word = _WORDS[severity]
    if verdict.code is RefusalCode.NOT_IN:
        return f"{word}: NOT CHECKED IN"
    if verdict.code is None:
        return word
    return f"{word}: {verdict.code.value.replace('_', ' ').upper()}"


def next_step(verdict: Verdict) -> str:
    """One sentence: what to do now. Empty when the answer needs nothing more."""
    if verdict.code is not None:
        return _NEXT_STEPS.get(verdict.code, "")
    if verdict.severity is Severity.ATTENTION:
        return "Let them in, and act on their note now."
    return ""


def shown_text(text: str, limit: int = 60) -> str:
    """Outside text quoted in a sentence: printable characters only, at most `limit` of them."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    return printable if len(printable) <= limit else printable[: limit - 3] + "…"
