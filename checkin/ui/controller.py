"""What the desk does with a scan, a pick from the search list, or a fix-up; no layout here.

Look-ups run on the UI thread: a search is an in-memory index look-up, a ticket code one indexed
read. The writes that follow a scan — its check-in, its badge's print-log entry — and undo go
through the `CommitLine`, so the UI thread never waits for the disk or for another thread's
write lock; the verdict shows once the check-in is committed. Everything slow — rebuilding the
search index (`SearchRefresher`), imports, exports, printing — runs on workers.
(benchmarks/bench_window.py measures the longest event-loop stall while scanning.)

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
from checkin.core.verdicts import Outcome, RefusalCode, Severity, UndoResult, Verdict
from checkin.db.repository import Repository
from checkin.scanning.wedge import repair
from checkin.ui.commit_line import CommitLine
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


@dataclass(frozen=True)
class Note:
    """A sentence for the status bar; a warning is also shown in the verdict panel."""

    text: str
    warning: bool = False


@dataclass(frozen=True)
class Recorded:
    """A scan as committed, with what followed it on the commit line."""

    verdict: Verdict
    on_site: int | None  # people on site after it
    badge: Note | None  # what became of the admission's badge


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
        self.commits = CommitLine(repo, self)
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

    def scan(self, code: str, override: bool = False, direction: Direction | None = None) -> None:
        """Record a scan in the desk's direction (a walk-in or an override always enters).

        The field is free for the next scan at once; the verdict, its sound and the badge follow
        when the check-in is committed (`_recorded`)."""
        self.screen.field.clear()
        self.screen.results.hide_results()
        direction = direction or self.direction
        badges, auto_badge = self.badges, self.auto_badge  # as they are now, not when it runs

        def record() -> Recorded:  # on the commit line
            verdict = self.repo.scan(code, direction=direction, override=override)
            attendee = verdict.attendee
            # The check-in is saved: a failure after this must not be shown as a failed scan.
            badge, on_site = None, None
            try:
                if auto_badge and verdict.outcome is Outcome.ADMITTED and not verdict.repeated:
                    badge = self._badge_for(attendee, badges) if attendee else None
                on_site = self._on_site()
            except Exception as error:
                log.warning("after a saved scan: %s", error)
                text = f"Admitted, but the badge was not queued ({error}); Ctrl+P prints it."
                badge = Note(text, warning=True)
            return Recorded(verdict, on_site, badge)

        self.commits.run(record, self._recorded, self._not_recorded)

    def _recorded(self, recorded: Recorded) -> None:
        verdict = recorded.verdict
        self.show(verdict)
        attendee = verdict.attendee
        self.current = attendee
        if verdict.code is RefusalCode.VENUE_FULL and attendee is not None:
            self.last_full_refusal = attendee.code
        if verdict.outcome is Outcome.ADMITTED and verdict.checkin and attendee:
            self.last_admission = Admission(
                attendee.code, attendee.display_name, verdict.checkin.at
            )
        elif verdict.outcome is Outcome.EXITED and verdict.checkin and attendee:
            self.last_admission = Admission(
                attendee.code, attendee.display_name, verdict.checkin.at, "exit"
            )
        if recorded.badge is not None:
            self._tell(recorded.badge)
        if recorded.on_site is not None:
            self.counts_changed.emit(recorded.on_site)

    def _not_recorded(self, error: Exception) -> None:
        """A write failed (the disk is full, another program holds the database): say so."""
        self.screen.verdict.show_note(
            Severity.STOP, "NOT RECORDED", f"The desk could not save this: {error}. Try again."
        )
        self.sounds.play(Severity.STOP)

    def show(self, verdict: Verdict) -> None:
        self.screen.verdict.show_verdict(verdict)
        self.sounds.play(verdict.severity)

    def clear(self) -> None:
        self._pending_search.stop()
        self.screen.field.clear()
        self.screen.results.hide_results()
        self.screen.verdict.clear()

    def refresh_counts(self) -> None:
        on_site = self._on_site()
        if on_site is not None:
            self.counts_changed.emit(on_site)

    def _on_site(self) -> int | None:
        event = self.repo.event()
        return None if event is None else self.repo.on_site(event.day_of(self.repo.clock()))

    # -- badges ----------------------------------------------------------------------------------

    def _badge_for(self, attendee: Attendee, badges: BadgeSink | None) -> Note | None:
        """Queue an admission's first badge (on the commit line, after its check-in)."""
        if attendee.id is None:
            return None
        if badges is None:
            return Note("No badge printed: printing is not set up on this desk.")
        if self.repo.badges_printed(attendee.id):
            return Note(f"{attendee.display_name} already has a badge (Ctrl+P reprints).")
        problem = badges.submit(attendee, False)
        if problem:
            return Note(problem, warning=True)
        return Note(f"Badge for {attendee.display_name} sent to the printer.")

    def _tell(self, note: Note) -> None:
        if note.warning:  # the print queue said why it did not take a badge: warn where they look
            self.screen.verdict.add_warning(note.text)
        self.message.emit(note.text)

    def _reprint(self, attendee: Attendee, badges: BadgeSink, queued: str) -> None:
        def submit() -> Note:  # on the commit line: the print log is written there
            problem = badges.submit(attendee, True)
            return Note(problem, warning=True) if problem else Note(queued)

        self.commits.run(submit, self._tell, self._not_recorded)

    def target(self) -> Attendee | None:
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        return picked or self.current

    def reprint(self) -> None:
        attendee = self.target()
        if attendee is None:
            self.message.emit("Scan or pick someone first, then reprint their badge.")
        elif self.badges is None:
            self.message.emit("Printing is not set up on this desk.")
        else:
            self._reprint(attendee, self.badges, f"Reprinting {attendee.display_name}'s badge.")

    def rename(self, attendee: Attendee, name: str, reprint: bool) -> Attendee:
        # On the UI thread, unlike a scan: the attendee's row patches the search index in place.
        updated = self.repo.set_badge_name(attendee.code, name)
        self.current = updated
        self.screen.verdict.show_note(Severity.OK, "BADGE NAME SAVED", updated.display_name)
        if reprint and self.badges is not None:
            self._reprint(
                updated, self.badges, f"Reprinting the badge as “{updated.display_name}”."
            )
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
        self.last_admission = None  # a second Ctrl+Z must not take back an older movement

        def not_undone(error: Exception) -> None:
            self.last_admission = last  # nothing was taken back: Ctrl+Z can try again
            self._not_recorded(error)

        self.commits.run(
            lambda: (self.repo.undo(last.code), self._on_site()), self._undone, not_undone
        )

    def _undone(self, done: tuple[UndoResult, int | None]) -> None:
        result, on_site = done
        severity = Severity.CAUTION if result.done else Severity.STOP
        self.screen.verdict.show_note(
            severity, "UNDONE" if result.done else "NOT UNDONE", result.message
        )
        self.sounds.play(severity)
        if on_site is not None:
            self.counts_changed.emit(on_site)

    def venue_full_for_walk_in(self) -> bool:
        event = self.repo.require_event()
        if event.capacity is None or event.policy is not CapacityPolicy.BLOCK:
            return False
        return self.repo.on_site(event.day_of(self.repo.clock())) >= event.capacity

    def register_walk_in(self, walk_in: WalkIn, override: bool) -> None:
        # The attendee is added on the UI thread (it patches the search index in place); the
        # admission goes down the commit line like any scan.
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
        self.scan(attendee.code, override=override, direction=Direction.IN)

    def ticket_types(self) -> list[str]:
        """Ticket types of this event, the most common first (usually the right one)."""
        return self.repo.ticket_types()
