"""`DeskOperations`: the desk's actions without a session — the part of `Desk` that keeps no
state, for a script or a benchmark that only scans and undoes (front ends hold a `Desk`).

Each operation decides with the desk's rules, writes through the repository (each write one
transaction, with its event in the desk's log) and returns a value. Operations that write are
safe on any one thread with its own connection: the window runs them on its commit line, the
command line and the terminal desk in their only thread.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from checkin.core.entities import Attendee, Direction
from checkin.core.ticket_codes import issue_code
from checkin.core.verdicts import Outcome, UndoResult
from checkin.db.repository import Repository
from checkin.operations import signed_tickets, undo
from checkin.operations.badges import BadgeQueue, queue_badge
from checkin.operations.results import BadgeCode, BadgeNote, ScanResult, WalkInDetails
from checkin.operations.undo import UNDO_WINDOW, Movement

log = logging.getLogger("checkin.desk")


class DeskOperations:
    def __init__(
        self,
        repo: Repository,
        badges: BadgeQueue | None = None,
        *,
        auto_badge: bool = True,
        undo_window: timedelta = UNDO_WINDOW,
    ) -> None:
        self.repo = repo
        self.badges = badges  # None: this desk does not print
        self.auto_badge = auto_badge  # an admission prints its first badge at once
        self.undo_window = undo_window

    # -- reading -----------------------------------------------------------------------------

    def on_site(self) -> int | None:
        event = self.repo.event()
        return None if event is None else self.repo.on_site(event.day_of(self.repo.clock()))

    # -- scans -------------------------------------------------------------------------------

    def scan(
        self,
        code: str,
        *,
        direction: Direction = Direction.IN,
        override: bool = False,
        nonce: str | None = None,
        badge: bool = True,
        badges: BadgeQueue | None = None,
        auto_badge: bool | None = None,
        desk: str | None = None,
    ) -> ScanResult:
        """Record a scan with the desk's rules; a first admission queues its badge when this
        desk prints (`badge=False` skips it). `badges`/`auto_badge` pin what was set up when the
        scan was taken, for a scan recorded later on another thread."""
        # A code no ticket has may prove itself (a signed ticket bought after the last pull).
        refused = signed_tickets.take_in(self.repo, code) if direction is Direction.IN else None
        if refused is not None:
            return ScanResult(refused, None, self.on_site())
        verdict = self.repo.decide_and_record(
            code, direction=direction, nonce=nonce, override=override, desk=desk
        )  # `desk`: a kiosk beside a desk in one home records under its own name
        note: BadgeNote | None = None
        wants = self.auto_badge if auto_badge is None else auto_badge
        queue = self.badges if badges is None else badges
        # The check-in is saved: a failure after this must not be shown as a failed scan.
        try:
            admitted = verdict.outcome is Outcome.ADMITTED and not verdict.repeated
            if badge and wants and admitted and verdict.attendee is not None:
                note = queue_badge(queue, verdict.attendee, reprint=False)
            on_site = self.on_site()
        except Exception as error:
            log.warning("after a saved scan: %s", error)
            text = f"Admitted, but the badge was not queued ({error}); Ctrl+P prints it."
            return ScanResult(verdict, BadgeNote(BadgeCode.FAILED, text, str(error)), None)
        return ScanResult(verdict, note, on_site)

    # -- undo --------------------------------------------------------------------------------

    def undo_too_late(self, shown: Movement) -> UndoResult | None:
        """Whether Ctrl+Z comes too late for that movement (no database write: ask at once)."""
        return undo.too_late(self.repo.clock(), shown, self.undo_window)

    def undo_shown(self, shown: Movement) -> UndoResult:
        """Ctrl+Z: take back exactly the movement this desk showed, while it is recent."""
        return undo.undo_shown(self.repo, shown, self.undo_window)

    def undo_latest(self, code: str, any_desk: bool = False) -> UndoResult:
        """`checkin undo CODE`: this desk's latest movement of the ticket."""
        return undo.undo_latest(self.repo, code, any_desk)

    # -- walk-ins and corrections ------------------------------------------------------------

    def register_walk_in(self, details: WalkInDetails) -> Attendee:
        """Add someone registering at the desk, with a code signed by the event's secret; the
        admission that follows is an ordinary `scan` (with `override` past a full venue)."""
        event = self.repo.require_event()
        attendee = self.repo.add_attendee(
            Attendee(
                code=issue_code(event.secret),
                first_name=details.first_name,
                last_name=details.last_name,
                email=details.email,
                company=details.company,
                ticket_type=details.ticket_type,
                source="walk-in",
            ),
            walk_in=True,
        )
        log.info("walk-in %s registered", attendee.code)
        return attendee

    def rename(self, attendee: Attendee, name: str) -> Attendee:
        """Correct the name printed on the badge (kept through later syncs)."""
        return self.repo.set_badge_name(attendee.code, name)

    def reprint(self, attendee: Attendee, badges: BadgeQueue | None = None) -> BadgeNote:
        return queue_badge(self.badges if badges is None else badges, attendee, reprint=True)

    def ticket_types(self) -> list[str]:
        """Ticket types of this event, the most common first (usually the right one)."""
        return self.repo.ticket_types()
