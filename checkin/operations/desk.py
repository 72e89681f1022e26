"""`Desk`: one desk session — the one object a front end (the window, the terminal desk, a CLI
command) talks to.

It holds what the session remembers: the direction (F8's exit mode), the movement the desk last
showed (what Ctrl+Z takes back), the ticket last refused for a full venue (what an organizer's
override admits), who the fix-up keys act on, the search index and who is inside. It reads a
text once (`interpret`) and offers every action. Each action that writes returns its result and
the `Changes` it made, and is safe on the thread where the front end runs its writes (the
window's commit line); the session's state is only changed by `shown_*` and `take_*`, called
where the result is shown, so what Ctrl+Z undoes is always what the volunteer saw.
"""

from __future__ import annotations

from datetime import timedelta

from checkin.core.entities import Attendee, Direction, Event
from checkin.core.search import SearchHit
from checkin.core.verdicts import Outcome, RefusalCode, UndoCode, UndoResult
from checkin.db.desk_setup import set_badge_printer
from checkin.db.repository import Repository
from checkin.operations import stored_search
from checkin.operations.badges import BadgeQueue, clear_waiting
from checkin.operations.changes import Changes
from checkin.operations.codes import Reading, interpret
from checkin.operations.desk_operations import DeskOperations
from checkin.operations.results import ScanResult, WalkInDetails
from checkin.operations.search_index import SearchCache
from checkin.operations.undo import UNDO_WINDOW, Movement
from checkin.operations.walk_in import WalkInRefusal, capacity_gate, problem


