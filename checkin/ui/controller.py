"""What the desk does with a scan, a pick from the search list, or a fix-up; no layout here.

Repository calls run on the UI thread: a scan or a search is one short SQLite transaction or an
in-memory index look-up (benchmarks/bench_window.py measures the longest event-loop stall while
scanning). Everything slow — rebuilding the search index (`SearchRefresher`), imports, exports,
printing — runs on workers.

Search waits until the keys pause for SEARCH_DELAY_MS: a USB scanner types a code a few
milliseconds a key, and searching on its first keys (before the scan field can tell it is a
scanner) cost a look-up and a result list for nothing.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from checkin.core.entities import Attendee, CapacityPolicy, Direction
from checkin.core.search import SearchHit
from checkin.core.ticket_codes import clean, is_app_code, issue_code, normalise
from checkin.core.verdicts import Outcome, RefusalCode, Severity, Verdict
from checkin.db.repository import Repository
from checkin.scanning.wedge import repair
from checkin.ui.fixups import WalkIn
from checkin.ui.ports import BadgeSink
from checkin.ui.screens import DeskScreen
from checkin.ui.search_refresh import SearchRefresher
from checkin.ui.sounds import SoundBoard

log = logging.getLogger("checkin.ui")

UNDO_WINDOW = timedelta(minutes=2)
CAMERA_REPEAT_S = 3.0  # a ticket held in front of the camera is decoded in every frame
# Longer than a scanner's gap between keys (≤ 35 ms), shorter than a person notices.
SEARCH_DELAY_MS = 60


@dataclass(frozen=True)
class Admission:
    """The last movement this desk recorded: what Ctrl+Z takes back."""

    code: str
    name: str
    at: datetime
    verb: str = "admission"  # or "exit", in exit mode


def looks_like_code(text: str) -> bool:
    """A scanner payload rather than a name: one word, long enough, with digits or our prefix."""
    return (
        len(text) >= 6 and " " not in text and (is_app_code(text) or any(c.isdigit() for c in text))
    )


class DeskController(QObject):
    message = Signal(str)  # one sentence for the status bar
    counts_changed = Signal(int)  # people on site now

    def __init__(
        self,
        repo: Repository,
        screen: DeskScreen,
        sounds: SoundBoard,
        undo_window: timedelta = UNDO_WINDOW,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo, self.screen, self.sounds = repo, screen, sounds
        self.undo_window = undo_window
        self.badges: BadgeSink | None = None
        self.auto_badge = True
        self.direction = Direction.IN  # OUT in exit mode: scans record people leaving
        self.last_admission: Admission | None = None
        self.last_full_refusal: str | None = None  # code refused for a full venue
        self.current: Attendee | None = None  # who the fix-up keys act on
        self._camera_last: tuple[str, float] = ("", 0.0)
        self._pending_search = QTimer(self)
        self._pending_search.setSingleShot(True)
        self._pending_search.setInterval(SEARCH_DELAY_MS)
        self._pending_search.timeout.connect(lambda: self.search(screen.field.text()))
        self.index = SearchRefresher(repo, self)
        self.index.refreshed.connect(self._index_refreshed)
        field = screen.field
        field.textChanged.connect(self.typed)
        field.submitted.connect(self.submit)
        field.burst_ended.connect(self.burst)
        field.navigate.connect(self.navigate)
        field.escape.connect(self.clear)

    # -- scanning and search ---------------------------------------------------------------------

    def typed(self, text: str) -> None:
        """The field changed: search once the keys pause (an emptied field hides at once)."""
        if len(clean(text)) < 2:
            self._pending_search.stop()
            self.screen.results.hide_results()
        else:
            self._pending_search.start()

    def flush_search(self) -> None:
        """Enter or an arrow key came before the pause: the list must show what was typed."""
        if self._pending_search.isActive():
            self._pending_search.stop()
            self.search(self.screen.field.text())

    def navigate(self, event: QKeyEvent) -> None:
        self.flush_search()
        self.screen.results.step(event)

    def search(self, text: str) -> None:
        self._pending_search.stop()
        query = clean(text)
        # A scanner typing a code would search on every keystroke: wait for it to finish.
        if len(query) < 2 or (self.screen.field.scanning and looks_like_code(query)):
            self.screen.results.hide_results()
            return
        hits = self.index.search(query, limit=8)
        if hits is None:
            self.message.emit("Reading the attendee list… the results follow in a moment.")
            return
        self.screen.results.show_hits(hits, self.inside(hits))
        if hits:
            self.screen.verdict.clear()

    def _index_refreshed(self) -> None:
        """A newer index arrived: what the field shows may match other people now."""
        text = self.screen.field.text()
        if len(clean(text)) >= 2 and not self.screen.field.scanning:
            self.search(text)

    def inside(self, hits: list[SearchHit]) -> set[int]:
        """Which of the listed people are on site today (their status column)."""
        today = self.repo.require_event().day_of(self.repo.clock())
        return self.repo.inside_among((h.attendee.id for h in hits if h.attendee.id), today)

    def known_code(self, text: str) -> str | None:
        """The ticket code a typed or scanned text means, if any ticket has it.

        A scanner set to another keyboard layout garbles punctuation (`#` arrives as `£`, `y` as
        `z`): each reading `repair` tries is looked up, the text as given first.
        """
        if not clean(text):
            return None
        return repair(text, lambda code: self.repo.attendee_by_code(code) is not None)

    def submit(self, text: str) -> None:
        """Enter: an exact ticket code wins, then the highlighted search row."""
        code = normalise(text)
        known = self.known_code(text)
        if known is None and not looks_like_code(code):
            self.flush_search()  # a name typed fast and Enter: pick from what was typed
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        if known is not None:
            self.scan(known)
        elif picked is not None:
            self.scan(picked.code)
        elif looks_like_code(code):
            self.scan(code)
        elif code:
            self.message.emit(f"Nobody matches “{code[:60]}”.")

    def burst(self, text: str) -> None:
        """A scanner that sends no Enter: act once its burst has gone quiet."""
        self._pending_search.stop()
        code = normalise(text)
        known = self.known_code(text)
        if known is not None:
            self.scan(known)
        elif looks_like_code(code):
            self.scan(code)
        else:
            self.search(text)  # someone typing very fast: searching was held back during the burst

    def camera_codes(self, codes: list[object]) -> None:
        for payload in codes:
            code = normalise(str(payload))
            last, when = self._camera_last
            now = time.monotonic()
            if not code or (code == last and now - when < CAMERA_REPEAT_S):
                continue
            self._camera_last = (code, now)
            self.scan(code)

    def scan(
        self, code: str, override: bool = False, direction: Direction | None = None
    ) -> Verdict:
        """Record a scan in the desk's direction (a walk-in or an override always enters)."""
        verdict = self.repo.scan(code, direction=direction or self.direction, override=override)
        self.screen.field.clear()
        self.screen.results.hide_results()
        self.show(verdict)
        attendee = verdict.attendee
        self.current = attendee
        if verdict.code is RefusalCode.VENUE_FULL and attendee is not None:
            self.last_full_refusal = attendee.code
        if verdict.outcome is Outcome.ADMITTED and verdict.checkin and attendee:
            self.last_admission = Admission(
                attendee.code, attendee.display_name, verdict.checkin.at
            )
            if not verdict.repeated:
                self.badge_on_admission(attendee)
        elif verdict.outcome is Outcome.EXITED and verdict.checkin and attendee:
            self.last_admission = Admission(
                attendee.code, attendee.display_name, verdict.checkin.at, "exit"
            )
        self.refresh_counts()
        return verdict

    def show(self, verdict: Verdict) -> None:
        self.screen.verdict.show_verdict(verdict)
        self.sounds.play(verdict.severity)

    def clear(self) -> None:
        self._pending_search.stop()
        self.screen.field.clear()
        self.screen.results.hide_results()
        self.screen.verdict.clear()

    def refresh_counts(self) -> None:
        event = self.repo.event()
        if event is not None:
            self.counts_changed.emit(self.repo.on_site(event.day_of(self.repo.clock())))

    # -- badges ----------------------------------------------------------------------------------

    def badge_on_admission(self, attendee: Attendee) -> None:
        if not self.auto_badge or attendee.id is None:
            return
        if self.badges is None:
            self.message.emit("No badge printed: printing is not set up on this desk.")
        elif self.repo.badges_printed(attendee.id):
            self.message.emit(f"{attendee.display_name} already has a badge (Ctrl+P reprints).")
        elif not self._refused(self.badges.submit(attendee, False)):
            self.message.emit(f"Badge for {attendee.display_name} sent to the printer.")

    def _refused(self, problem: str | None) -> bool:
        """The print queue said why it did not take a badge: warn the desk where it looks."""
        if problem:
            self.screen.verdict.add_warning(problem)
            self.message.emit(problem)
        return bool(problem)

    def target(self) -> Attendee | None:
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        return picked or self.current

    def reprint(self) -> None:
        attendee = self.target()
        if attendee is None:
            self.message.emit("Scan or pick someone first, then reprint their badge.")
        elif self.badges is None:
            self.message.emit("Printing is not set up on this desk.")
        elif not self._refused(self.badges.submit(attendee, True)):
            self.message.emit(f"Reprinting {attendee.display_name}'s badge.")

    def rename(self, attendee: Attendee, name: str, reprint: bool) -> Attendee:
        updated = self.repo.set_badge_name(attendee.code, name)
        self.current = updated
        self.screen.verdict.show_note(Severity.OK, "BADGE NAME SAVED", updated.display_name)
        if (
            reprint
            and self.badges is not None
            and not self._refused(self.badges.submit(updated, True))
        ):
            self.message.emit(f"Reprinting the badge as “{updated.display_name}”.")
        return updated

    # -- fix-ups ---------------------------------------------------------------------------------

    def undo(self) -> None:
        last = self.last_admission
        if last is None:
            self.message.emit("Nothing to undo at this desk.")
            return
        if self.repo.clock() - last.at > self.undo_window:
            minutes = int(self.undo_window.total_seconds() // 60)
            self.message.emit(
                f"Too late to undo {last.name}'s {last.verb} here (over {minutes} min); "
                f"an organizer can run `checkin undo {last.code}`."
            )
            return
        result = self.repo.undo(last.code)
        self.last_admission = None
        severity = Severity.CAUTION if result.done else Severity.STOP
        self.screen.verdict.show_note(
            severity, "UNDONE" if result.done else "NOT UNDONE", result.message
        )
        self.sounds.play(severity)
        self.refresh_counts()

    def venue_full_for_walk_in(self) -> bool:
        event = self.repo.require_event()
        if event.capacity is None or event.policy is not CapacityPolicy.BLOCK:
            return False
        return self.repo.on_site(event.day_of(self.repo.clock())) >= event.capacity

    def register_walk_in(self, walk_in: WalkIn, override: bool) -> Verdict:
        event = self.repo.require_event()
        attendee = self.repo.add_attendee(
            Attendee(
                code=issue_code(event.secret),
                first_name=walk_in.first_name,
                last_name=walk_in.last_name,
                email=walk_in.email,
                company=walk_in.company,
                ticket_type=walk_in.ticket_type,
                source="walk-in",
            )
        )
        log.info("walk-in %s registered", attendee.code)
        return self.scan(attendee.code, override=override, direction=Direction.IN)

    def ticket_types(self) -> list[str]:
        """Ticket types of this event, the most common first (usually the right one)."""
        return self.repo.ticket_types()
