"""The one function that decides a scan, given everything the database knows about it.

It is pure: the repository gathers the attendee, their history and the current headcount inside
one write transaction, asks `decide`, and records the answer in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from checkin.core.capacity import blocks_entry, is_full, nearly_full_after
from checkin.core.entities import Attendee, CheckIn, Direction, Event
from checkin.core.list_rules import ListRules, TicketFacts, judge
from checkin.core.verdicts import Outcome, RefusalCode, WarningCode


@dataclass(frozen=True)
class ScanRequest:
    event: Event
    code: str
    attendee: Attendee | None
    history: Sequence[CheckIn]  # this attendee's check-ins, any day, undone ones included
    on_site: int  # people inside right now, before this scan
    now: datetime  # UTC
    direction: Direction = Direction.IN
    override: bool = False  # an organizer admits past a blocking capacity (or an unpaid order)
    # The connected platform's check-in list and what it says of this ticket: the list's rules
    # are applied as the platform would (None: no platform list, the desk's rules alone).
    gate: tuple[ListRules, TicketFacts] | None = None


@dataclass(frozen=True)
class Decision:
    """What `decide` concluded; the repository turns an accepted one into a CheckIn."""

    outcome: Outcome
    message: str
    code: RefusalCode | None = None
    warnings: tuple[str, ...] = ()
    warning_codes: tuple[WarningCode, ...] = ()  # one per warning, in the same order
    override_used: bool = False
    facts: tuple[tuple[str, str], ...] = ()  # see Verdict.facts

    @property
    def accepted(self) -> bool:
        return self.outcome is not Outcome.REFUSED


def latest(checkins: Iterable[CheckIn]) -> CheckIn | None:
    """The most recent of some check-ins; on equal times the one recorded later wins, so the
    answer matches the database's (time, insertion) order."""
    found: CheckIn | None = None
    for c in checkins:
        if found is None or c.at >= found.at:
            found = c
    return found


def last_movement(history: Iterable[CheckIn], day: date) -> CheckIn | None:
    """The latest entry or exit that still counts on a given day."""
    return latest(c for c in history if c.day == day and not c.undone)


def is_inside(history: Sequence[CheckIn], day: date) -> bool:
    latest = last_movement(history, day)
    return latest is not None and latest.direction is Direction.IN


def decide(request: ScanRequest) -> Decision:
    event, attendee = request.event, request.attendee
    if attendee is None:
        return _refuse(RefusalCode.UNKNOWN, f"No ticket with code {_quote(request.code)}.")
    # A ticket imported without a name ("name not given") is still someone's ticket.
    name = attendee.display_name or f"Ticket {_quote(attendee.code)}"
    if attendee.cancelled:
        return _refuse(RefusalCode.CANCELLED, f"{name}'s ticket was cancelled.")

    today = event.day_of(request.now)
    if request.direction is Direction.OUT:
        if not is_inside(request.history, today):
            return _refuse(RefusalCode.NOT_IN, f"{name} is not checked in, so cannot be let out.")
        return Decision(Outcome.EXITED, f"{name} has left; re-entry is allowed.")

    if event.days and today not in event.days:
        return _refuse(
            RefusalCode.NOT_TODAY,
            f"Today ({_day(today)}) is not a day of {event.name}; it runs {_days(event.days)}.",
            today=today.isoformat(),
            event_days=_iso_days(event.days),
        )
    if not attendee.valid_on(today):
        return _refuse(
            RefusalCode.NOT_TODAY,
            f"{name}'s ticket is valid on {_days(attendee.days)}, not today ({_day(today)}).",
            today=today.isoformat(),
            ticket_days=_iso_days(attendee.days),
        )
    unpaid_override = False
    if request.gate is not None:
        rules, facts = request.gate
        answer = judge(rules, facts, request.history, request.now, event, name, request.override)
        if answer is not None and answer.code is not None:
            return _refuse(answer.code, answer.message)
        unpaid_override = answer is not None and answer.override_used
    latest = last_movement(request.history, today)
    multiple = request.gate is not None and request.gate[0].allow_multiple_entries
    if latest is not None and latest.direction is Direction.IN and not multiple:
        when = event.local_time(latest.at).strftime("%H:%M")
        return _refuse(
            RefusalCode.ALREADY_IN,
            f"{name} is already in: admitted at {when} at desk {latest.desk}.",
            at=event.local_time(latest.at).isoformat(),
            desk=latest.desk,
        )
    decision = _admit_within_capacity(request, name)
    if unpaid_override and decision.accepted:
        note = f"{name}'s order is not paid yet: admitted by organizer override."
        return Decision(
            decision.outcome,
            decision.message,
            warnings=(*decision.warnings, note),
            warning_codes=(*decision.warning_codes, WarningCode.OVERRIDE),
            override_used=True,
            facts=decision.facts,
        )
    return decision


def _admit_within_capacity(request: ScanRequest, name: str) -> Decision:
    event, on_site = request.event, request.on_site
    welcome = f"Welcome, {name}."
    counts = (("on_site", str(on_site)), ("capacity", str(event.capacity or 0)))
    if is_full(event, on_site):
        full = f"The venue is full: {on_site} of {event.capacity} are on site."
        if blocks_entry(event, on_site) and not request.override:
            return _refuse(
                RefusalCode.VENUE_FULL, f"{full} An organizer can override.", **dict(counts)
            )
        if blocks_entry(event, on_site):
            return Decision(
                Outcome.ADMITTED,
                welcome,
                warnings=(f"{full} Admitted by organizer override.",),
                warning_codes=(WarningCode.OVERRIDE,),
                override_used=True,
                facts=counts,
            )
        return Decision(
            Outcome.ADMITTED,
            welcome,
            warnings=(full,),
            warning_codes=(WarningCode.FULL,),
            facts=counts,
        )
    if nearly_full_after(event, on_site):
        return Decision(
            Outcome.ADMITTED,
            welcome,
            warnings=(f"Venue nearly full: {on_site + 1} of {event.capacity} on site.",),
            warning_codes=(WarningCode.NEARLY_FULL,),
            facts=(("on_site", str(on_site + 1)), counts[1]),
        )
    return Decision(Outcome.ADMITTED, welcome)


def _refuse(code: RefusalCode, message: str, **facts: str) -> Decision:
    return Decision(Outcome.REFUSED, message, code=code, facts=tuple(facts.items()))


def _iso_days(days: Iterable[date]) -> str:
    return " ".join(day.isoformat() for day in sorted(days))


def _quote(code: str) -> str:
    # A hostile scan can carry control characters or kilobytes; the sentence stays one short line.
    printable = "".join(ch if ch.isprintable() else "?" for ch in code)
    if len(printable) > 40:
        printable = printable[:37] + "…"
    return f"“{printable}”"


def _day(day: date) -> str:
    return day.strftime("%a %d %b").replace(" 0", " ")


def _days(days: Sequence[date]) -> str:
    return ", ".join(_day(d) for d in sorted(days))
