"""Kiosk rules: how an attendee finds their own ticket at a self-service kiosk, what the kiosk
may show of anyone, and when it sends the attendee to the desk instead of admitting them.

A kiosk is a `Desk` session with its own desk name; these rules sit on top of it. It admits only
what needs no judgement: a ticket valid today, not in yet, no note for the desk, room in the
venue. Everything else — already in, not today, cancelled, venue full, a note, an unknown
ticket — sends the attendee to the desk; the reason is kept in the audit log under the kiosk's
name for the organizer. What the attendee reads is the window's to word, in the kiosk's language:
these rules answer with codes and facts (`Answer`, `Ask`, a wait in seconds, a first name).

Privacy: a surname search needs at least `MIN_SURNAME` letters, matches the start of surnames
only, and shows a pick as first name, the surname's initial and company — never an e-mail, a
code or a note; more than `MAX_PICKS` matches ask for more letters rather than list a crowd. An
e-mail must be typed exactly. Lookups that find nobody slow the next one down.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from checkin.core.capacity import is_full
from checkin.core.entities import Attendee
from checkin.core.folding import fold
from checkin.core.rules import ScanRequest, decide
from checkin.core.ticket_codes import clean
from checkin.operations.changes import Changes
from checkin.operations.desk import Desk
from checkin.operations.results import ScanResult

MIN_SURNAME = 3
MAX_PICKS = 5
FREE_MISSES = 3  # lookups that find nobody before the kiosk starts to slow down


class Answer(StrEnum):
    ADMITTED = "admitted"  # the badge prints: pick it up
    SEE_DESK = "see_desk"  # a person must look: the reason is kept for the organizer


class Ask(StrEnum):
    """Why a lookup offers nobody to pick, and what the attendee is asked to do."""

    WAIT = "wait"  # too many lookups found nobody: wait `Lookup.wait` seconds
    MORE_LETTERS = "more_letters"  # fewer than `MIN_SURNAME` letters of a surname
    NOT_FOUND = "not_found"  # check the spelling, or see the desk
    TOO_MANY = "too_many"  # more than `MAX_PICKS` match: type more letters


@dataclass(frozen=True)
class Pick:
    """What a kiosk shows of a match: nothing another attendee could misuse."""

    code: str  # kept off screen: the kiosk scans it once the attendee confirms
    first_name: str
    initial: str
    company: str

    @property
    def label(self) -> str:
        """ "Alan T. · Bletchley": enough for people to know themselves, too little to list them."""
        name = " ".join(
            p for p in (self.first_name, f"{self.initial}." if self.initial else "") if p
        )
        return " · ".join(p for p in (name, self.company) if p)


@dataclass(frozen=True)
class Lookup:
    picks: tuple[Pick, ...] = ()
    ask: Ask | None = None  # why there are none to pick (None: there are)
    wait: int = 0  # with Ask.WAIT: whole seconds before the next lookup is answered


@dataclass(frozen=True)
class KioskResult:
    answer: Answer
    reason: str  # for the organizer (a refusal code, "attention", "unknown" …)
    scan: ScanResult | None = None
    changes: Changes = field(default_factory=Changes)  # what its scan changed (none: referred)
    first_name: str = ""  # an admitted attendee's, to welcome them by


def pick_of(attendee: Attendee) -> Pick:
    initial = attendee.last_name.strip()[:1].upper()
    return Pick(attendee.code, attendee.first_name.strip(), initial, attendee.company.strip())


class Kiosk:
    """The kiosk's side of a `Desk` session; `clock` is monotonic seconds (the slow-down)."""

    def __init__(self, desk: Desk, clock: Callable[[], float] = time.monotonic) -> None:
        self.desk = desk
        self.clock = clock
        self.misses = 0
        self.quiet_until = 0.0

    def wait(self) -> float:
        """Seconds before the next lookup is answered (0: at once)."""
        return max(0.0, self.quiet_until - self.clock())

    def _missed(self) -> None:
        self.misses += 1
        if self.misses > FREE_MISSES:
            self.quiet_until = self.clock() + min(30.0, 2.0 ** (self.misses - FREE_MISSES))

    def find(self, text: str) -> Lookup:
        """A surname (its first letters) or an exact e-mail address, typed at the kiosk."""
        wait = self.wait()
        if wait > 0:
            return Lookup(ask=Ask.WAIT, wait=max(1, round(wait)))
        typed = clean(text)
        people = [a for a in self.desk.index.attendees() if not a.cancelled]
        if "@" in typed:
            found = [a for a in people if a.email and a.email.casefold() == typed.casefold()]
        else:
            letters = fold(typed)
            if sum(ch.isalpha() for ch in letters) < MIN_SURNAME:
                return Lookup(ask=Ask.MORE_LETTERS)
            found = [a for a in people if fold(a.last_name).startswith(letters)]
        if not found:
            self._missed()
            return Lookup(ask=Ask.NOT_FOUND)
        self.misses = 0
        if len(found) > MAX_PICKS:
            return Lookup(ask=Ask.TOO_MANY)
        return Lookup(tuple(pick_of(a) for a in found))

    def admit(self, code: str) -> KioskResult:
        """Check the attendee in if nothing needs a person's judgement (on the commit line)."""
        repo = self.desk.repo
        attendee = repo.attendee_by_code(code)
        if attendee is None or attendee.id is None:
            self._refer(None, code, "unknown")
            return KioskResult(Answer.SEE_DESK, "unknown")
        if attendee.notes.strip():
            self._refer(attendee, code, "attention")
            return KioskResult(Answer.SEE_DESK, "attention")
        event = repo.require_event()
        now = repo.clock()
        on_site = repo.on_site(event.day_of(now))
        preview = decide(
            ScanRequest(event, attendee.code, attendee, repo.history(attendee.id), on_site, now)
        )
        if preview.accepted and is_full(event, on_site):
            self._refer(attendee, code, "venue_full")
            return KioskResult(Answer.SEE_DESK, "venue_full")
        result, changes = self.desk.record_scan(attendee.code)  # refusals are audited there
        verdict = result.verdict
        if not verdict.accepted:
            return KioskResult(Answer.SEE_DESK, str(verdict.code), result, changes)
        return KioskResult(Answer.ADMITTED, "", result, changes, attendee.first_name.strip())

    def _refer(self, attendee: Attendee | None, code: str, reason: str) -> None:
        """Kept for the organizer, under the kiosk's desk name."""
        repo = self.desk.repo
        with repo.db.atomic("IMMEDIATE"):
            repo.audit(
                "kiosk_refer",
                desk=self.desk.name,
                attendee_id=attendee.id if attendee else None,
                detail={"code": clean(code)[:120], "reason": reason},
            )