class Desk(DeskOperations):
    def __init__(
        self,
        repo: Repository,
        badges: BadgeQueue | None = None,
        *,
        auto_badge: bool = True,
        undo_window: timedelta = UNDO_WINDOW,
        name: str | None = None,
    ) -> None:
        super().__init__(repo, badges, auto_badge=auto_badge, undo_window=undo_window)
        self.own_name = name  # a kiosk's own desk name; None: the repository's, which a join sets
        self.index = SearchCache(repo)
        self.direction = Direction.IN  # OUT in exit mode: scans record people leaving
        self.last_movement: Movement | None = None  # what Ctrl+Z takes back
        self.pending_override: str | None = None  # the code last refused for a full venue
        self.current: Attendee | None = None  # who the fix-up keys act on
        self.event: Event | None = None  # as last read (`read_event`): shown, never decided on
        self.presence: set[int] | None = None  # on site today, as last read (`read_inside`)

    # -- reading -----------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The desk its scans are recorded at: a kiosk's own name, else the repository's (which
        joining a hub relabels while the desk runs)."""
        return self.own_name or self.repo.desk

    def interpret(self, text: str, commands: bool = False) -> Reading:
        """What a typed or scanned text means: looked up in the search index's code book (no
        SQL) once there is one, else in the database."""

        def is_known(code: str) -> bool:
            known = self.index.code_known(code)
            return known if known is not None else self.repo.attendee_by_code(code) is not None

        return interpret(text, is_known, commands)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Names, e-mails, companies, codes (the index rebuilt first if the list changed)."""
        return self.index.search(query, limit)

    def search_once(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The same hits as `search`, for a single query: read from the database's stored keys
        (`checkin find`), no index is built."""
        return stored_search.search_once(self.repo, query, limit)

    def read_event(self) -> Event | None:
        self.event = self.repo.event()
        return self.event

    def read_inside(self) -> set[int]:
        """Everyone on site today (a worker reads it; `shown_inside` installs it)."""
        event = self.repo.event()
        return set() if event is None else self.repo.inside_all(event.day_of(self.repo.clock()))

    def shown_inside(self, inside: set[int]) -> None:
        self.presence = inside

    def inside_of(self, hits: list[SearchHit]) -> set[int]:
        """Who of the listed people is on site, from the session's snapshot (no SQL)."""
        if self.presence is None:
            return set()
        return {h.attendee.id for h in hits if h.attendee.id in self.presence}

    # -- scans -------------------------------------------------------------------------------

    def record_scan(
        self,
        code: str,
        *,
        direction: Direction | None = None,
        override: bool = False,
        badges: BadgeQueue | None = None,
        auto_badge: bool | None = None,
        badge: bool = True,
        nonce: str | None = None,
    ) -> tuple[ScanResult, Changes]:
        """A scan in the session's direction (unless given), with what it changed."""
        result = self.scan(
            code, direction=direction or self.direction, override=override, nonce=nonce,
            badge=badge, badges=badges, auto_badge=auto_badge, desk=self.name,
        )  # fmt: skip
        verdict = result.verdict
        moved = verdict.outcome is not Outcome.REFUSED and not verdict.repeated
        return result, Changes(movements=moved, badges=result.badge is not None,
                               on_site=result.on_site)  # fmt: skip

    def shown_scan(self, result: ScanResult) -> None:
        """The front end showed this scan: it is what Ctrl+Z, F2 and an override act on."""
        verdict, attendee = result.verdict, result.verdict.attendee
        self.current = attendee
        if verdict.code is RefusalCode.VENUE_FULL and attendee is not None:
            self.pending_override = attendee.code
        if verdict.outcome is not Outcome.REFUSED and verdict.checkin and attendee:
            self.last_movement = Movement.of(verdict.checkin, attendee.code, attendee.display_name)
        if self.presence is not None and attendee is not None and attendee.id is not None:
            if verdict.outcome is Outcome.ADMITTED:
                self.presence.add(attendee.id)
            elif verdict.outcome is Outcome.EXITED:
                self.presence.discard(attendee.id)

    def take_override(self) -> str | None:
        """The ticket an organizer's override admits: the last one refused for a full venue,
        once."""
        code, self.pending_override = self.pending_override, None
        return code

    # -- undo --------------------------------------------------------------------------------

    def take_undo(self) -> Movement | UndoResult:
        """Ctrl+Z: the movement to take back (no longer offered to a second Ctrl+Z), or why
        there is none — decided at once, without the database."""
        shown = self.last_movement
        if shown is None:
            return UndoResult(False, "Nothing to undo at this desk.", code=UndoCode.NOTHING)
        late = self.undo_too_late(shown)
        if late is not None:
            return late
        self.last_movement = None  # a second Ctrl+Z must not take back an older movement
        return shown

    def undo_not_done(self, shown: Movement) -> None:
        """Nothing was taken back (the write failed): Ctrl+Z can try again."""
        self.last_movement = shown

    def record_undo(self, shown: Movement) -> tuple[UndoResult, Changes]:
        """Take back the movement shown; the changes say whether that person is inside now
        (an earlier admission may count again)."""
        result = self.undo_shown(shown)
        if not result.done or result.checkin is None:
            return result, Changes(on_site=self.on_site())
        person = result.checkin.attendee_id
        today = self.repo.require_event().day_of(self.repo.clock())
        inside = bool(self.repo.inside_among([person], today))
        return result, Changes(movements=True, on_site=self.on_site(), inside_of={person: inside})

    # -- walk-ins and corrections ------------------------------------------------------------

    def record_walk_in(
        self,
        details: WalkInDetails,
        organizer: bool,
        *,
        badges: BadgeQueue | None = None,
        auto_badge: bool | None = None,
        badge: bool = True,
    ) -> tuple[ScanResult | WalkInRefusal, Changes]:
        """Register someone at the desk and admit them: refused with a reason when the details
        are not valid, or when the venue is full and no organizer is registering them."""
        refusal = problem(details)
        if refusal is not None:
            return refusal, Changes(local=True)
        event = self.repo.require_event()
        override, refusal = capacity_gate(
            event, self.repo.on_site(event.day_of(self.repo.clock())), organizer
        )
        if refusal is not None:
            return refusal, Changes(local=True)
        with self.repo.db.atomic("IMMEDIATE"):  # the revision around the write, read in it
            before = self.repo.revision()
            attendee = self.register_walk_in(details)
            after = self.repo.revision()
        result, changes = self.record_scan(
            attendee.code, direction=Direction.IN, override=override, badges=badges,
            auto_badge=auto_badge, badge=badge,
        )  # fmt: skip
        return result, changes | Changes(attendees=(attendee,), revision=(before, after))

    def record_badge_name(self, attendee: Attendee, name: str) -> tuple[Attendee, Changes]:
        """Correct the name printed on the badge (kept through later syncs)."""
        with self.repo.db.atomic("IMMEDIATE"):
            before = self.repo.revision()
            updated = self.rename(attendee, name)
            after = self.repo.revision()
        return updated, Changes(attendees=(updated,), revision=(before, after))

    def shown_attendee(self, attendee: Attendee) -> None:
        self.current = attendee

    def record_event(self, event: Event) -> tuple[Event, Changes]:
        """Organizer ▸ Settings: the event's name, days, capacity and policy."""
        saved = self.repo.save_event(event)
        return saved, Changes(event=True, on_site=self.on_site())

    def record_badge_printer(self, printer: str) -> None:
        """Where this home's badges print (`checkin scan` prints there too)."""
        set_badge_printer(self.repo, printer)

    def record_demo(self) -> tuple[Event, Changes]:
        """First run: the demo event and its synthetic attendees (a home that holds the demo
        keeps it; one that holds another event refuses, `checkin.demo.HomeInUse`)."""
        from checkin.demo import load_demo  # its name tables cost every command ~5 ms to load

        event, new = load_demo(self.repo)
        if not new:
            return event, Changes()
        return event, Changes(event=True, attendee_list=True, on_site=self.on_site())

    def record_queue_cleared(self) -> tuple[int, Changes]:
        """An organizer takes the badges no printer has yet off the print queue; how many."""
        removed = clear_waiting(self.repo)
        return removed, Changes(badges=removed > 0)

    def apply(self, changes: Changes) -> bool:
        """Bring the session's own copies up to date (on the thread that owns it): attendees
        this desk wrote are patched into the index. False: the index needs a rebuild."""
        if changes.inside_of and self.presence is not None:
            for attendee_id, inside in changes.inside_of.items():
                (self.presence.add if inside else self.presence.discard)(attendee_id)
        return self.index.apply(changes)
