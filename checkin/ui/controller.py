"""The desk window's side of a scan, a pick from the search list, or a fix-up: which operation to
call, on which thread, and how its answer is shown. No rule and no layout here.

The rules are `checkin.operations.DeskOperations`'. Look-ups run on the UI thread (an in-memory
index, one indexed read); the writes that follow a scan — its check-in, its badge's print-log
entry — and undo and reprints go through the `CommitLine`, so the UI thread never waits for the
disk or another thread's write lock; the verdict shows once the check-in is committed.
(benchmarks/bench_window.py measures the longest event-loop stall while scanning.)
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from checkin.core.entities import Attendee, Direction
from checkin.core.ticket_codes import normalise
from checkin.core.verdicts import (
    NO_MATCH_HEADLINE,
    NOT_A_TICKET_HEADLINE,
    Outcome,
    RefusalCode,
    Severity,
    UndoCode,
    UndoResult,
    Verdict,
    no_match,
    not_a_ticket,
)
from checkin.db.repository import Repository
from checkin.operations import BadgeNote, DeskOperations, ScanResult, WalkInDetails
from checkin.operations.codes import is_foreign_payload, looks_like_code
from checkin.operations.results import BadgeCode
from checkin.operations.undo import UNDO_WINDOW, Movement
from checkin.ui.commit_line import CommitLine
from checkin.ui.desk_search import DeskSearch
from checkin.ui.ports import BadgeSink
from checkin.ui.screens import ScanScreen
from checkin.ui.sounds import SoundBoard

log = logging.getLogger("checkin.ui")


class DeskController(QObject):
    message = Signal(str)  # one sentence for the status bar
    counts_changed = Signal(int)  # people on site now

    def __init__(
        self,
        repo: Repository,
        screen: ScanScreen,
        sounds: SoundBoard,
        undo_window: timedelta = UNDO_WINDOW,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo, self.screen, self.sounds = repo, screen, sounds
        self.ops = DeskOperations(repo, undo_window=undo_window)
        self.badges: BadgeSink | None = None
        self.auto_badge = True
        self.direction = Direction.IN  # OUT in exit mode: scans record people leaving
        self.last_movement: Movement | None = None  # what Ctrl+Z takes back
        self.last_full_refusal: str | None = None  # code refused for a full venue
        self.current: Attendee | None = None  # who the fix-up keys act on
        self.finder = DeskSearch(repo, self.ops, screen, self.message.emit, self)
        self.index = self.finder.index
        self.commits = CommitLine(repo, self)
        field = screen.field
        field.textChanged.connect(self.finder.typed)
        field.submitted.connect(self.submit)
        field.burst_ended.connect(self.burst)
        field.navigate.connect(self.finder.navigate)
        field.escape.connect(self.clear)

    def search(self, text: str) -> None:
        self.finder.search(text)

    # -- what arrives: Enter, a scanner's burst, the camera -------------------------------------

    def submit(self, text: str) -> None:
        """Enter: an exact ticket code wins, then the highlighted search row."""
        code = normalise(text)
        known = self.ops.known_code(text)
        if known is None and not looks_like_code(code):
            if is_foreign_payload(text):
                self.unmatched(text)
                return
            self.finder.flush()  # a name typed fast and Enter: pick from what was typed
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        if known is not None:
            self.scan(known)
        elif picked is not None:
            self.scan(picked.code)
        elif looks_like_code(code):
            self.scan(code)
        elif code:
            self.unmatched(text)

    def burst(self, text: str) -> None:
        """A scanner that sends no Enter: act once its burst has gone quiet."""
        self.finder.cancel()
        code = normalise(text)
        known = self.ops.known_code(text)
        if known is not None:
            self.scan(known)
        elif looks_like_code(code):
            self.scan(code)
        elif is_foreign_payload(text):
            self.unmatched(text)
        else:
            self.finder.search(text)  # someone typing very fast: held back during the burst

    def unmatched(self, text: str) -> None:
        """Nothing to admit: the answer goes on the panel, where the volunteer looks. A typed
        name stays in the field to correct; a scanned payload that is no ticket is cleared."""
        self.screen.results.hide_results()
        if is_foreign_payload(text):
            self.finder.cancel()
            self.screen.field.clear()
            self.screen.verdict.show_note(Severity.STOP, NOT_A_TICKET_HEADLINE, not_a_ticket(text))
            self.sounds.play(Severity.STOP)
            return
        walk_in = "Not on the list? Ctrl+N registers a walk-in."
        self.screen.verdict.show_note(Severity.CAUTION, NO_MATCH_HEADLINE, no_match(text), walk_in)
        self.sounds.play(Severity.CAUTION)

    def camera_codes(self, codes: list[object]) -> None:
        """Codes the camera worker reported, already debounced and normalised on its thread."""
        for code in codes:
            if str(code):
                self.scan(str(code))

    # -- recording -------------------------------------------------------------------------------

    def scan(self, code: str, override: bool = False, direction: Direction | None = None) -> None:
        """Record a scan in the desk's direction (a walk-in or an override always enters).

        The field is free for the next scan at once; the verdict, its sound and the badge follow
        when the check-in is committed (`_recorded`)."""
        self.screen.field.clear()
        self.screen.results.hide_results()
        direction = direction or self.direction
        badges, auto_badge = self.badges, self.auto_badge  # as they are now, not when it runs

        def record() -> ScanResult:  # on the commit line
            return self.ops.scan(
                code, direction=direction, override=override, badges=badges, auto_badge=auto_badge
            )

        self.commits.run(record, self._recorded, self._not_recorded)

    def _recorded(self, recorded: ScanResult) -> None:
        verdict = recorded.verdict
        self.show(verdict)
        attendee = verdict.attendee
        self.current = attendee
        if verdict.code is RefusalCode.VENUE_FULL and attendee is not None:
            self.last_full_refusal = attendee.code
        if verdict.outcome is not Outcome.REFUSED and verdict.checkin and attendee:
            self.last_movement = Movement.of(verdict.checkin, attendee.code, attendee.display_name)
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
        self.finder.cancel()
        self.screen.field.clear()
        self.screen.results.hide_results()
        self.screen.verdict.clear()

    def refresh_counts(self) -> None:
        on_site = self.ops.on_site()
        if on_site is not None:
            self.counts_changed.emit(on_site)

    # -- badges ----------------------------------------------------------------------------------

    def _tell(self, note: BadgeNote) -> None:
        panel = self.screen.verdict
        if note.warning:  # the badge did not go out: warn where the volunteer looks
            panel.add_warning(note.message)
        elif panel.severity is not None and note.code is not BadgeCode.NOT_SET_UP:
            panel.show_badge(note.message)  # beside its verdict, whole, not in a narrow bar
        else:
            self.message.emit(note.message)

    def target(self) -> Attendee | None:
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        return picked or self.current

    def reprint(self, attendee: Attendee | None = None) -> None:
        attendee = attendee or self.target()
        if attendee is None:
            self.message.emit("Scan or pick someone first, then reprint their badge.")
        elif self.badges is None:
            self.message.emit("Printing is not set up on this desk.")
        else:
            badges = self.badges
            self.commits.run(  # the print log is written on the commit line
                lambda: self.ops.reprint(attendee, badges), self._tell, self._not_recorded
            )

    def rename(self, attendee: Attendee, name: str, reprint: bool) -> Attendee:
        # On the UI thread, unlike a scan: the attendee's row patches the search index in place.
        updated = self.ops.rename(attendee, name)
        self.current = updated
        self.screen.verdict.show_note(Severity.OK, "BADGE NAME SAVED", updated.display_name)
        if reprint and self.badges is not None:
            self.reprint(updated)
        return updated

    # -- fix-ups ---------------------------------------------------------------------------------

    def undo(self) -> None:
        shown = self.last_movement
        if shown is None:
            self.message.emit("Nothing to undo at this desk.")
            return
        late = self.ops.undo_too_late(shown)
        if late is not None:
            self.message.emit(late.message)
            return
        self.last_movement = None  # a second Ctrl+Z must not take back an older movement

        def not_undone(error: Exception) -> None:
            self.last_movement = shown  # nothing was taken back: Ctrl+Z can try again
            self._not_recorded(error)

        self.commits.run(
            lambda: (self.ops.undo_shown(shown), self.ops.on_site()), self._undone, not_undone
        )

    def _undone(self, done: tuple[UndoResult, int | None]) -> None:
        result, on_site = done
        if result.code is UndoCode.TOO_LATE:
            self.message.emit(result.message)
            return
        severity = Severity.CAUTION if result.done else Severity.STOP
        self.screen.verdict.show_note(
            severity, "UNDONE" if result.done else "NOT UNDONE", result.message
        )
        self.sounds.play(severity)
        if on_site is not None:
            self.counts_changed.emit(on_site)
        if result.done and self.badges is not None:
            self.badges.refresh()  # its badge may have left the print queue

    def register_walk_in(self, details: WalkInDetails, override: bool) -> None:
        # The attendee is added on the UI thread (it patches the search index in place); the
        # admission goes down the commit line like any scan.
        attendee = self.ops.register_walk_in(details)
        self.scan(attendee.code, override=override, direction=Direction.IN)
